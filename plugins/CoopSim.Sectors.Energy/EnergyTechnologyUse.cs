using CoopSim.Abstractions;
using T = CoopSim.Sectors.Energy.EnergyTechnologies;

namespace CoopSim.Sectors.Energy;

/// <summary>The handles of the energy technologies, and what is in place or adopted in a year.</summary>
internal sealed class EnergyTechnologyUse(ModelSetup setup)
{
    private readonly TechnologyHandle _so2Control = setup.Technology(T.So2Control);
    private readonly TechnologyHandle _factory = setup.Technology(T.FactoryEfficiency);
    private readonly TechnologyHandle _building = setup.Technology(T.BuildingEfficiency);
    private readonly TechnologyHandle _solar = setup.Technology(T.RooftopSolar);
    private readonly TechnologyHandle _biomass = setup.Technology(T.BiomassPower);
    private readonly TechnologyHandle _buses = setup.Technology(T.ElectricBuses);

    public double So2ControlInPlace(StepContext c) => c.TechnologyInPlace(_so2Control);

    public double FactoryInPlace(StepContext c) => c.TechnologyInPlace(_factory);

    public double BuildingInPlace(StepContext c) => c.TechnologyInPlace(_building);

    public double SolarInPlace(StepContext c) => c.TechnologyInPlace(_solar);

    public double BiomassInPlace(StepContext c) => c.TechnologyInPlace(_biomass);

    public double BusesInPlace(StepContext c) => c.TechnologyInPlace(_buses);

    /// <summary>Cost of everything adopted this year (USD).</summary>
    public double Investment(StepContext c, EnergySettings s) =>
        (c.TechnologyAdopted(_so2Control) * s.So2ControlCost) + CarbonInvestment(c, s);

    /// <summary>Cost of what was adopted this year to cut fossil CO2 (USD): everything but SO2 control, which buys cleaner air.</summary>
    public double CarbonInvestment(StepContext c, EnergySettings s) =>
        (c.TechnologyAdopted(_factory) * s.FactoryProjectCost)
        + (c.TechnologyAdopted(_building) * s.BuildingProjectCost)
        + (c.TechnologyAdopted(_solar) * s.SolarCost)
        + (c.TechnologyAdopted(_biomass) * s.BiomassCost)
        + (c.TechnologyAdopted(_buses) * s.BusCost);
}
