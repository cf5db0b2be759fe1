using CoopSim.Abstractions;
using CoopSim.Engine.Plugins;
using CoopSim.Sectors.Tests.Support;
using CoopSim.Sectors.Tests.Water;
using static CoopSim.Sectors.Tests.Energy.EnergySpecs;

namespace CoopSim.Sectors.Tests.Energy;

/// <summary>The energy sector's optional reads: water pumping from the water sector, landfill methane from waste.</summary>
public sealed class EnergySignalTests
{
    [Fact]
    public void Water_pumping_comes_from_the_water_sector_when_it_runs()
    {
        var spec = TestScenario.TwoDecades();
        spec.Sectors[Sector] = [];
        spec.Sectors[WaterSpecs.Sector] = [];

        var result = spec.Run();

        Assert.Equal(Series.Of(result, WaterSpecs.Sector, "pumpingEnergy"), Series.Of(result, Sector, "waterPumping"));
        Assert.All(Series.Of(result, Sector, "waterPumping"), v => Assert.True(v > 0));
    }

    [Fact]
    public void Without_a_water_sector_pumping_is_zero_and_demand_is_the_three_sectors()
    {
        var spec = TestScenario.TwoDecades();
        spec.Sectors[Sector] = [];

        var result = spec.Run();

        Assert.All(Series.Of(result, Sector, "waterPumping"), v => Assert.Equal(0.0, v));
        Assert.All(Series.Of(result, Sector, "methane"), v => Assert.Equal(0.0, v));
    }

    [Fact]
    public void Pumping_energy_adds_its_primary_energy_to_demand()
    {
        var alone = TestScenario.TwoDecades();
        alone.Sectors[Sector] = [];
        var withWater = TestScenario.TwoDecades();
        withWater.Sectors[Sector] = [];
        withWater.Sectors[WaterSpecs.Sector] = [];

        var demandAlone = Series.Of(alone.Run(), Sector, "demand");
        var result = withWater.Run();
        var demand = Series.Of(result, Sector, "demand");
        var pumping = Series.Of(result, Sector, "waterPumping");

        var efficiency = Plugin.Descriptor.Parameters.Single(p => p.Id == "generationEfficiency").Default;
        for (var t = 0; t < demand.Count; t++)
        {
            Assert.Equal(demandAlone[t] + (pumping[t] / efficiency), demand[t], 1e-6);
        }
    }

    [Fact]
    public void Landfill_methane_joins_the_greenhouse_gas_total()
    {
        var catalog = PluginCatalog.FromPlugins([Plugin, new MethaneSource()]);
        var spec = TestScenario.TwoDecades();
        spec.Sectors[Sector] = [];
        spec.Sectors[MethaneSource.Id] = [];

        var result = spec.Run(catalog);

        var co2 = Series.Of(result, Sector, "co2");
        var ghg = Series.Of(result, Sector, "ghg");
        var bau = Series.Of(result, Sector, "bauGhg");
        for (var t = 0; t < co2.Count; t++)
        {
            Assert.Equal(MethaneSource.Methane, Series.Of(result, Sector, "methane")[t]);
            Assert.Equal(co2[t] + MethaneSource.Methane, ghg[t], 1e-6);
            Assert.Equal(ghg[t], bau[t], 1e-6);
        }
    }

    /// <summary>A stand-in for the waste sector: publishes a fixed amount of landfill methane.</summary>
    private sealed class MethaneSource : ISectorPlugin
    {
        public const string Id = "methane-source";
        public const double Methane = 125_000;

        public SectorDescriptor Descriptor { get; } = new()
        {
            Id = Id,
            DisplayName = "Methane source",
            Version = new Version(1, 0),
            ContractVersion = ContractVersion.Current,
            Metrics = [new MetricDeclaration("methane", "t CO2e/year", "Landfill methane")],
            Publishes = [new SignalDeclaration("methaneEmissions", "t CO2e/year", "Landfill methane")],
        };

        public ISectorModel CreateModel(ModelSetup setup) =>
            new Model(setup.Metric("methane"), setup.PublishedSignal("methaneEmissions"));

        private sealed class Model(MetricHandle metric, PublishedSignalHandle signal) : ISectorModel
        {
            public void Step(StepContext context)
            {
                context.WriteMetric(metric, Methane);
                context.PublishSignal(signal, Methane);
            }
        }
    }
}
