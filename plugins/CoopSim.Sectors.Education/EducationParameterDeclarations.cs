using CoopSim.Abstractions;

namespace CoopSim.Sectors.Education;

/// <summary>The education sector's parameter declarations: unit, default, range and source. docs/models/education.md explains each one.</summary>
internal static class EducationParameterDeclarations
{
    public static readonly ParameterDeclaration InitialAwareness = new("initialAwareness", "fraction", 0.10, 0.0, 1.0, "Share of people aware of waste separation and composting in the start year (assumption).");
    public static readonly ParameterDeclaration StudentsPerSchool = new("studentsPerSchool", "students/year", 300, 0, 10000, "Students a model school teaches the programme each year (assumption).");
    public static readonly ParameterDeclaration TeachersPerSchool = new("teachersPerSchool", "teachers", 4, 0, 200, "Teachers trained per model school (assumption; cases.md C1 gives no count).");
    public static readonly ParameterDeclaration HouseholdSize = new("householdSize", "persons", 4.5, 1.0, 12.0, "People per household (assumption; set per country).");
    public static readonly ParameterDeclaration Persuasion = new("persuasion", "fraction/year", 0.5, 0.0, 1.0, "Share of households reached through a student, with a local workbook and full local capacity, that become aware in a year (assumption).");
    public static readonly ParameterDeclaration WordOfMouth = new("wordOfMouth", "1/year", 0.38, 0.0, 1.0, "Bass imitation coefficient q (Bass 1969; mean of 0.38 in Sultan, Farley and Lehmann 1990).");
    public static readonly ParameterDeclaration TeachingWithoutWorkbook = new("teachingWithoutWorkbook", "fraction", 0.5, 0.0, 1.0, "Effectiveness of teaching without a local workbook edition, relative to with one (assumption).");
    public static readonly ParameterDeclaration SupportWithoutCapacity = new("supportWithoutCapacity", "fraction", 0.5, 0.0, 1.0, "Effectiveness of teaching at zero local capacity, relative to full capacity (assumption).");
    public static readonly ParameterDeclaration EditionCost = new("editionCost", "USD/edition", 20000, 0, 1e7, "Adapting, translating and laying out one local workbook edition (assumption).");
    public static readonly ParameterDeclaration CopyCost = new("copyCost", "USD/copy", 2, 0, 1000, "Printing one workbook copy (assumption).");
    public static readonly ParameterDeclaration TeacherTrainingCost = new("teacherTrainingCost", "USD/teacher", 200, 0, 100000, "Training one teacher (assumption).");

    // Listed after the declarations: static initialisers run in the order written, so a list above them would hold nulls.
    public static IReadOnlyList<ParameterDeclaration> All { get; } =
    [
        InitialAwareness, StudentsPerSchool, TeachersPerSchool, HouseholdSize, Persuasion, WordOfMouth,
        TeachingWithoutWorkbook, SupportWithoutCapacity, EditionCost, CopyCost, TeacherTrainingCost,
    ];
}
