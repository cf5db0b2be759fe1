using CoopSim.Abstractions;
using T = CoopSim.Sectors.Waste.WasteTechnologyDeclarations;

namespace CoopSim.Sectors.Waste;

/// <summary>The waste sector's technology handles, resolved once per model.</summary>
internal sealed class WasteTechnologies(ModelSetup setup)
{
    public TechnologyHandle Baskets { get; } = setup.Technology(T.CompostBaskets);

    public TechnologyHandle Cadres { get; } = setup.Technology(T.Cadres);

    public TechnologyHandle Centres { get; } = setup.Technology(T.CompostCentres);

    public TechnologyHandle WasteBanks { get; } = setup.Technology(T.WasteBanks);

    public TechnologyHandle HouseholdRoutes { get; } = setup.Technology(T.HouseholdOrganicRoutes);

    public TechnologyHandle MarketRoutes { get; } = setup.Technology(T.MarketOrganicRoutes);

    public TechnologyHandle HospitalityRoutes { get; } = setup.Technology(T.HospitalityOrganicRoutes);

    public TechnologyHandle CompostCapacity { get; } = setup.Technology(T.CompostCapacity);

    public TechnologyHandle Depots { get; } = setup.Technology(T.TreatmentDepots);

    public TechnologyHandle Incinerators { get; } = setup.Technology(T.Incinerators);

    public TechnologyHandle GasRecovery { get; } = setup.Technology(T.LandfillGasRecovery);
}
