using CoopSim.Abstractions;

namespace CoopSim.Sectors.Education;

/// <summary>What a programme may adopt in the education sector (docs/models/education.md).</summary>
internal static class EducationTechnologyDeclarations
{
    public static readonly TechnologyDeclaration ModelSchools = new("modelSchools", "schools", "Schools that adopt the programme, their teachers trained (cases.md C1).");
    public static readonly TechnologyDeclaration WorkbookEditions = new("workbookEditions", "editions", "A local edition of the workbook, such as Mandalay's Ecology Note (cases.md C1): raises teaching effectiveness.");

    // Listed after the declarations: static initialisers run in the order written, so a list above them would hold nulls.
    public static IReadOnlyList<TechnologyDeclaration> All { get; } =
    [
        ModelSchools, WorkbookEditions,
    ];
}
