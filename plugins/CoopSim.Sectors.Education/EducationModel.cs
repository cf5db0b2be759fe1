using CoopSim.Abstractions;
using M = CoopSim.Sectors.Education.EducationMetricDeclarations;
using T = CoopSim.Sectors.Education.EducationTechnologyDeclarations;

namespace CoopSim.Sectors.Education;

/// <summary>
/// One city's environmental education, year by year (docs/models/education.md). Awareness
/// A = A0 + (1 − A0)·D, where D, the share of the rest reached by the programme's message, follows
/// the discrete Bass model D(t) = D(t−1) + min(1, p + q·D(t−1))·(1 − D(t−1)), with the innovation
/// term p = persuasion × support × teaching effectiveness × students taught / households.
/// </summary>
internal sealed class EducationModel : ISectorModel
{
    private readonly EducationParameters _p;
    private readonly MetricHandle _schools;
    private readonly MetricHandle _teachers;
    private readonly MetricHandle _students;
    private readonly MetricHandle _editions;
    private readonly MetricHandle _copies;
    private readonly MetricHandle _householdsReached;
    private readonly MetricHandle _awarenessMetric;
    private readonly MetricHandle _cost;
    private readonly PublishedSignalHandle _awarenessSignal;
    private readonly TechnologyHandle _modelSchools;
    private readonly TechnologyHandle _workbookEditions;
    private double _reached;

    public EducationModel(ModelSetup setup)
    {
        _p = new EducationParameters(setup);
        _schools = setup.Metric(M.ModelSchools);
        _teachers = setup.Metric(M.TeachersTrained);
        _students = setup.Metric(M.StudentsReached);
        _editions = setup.Metric(M.WorkbookEditions);
        _copies = setup.Metric(M.WorkbookCopies);
        _householdsReached = setup.Metric(M.HouseholdsReached);
        _awarenessMetric = setup.Metric(M.Awareness);
        _cost = setup.Metric(M.Cost);
        _awarenessSignal = setup.PublishedSignal(M.AwarenessIndexSignal);
        _modelSchools = setup.Technology(T.ModelSchools);
        _workbookEditions = setup.Technology(T.WorkbookEditions);
    }

    public void Step(StepContext context)
    {
        var p = _p;
        var schools = context.TechnologyInPlace(_modelSchools);
        var editions = context.TechnologyInPlace(_workbookEditions);
        var students = schools * p.StudentsPerSchool;
        var copies = editions > 0 ? students : 0.0;

        // Each student carries the lessons home to one household.
        var households = Math.Max(0.0, context.Population) / p.HouseholdSize;
        var reached = households > 0 ? Math.Min(1.0, students / households) : 0.0;
        var effectiveness = p.TeachingWithoutWorkbook + ((1.0 - p.TeachingWithoutWorkbook) * Math.Min(1.0, editions));
        var support = p.SupportWithoutCapacity + ((1.0 - p.SupportWithoutCapacity) * context.Cooperation.Capacity);
        var innovation = p.Persuasion * support * effectiveness * reached;
        _reached += Math.Min(1.0, innovation + (p.WordOfMouth * _reached)) * (1.0 - _reached);
        _reached = Math.Clamp(_reached, 0.0, 1.0);
        var awareness = Math.Clamp(p.InitialAwareness + ((1.0 - p.InitialAwareness) * _reached), 0.0, 1.0);

        var cost = (context.TechnologyAdopted(_workbookEditions) * p.EditionCost) +
                   (copies * p.CopyCost) +
                   (context.TechnologyAdopted(_modelSchools) * p.TeachersPerSchool * p.TeacherTrainingCost);

        context.WriteMetric(_schools, schools);
        context.WriteMetric(_teachers, schools * p.TeachersPerSchool);
        context.WriteMetric(_students, students);
        context.WriteMetric(_editions, editions);
        context.WriteMetric(_copies, copies);
        context.WriteMetric(_householdsReached, reached);
        context.WriteMetric(_awarenessMetric, awareness);
        context.WriteMetric(_cost, cost);
        context.PublishSignal(_awarenessSignal, awareness);
    }
}
