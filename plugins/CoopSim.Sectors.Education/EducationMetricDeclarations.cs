using CoopSim.Abstractions;

namespace CoopSim.Sectors.Education;

/// <summary>The outcomes the education model writes every year (docs/models/education.md), and the signal it publishes.</summary>
internal static class EducationMetricDeclarations
{
    public static readonly MetricDeclaration ModelSchools = new("modelSchools", "schools", "Model schools teaching the programme") { Minimum = 0 };
    public static readonly MetricDeclaration TeachersTrained = new("teachersTrained", "teachers", "Teachers trained to teach the programme") { Minimum = 0 };
    public static readonly MetricDeclaration StudentsReached = new("studentsReached", "students/year", "Students taught the programme this year") { Minimum = 0 };
    public static readonly MetricDeclaration WorkbookEditions = new("workbookEditions", "editions", "Local editions of the workbook prepared") { Minimum = 0 };
    public static readonly MetricDeclaration WorkbookCopies = new("workbookCopies", "copies/year", "Workbook copies handed to students this year") { Minimum = 0 };
    public static readonly MetricDeclaration HouseholdsReached = new("householdsReached", "fraction", "Share of households with a student taught this year") { Minimum = 0, Maximum = 1 };
    public static readonly MetricDeclaration Awareness = new("awareness", "fraction", "Share of people aware of waste separation and composting") { Minimum = 0, Maximum = 1 };
    public static readonly MetricDeclaration Cost = new("cost", "USD/year", "Workbook editions and copies and teacher training this year") { Minimum = 0 };

    // Listed after the declarations: static initialisers run in the order written, so a list above them would hold nulls.
    public static IReadOnlyList<MetricDeclaration> Metrics { get; } =
    [
        ModelSchools, TeachersTrained, StudentsReached, WorkbookEditions, WorkbookCopies, HouseholdsReached, Awareness,
        Cost,
    ];

    public static readonly SignalDeclaration AwarenessIndexSignal = new("awarenessIndex", "fraction", "Share of people aware of waste separation and composting");

    // Listed after the declarations: static initialisers run in the order written, so a list above them would hold nulls.
    public static IReadOnlyList<SignalDeclaration> Publishes { get; } =
    [
        AwarenessIndexSignal,
    ];
}
