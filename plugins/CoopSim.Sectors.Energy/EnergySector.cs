using CoopSim.Abstractions;

namespace CoopSim.Sectors.Energy;

/// <summary>Energy and air: final energy demand, its fuel mix, CO2 and SO2 (docs/models/energy.md).</summary>
public sealed class EnergySector : ISectorPlugin
{
    public SectorDescriptor Descriptor { get; } = new()
    {
        Id = "energy",
        DisplayName = "Energy and air",
        Version = new Version(0, 1, 0),
        ContractVersion = ContractVersion.Current,
        Description = "Energy demand grows with population; coal burning emits CO2 and SO2; pollution control and efficiency projects cut them.",
        Parameters =
        [
            new("energyPerCapita", "MWh/person/year", 2.0, 0.1, 50, "Final energy use per person in the start year (assumption; set per city)."),
            new("demandGrowth", "fraction/year", 0.02, -0.1, 0.2, "Yearly growth of energy use per person (assumption)."),
            new("coalShare", "fraction", 0.5, 0.0, 1.0, "Coal's share of final energy (Dalian about 70%, cases.md E1)."),
            new("coalEmissionFactor", "t CO2/MWh", 0.341, 0.0, 1.0, "CO2 per MWh of coal burnt: IPCC 2006 default for other bituminous coal, 94.6 t/TJ."),
            new("otherEmissionFactor", "t CO2/MWh", 0.24, 0.0, 1.0, "CO2 per MWh of the other fuels, a mix of oil (74.1 t/TJ) and gas (56.1 t/TJ), IPCC 2006 (mix is an assumption)."),
            new("so2PerCoalMwh", "kg SO2/MWh", 3.0, 0.0, 20.0, "SO2 per MWh of coal burnt without control, about 0.8% sulphur coal (assumption)."),
            new("controlledShare", "fraction", 0.1, 0.0, 1.0, "Share of coal burnt in plants fitted with one unit of SO2 control (assumption)."),
            new("controlEfficiency", "fraction", 0.9, 0.0, 1.0, "SO2 removed where control is fitted (flue-gas desulphurisation removes 0.9 or more)."),
            new("projectSavings", "MWh/year", 5000, 0, 1e7, "Energy saved per year by one efficiency project (assumption)."),
        ],
        Metrics =
        [
            new("demand", "MWh/year", "Final energy demand after efficiency projects") { Minimum = 0 },
            new("co2", "t CO2/year", "Carbon dioxide from fuel burning") { Minimum = 0 },
            new("so2", "t SO2/year", "Sulphur dioxide from coal burning") { Minimum = 0 },
            new("waterPumping", "MWh/year", "Part of demand used to treat and pump water (from the water sector)") { Minimum = 0 },
        ],
        Reads =
        [
            new SignalRead("pumpingEnergy"),
        ],
        Technologies =
        [
            new("so2Control", "plants", "Coal-burning plants fitted with SO2 control (cases.md E1)."),
            new("efficiencyProjects", "projects", "Energy-efficiency projects, such as efficient air conditioning (cases.md E5, E6)."),
        ],
    };

    public ISectorModel CreateModel(ModelSetup setup) => new EnergyModel(setup);
}
