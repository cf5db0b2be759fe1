using CoopSim.Abstractions;
using D = CoopSim.Sectors.Education.EducationParameterDeclarations;

namespace CoopSim.Sectors.Education;

/// <summary>
/// The education sector's parameters: declarations (unit, default, range, source) and the values a
/// scenario chose. docs/models/education.md explains each one.
/// </summary>
internal sealed class EducationParameters
{
    public static IReadOnlyList<ParameterDeclaration> Declarations => D.All;

    public EducationParameters(ModelSetup setup)
    {
        InitialAwareness = setup.Parameter(D.InitialAwareness);
        StudentsPerSchool = setup.Parameter(D.StudentsPerSchool);
        TeachersPerSchool = setup.Parameter(D.TeachersPerSchool);
        HouseholdSize = setup.Parameter(D.HouseholdSize);
        Persuasion = setup.Parameter(D.Persuasion);
        WordOfMouth = setup.Parameter(D.WordOfMouth);
        TeachingWithoutWorkbook = setup.Parameter(D.TeachingWithoutWorkbook);
        SupportWithoutCapacity = setup.Parameter(D.SupportWithoutCapacity);
        EditionCost = setup.Parameter(D.EditionCost);
        CopyCost = setup.Parameter(D.CopyCost);
        TeacherTrainingCost = setup.Parameter(D.TeacherTrainingCost);
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
