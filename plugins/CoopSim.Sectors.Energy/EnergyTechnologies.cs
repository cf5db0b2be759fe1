using CoopSim.Abstractions;

namespace CoopSim.Sectors.Energy;

/// <summary>The interventions a programme may adopt in the energy sector (docs/models/energy.md).</summary>
internal static class EnergyTechnologies
{
    public const string So2Control = "so2Control";
    public const string FactoryEfficiency = "factoryEfficiency";
    public const string BuildingEfficiency = "buildingEfficiency";
    public const string RooftopSolar = "rooftopSolar";
    public const string BiomassPower = "biomassPower";
    public const string ElectricBuses = "electricBuses";

    public static IReadOnlyList<TechnologyDeclaration> Declarations { get; } =
    [
        new(So2Control, "projects", "Factory pollution-control projects: SO2 removed from the coal burnt in the fitted plant (cases.md E1)."),
        new(FactoryEfficiency, "projects", "Factory energy-efficiency projects (cleaner production, JCM-style model projects)."),
        new(BuildingEfficiency, "projects", "Building efficiency projects such as efficient air conditioning (cases.md E5, E6)."),
        new(RooftopSolar, "kWp", "Rooftop solar on hotels and public buildings (cases.md E6): grid electricity displaced."),
        new(BiomassPower, "MW", "Biomass power from agricultural waste and manure (cases.md E6): grid electricity displaced, biogenic CO2 not counted."),
        new(ElectricBuses, "buses", "Electric buses replacing diesel buses (cases.md E4)."),
    ];
}
