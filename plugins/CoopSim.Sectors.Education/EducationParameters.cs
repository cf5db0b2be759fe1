using CoopSim.Abstractions;

namespace CoopSim.Sectors.Education;

/// <summary>
/// The education sector's parameters: declarations (unit, default, range, source) and the values a
/// scenario chose. docs/models/education.md explains each one.
/// </summary>
internal sealed class EducationParameters
{
    public static IReadOnlyList<ParameterDeclaration> Declarations { get; } =
    [
        new("initialAwareness", "fraction", 0.10, 0.0, 1.0, "Share of people aware of waste separation and composting in the start year (assumption)."),
        new("studentsPerSchool", "students/year", 300, 0, 10000, "Students a model school teaches the programme each year (assumption)."),
        new("teachersPerSchool", "teachers", 4, 0, 200, "Teachers trained per model school (assumption; cases.md C1 gives no count)."),
        new("householdSize", "persons", 4.5, 1.0, 12.0, "People per household (assumption; set per country)."),
        new("persuasion", "fraction/year", 0.5, 0.0, 1.0, "Share of households reached through a student, with a local workbook and full local capacity, that become aware in a year (assumption)."),
        new("wordOfMouth", "1/year", 0.38, 0.0, 1.0, "Bass imitation coefficient q (Bass 1969; mean of 0.38 in Sultan, Farley and Lehmann 1990)."),
        new("teachingWithoutWorkbook", "fraction", 0.5, 0.0, 1.0, "Effectiveness of teaching without a local workbook edition, relative to with one (assumption)."),
        new("supportWithoutCapacity", "fraction", 0.5, 0.0, 1.0, "Effectiveness of teaching at zero local capacity, relative to full capacity (assumption)."),
        new("editionCost", "USD/edition", 20000, 0, 1e7, "Adapting, translating and laying out one local workbook edition (assumption)."),
        new("copyCost", "USD/copy", 2, 0, 1000, "Printing one workbook copy (assumption)."),
        new("teacherTrainingCost", "USD/teacher", 200, 0, 100000, "Training one teacher (assumption)."),
    ];

    public EducationParameters(ModelSetup setup)
    {
        InitialAwareness = setup.Parameter("initialAwareness");
        StudentsPerSchool = setup.Parameter("studentsPerSchool");
        TeachersPerSchool = setup.Parameter("teachersPerSchool");
        HouseholdSize = setup.Parameter("householdSize");
        Persuasion = setup.Parameter("persuasion");
        WordOfMouth = setup.Parameter("wordOfMouth");
        TeachingWithoutWorkbook = setup.Parameter("teachingWithoutWorkbook");
        SupportWithoutCapacity = setup.Parameter("supportWithoutCapacity");
        EditionCost = setup.Parameter("editionCost");
        CopyCost = setup.Parameter("copyCost");
        TeacherTrainingCost = setup.Parameter("teacherTrainingCost");
    }

    public double InitialAwareness { get; }

    public double StudentsPerSchool { get; }

    public double TeachersPerSchool { get; }

    public double HouseholdSize { get; }

    public double Persuasion { get; }

    public double WordOfMouth { get; }

    public double TeachingWithoutWorkbook { get; }

    public double SupportWithoutCapacity { get; }

    public double EditionCost { get; }

    public double CopyCost { get; }

    public double TeacherTrainingCost { get; }
}
