using CoopSim.Abstractions;

namespace CoopSim.Sectors.Waste;

/// <summary>The waste sector's technology handles, resolved once per model.</summary>
internal sealed class WasteTechnologies(ModelSetup setup)
{
    public TechnologyHandle Baskets { get; } = setup.Technology("compostBaskets");

    public TechnologyHandle Cadres { get; } = setup.Technology("cadres");

    public TechnologyHandle Centres { get; } = setup.Technology("compostCentres");

    public TechnologyHandle WasteBanks { get; } = setup.Technology("wasteBanks");

    public TechnologyHandle HouseholdRoutes { get; } = setup.Technology("householdOrganicRoutes");

    public TechnologyHandle MarketRoutes { get; } = setup.Technology("marketOrganicRoutes");

    public TechnologyHandle HospitalityRoutes { get; } = setup.Technology("hospitalityOrganicRoutes");

    public TechnologyHandle CompostCapacity { get; } = setup.Technology("compostCapacity");

    public TechnologyHandle Depots { get; } = setup.Technology("treatmentDepots");

    public TechnologyHandle Incinerators { get; } = setup.Technology("incinerators");

    public TechnologyHandle GasRecovery { get; } = setup.Technology("landfillGasRecovery");
}
