using CoopSim.Abstractions;

namespace CoopSim.Sectors.Energy;

/// <summary>The interventions a programme may adopt in the energy sector (docs/models/energy.md).</summary>
internal static class EnergyTechnologies
{
    public static readonly TechnologyDeclaration So2Control = new("so2Control", "projects", "Factory pollution-control projects: SO2 removed from the coal burnt in the fitted plant (cases.md E1).");
    public static readonly TechnologyDeclaration FactoryEfficiency = new("factoryEfficiency", "projects", "Factory energy-efficiency projects (cleaner production, JCM-style model projects).");
    public static readonly TechnologyDeclaration BuildingEfficiency = new("buildingEfficiency", "projects", "Building efficiency projects such as efficient air conditioning (cases.md E5, E6).");
    public static readonly TechnologyDeclaration RooftopSolar = new("rooftopSolar", "kWp", "Rooftop solar on hotels and public buildings (cases.md E6): grid electricity displaced.");
    public static readonly TechnologyDeclaration BiomassPower = new("biomassPower", "MW", "Biomass power from agricultural waste and manure (cases.md E6): grid electricity displaced, biogenic CO2 not counted.");
    public static readonly TechnologyDeclaration ElectricBuses = new("electricBuses", "buses", "Electric buses replacing diesel buses (cases.md E4).");

    // Listed after the declarations: static initialisers run in the order written, so a list above them would hold nulls.
    public static IReadOnlyList<TechnologyDeclaration> Declarations { get; } =
    [
        So2Control, FactoryEfficiency, BuildingEfficiency, RooftopSolar, BiomassPower, ElectricBuses,
    ];
}
