using CoopSim.Abstractions;

namespace CoopSim.Sectors.Education;

/// <summary>
/// Bass diffusion: A(t) = A(t-1) + (p + q·A(t-1))·(1 − A(t-1)), where the innovation term
/// p = influence × students reached × capacity / population comes from model schools.
/// </summary>
internal sealed class EducationModel : ISectorModel
{
    private readonly double _studentsPerSchool;
    private readonly double _teachersPerSchool;
    private readonly double _schoolInfluence;
    private readonly double _wordOfMouth;
    private readonly MetricHandle _schools;
    private readonly MetricHandle _teachers;
    private readonly MetricHandle _students;
    private readonly MetricHandle _awarenessMetric;
    private readonly PublishedSignalHandle _awarenessSignal;
    private readonly TechnologyHandle _modelSchools;
    private double _awareness;

    public EducationModel(ModelSetup setup)
    {
        _studentsPerSchool = setup.Parameter("studentsPerSchool");
        _teachersPerSchool = setup.Parameter("teachersPerSchool");
        _awareness = setup.Parameter("initialAwareness");
        _schoolInfluence = setup.Parameter("schoolInfluence");
        _wordOfMouth = setup.Parameter("wordOfMouth");
        _schools = setup.Metric("modelSchools");
        _teachers = setup.Metric("teachersTrained");
        _students = setup.Metric("studentsReached");
        _awarenessMetric = setup.Metric("awareness");
        _awarenessSignal = setup.PublishedSignal("awarenessIndex");
        _modelSchools = setup.Technology("modelSchools");
    }

    public void Step(StepContext context)
    {
        var schools = context.TechnologyInPlace(_modelSchools);
        var students = schools * _studentsPerSchool;
        if (context.YearIndex > 0)
        {
            var innovation = Math.Min(1.0, _schoolInfluence * students * context.Cooperation.Capacity / context.Population);
            _awareness = Math.Clamp(_awareness + ((innovation + (_wordOfMouth * _awareness)) * (1.0 - _awareness)), 0.0, 1.0);
        }

        context.WriteMetric(_schools, schools);
        context.WriteMetric(_teachers, schools * _teachersPerSchool);
        context.WriteMetric(_students, students);
        context.WriteMetric(_awarenessMetric, _awareness);
        context.PublishSignal(_awarenessSignal, _awareness);
    }
}
