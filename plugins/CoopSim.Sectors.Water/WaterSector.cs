using CoopSim.Abstractions;

namespace CoopSim.Sectors.Water;

/// <summary>Water supply: non-revenue water, the water balance and pumping energy (docs/models/water.md).</summary>
public sealed class WaterSector : ISectorPlugin
{
    public SectorDescriptor Descriptor { get; } = new()
    {
        Id = "water",
        DisplayName = "Water supply",
        Version = new Version(0, 1, 0),
        ContractVersion = ContractVersion.Current,
        Description = "Non-revenue water falls as local capacity and metered distribution blocks let a utility find and fix losses.",
        Parameters =
        [
            new("initialNrw", "fraction", 0.40, 0.0, 0.95, "Non-revenue water as a share of system input in the start year."),
            new("minimumNrw", "fraction", 0.08, 0.0, 0.50, "The lowest NRW share reachable with full capacity (well-run utilities reach 0.04-0.10, cases.md W5)."),
            new("reductionRate", "1/year", 0.30, 0.0, 1.0, "Share of the gap to the minimum closed in a year at full capacity with every district in blocks (assumption)."),
            new("consumptionPerCapita", "L/person/day", 150, 20, 500, "Billed consumption per person served (assumption)."),
            new("coverage", "fraction", 0.60, 0.0, 1.0, "Share of the population served."),
            new("districts", "districts", 20, 1, 1000, "Districts the network can be split into for block metering."),
            new("energyIntensity", "kWh/m3", 0.40, 0.0, 3.0, "Electricity used to treat and pump one cubic metre of system input (assumption)."),
        ],
        Metrics =
        [
            new("nrw", "fraction", "Non-revenue water as a share of system input") { Minimum = 0, Maximum = 1 },
            new("systemInput", "m3/day", "Water put into the distribution system") { Minimum = 0 },
            new("nonRevenueWater", "m3/day", "Water put in but not billed: losses and unbilled use") { Minimum = 0 },
            new("blockedDistricts", "fraction", "Share of districts in metered distribution blocks") { Minimum = 0, Maximum = 1 },
        ],
        Publishes =
        [
            new("pumpingEnergy", "MWh/year", "Electricity used to treat and pump the system input"),
        ],
        Technologies =
        [
            new("distributionBlocks", "districts", "Districts split off into metered distribution blocks, so losses can be located."),
        ],
    };

    public ISectorModel CreateModel(ModelSetup setup) => new WaterModel(setup);
}
