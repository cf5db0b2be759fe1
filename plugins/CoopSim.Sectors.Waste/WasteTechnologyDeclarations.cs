using CoopSim.Abstractions;

namespace CoopSim.Sectors.Waste;

/// <summary>What a programme may adopt in the waste sector (docs/models/waste.md).</summary>
internal static class WasteTechnologyDeclarations
{
    public static readonly TechnologyDeclaration CompostBaskets = new("compostBaskets", "baskets", "Household compost baskets handed out (Takakura method, cases.md S2-S3): each starts a household composting.");
    public static readonly TechnologyDeclaration Cadres = new("cadres", "cadres", "Community environmental cadres (cases.md S3): coach the households they look after to compost and separate.");
    public static readonly TechnologyDeclaration CompostCentres = new("compostCentres", "centres", "City compost centres (cases.md S3, S5): compost separately collected organics up to their capacity.");
    public static readonly TechnologyDeclaration CompostCapacity = new("compostCapacity", "t/day", "Expansion of compost plant capacity (an existing plant or new lines), in t/day.");
    public static readonly TechnologyDeclaration HouseholdOrganicRoutes = new("householdOrganicRoutes", "routes", "Separate collection routes for organics that separating households set aside.");
    public static readonly TechnologyDeclaration MarketOrganicRoutes = new("marketOrganicRoutes", "routes", "Separate collection routes for market organics (cases.md S5, S7).");
    public static readonly TechnologyDeclaration HospitalityOrganicRoutes = new("hospitalityOrganicRoutes", "routes", "Separate collection routes for restaurant and hotel organics (cases.md S7).");
    public static readonly TechnologyDeclaration WasteBanks = new("wasteBanks", "banks", "Waste banks (cases.md S3): households nearby sell separated recyclables.");
    public static readonly TechnologyDeclaration TreatmentDepots = new("treatmentDepots", "depots", "Intermediate treatment depots (cases.md S5): sort mixed waste and recover part of it.");
    public static readonly TechnologyDeclaration Incinerators = new("incinerators", "plants", "Incinerators: burn mixed waste up to their capacity.");
    public static readonly TechnologyDeclaration LandfillGasRecovery = new("landfillGasRecovery", "systems", "Gas collection at the final disposal site: recovers part of the methane generated.");

    // Listed after the declarations: static initialisers run in the order written, so a list above them would hold nulls.
    public static IReadOnlyList<TechnologyDeclaration> All { get; } =
    [
        CompostBaskets, Cadres, CompostCentres, CompostCapacity, HouseholdOrganicRoutes, MarketOrganicRoutes,
        HospitalityOrganicRoutes, WasteBanks, TreatmentDepots, Incinerators, LandfillGasRecovery,
    ];
}
