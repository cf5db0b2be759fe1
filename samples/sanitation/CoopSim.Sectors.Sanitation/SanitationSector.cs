using CoopSim.Abstractions;

namespace CoopSim.Sectors.Sanitation;

/// <summary>
/// Sanitation and sewerage: sewer connection, decentralised treatment (jokaso), the share of
/// wastewater treated, the organic load (BOD) reaching rivers and methane from wastewater
/// (docs/models/sanitation.md; cases.md D1-D3).
/// </summary>
public sealed class SanitationSector : ISectorPlugin
{
    public SectorDescriptor Descriptor { get; } = new()
    {
        Id = "sanitation",
        DisplayName = "Sanitation and sewerage",
        Version = new Version(0, 1, 0),
        ContractVersion = ContractVersion.Current,
        Description = "Sewers extend and plants and jokaso units treat wastewater as local capacity grows; what is not treated reaches rivers.",
        Parameters =
        [
            new("initialSewerConnection", "fraction", 0.05, 0.0, 1.0, "Share of the population connected to sewers in the start year (assumption; cases.md D1: sewerage lags far behind water supply)."),
            new("sewerExtensionRate", "1/year", 0.05, 0.0, 0.5, "Share of the population not yet served that is connected in a year at full capacity and average awareness (assumption)."),
            new("treatmentCapacity", "m3/day", 0, 0, 5e6, "Sewage treatment plant capacity in the start year (assumption: none in the cities of cases.md D1-D3)."),
            new("minimumOperation", "fraction", 0.5, 0.0, 1.0, "Share of plant capacity used when local capacity is zero; it rises to 1 at full capacity (assumption)."),
            new("peoplePerJokaso", "people", 50, 1, 5000, "People one decentralised treatment unit serves (assumption: a small communal unit, cases.md D2)."),
            new("rolloutRate", "1/year", 0.2, 0.0, 2.0, "Units the city adds on its own budget per unit in place per year at full capacity (assumption; cases.md D2: rolled out with the city's own budget)."),
            new("waterUse", "L/person/day", 120, 20, 500, "Water used per person (assumption)."),
            new("returnFactor", "fraction", 0.8, 0.5, 1.0, "Share of water used that becomes wastewater (assumption, a common design value)."),
            new("bodPerCapita", "g/person/day", 40, 10, 100, "Organic load per person (IPCC 2006 Guidelines vol. 5 ch. 6, Table 6.4: 40 for Asia)."),
            new("septicRemoval", "fraction", 0.3, 0.0, 1.0, "Share of BOD a septic tank removes (assumption)."),
            new("plantRemoval", "fraction", 0.85, 0.0, 1.0, "Share of BOD a working secondary treatment plant removes (assumption)."),
            new("jokasoRemoval", "fraction", 0.8, 0.0, 1.0, "Share of BOD a decentralised treatment unit removes (assumption)."),
            new("assumedAwareness", "fraction", 0.5, 0.0, 1.0, "Residents' awareness used when no sector publishes awarenessIndex (assumption)."),
        ],
        Metrics =
        [
            new("sewerConnection", "fraction", "Share of the population connected to sewers") { Minimum = 0, Maximum = 1 },
            new("decentralisedTreatment", "fraction", "Share of the population served by decentralised treatment (jokaso)") { Minimum = 0, Maximum = 1 },
            new("wastewaterTreated", "fraction", "Share of wastewater that passes through treatment") { Minimum = 0, Maximum = 1 },
            new("wastewaterGenerated", "m3/day", "Wastewater generated") { Minimum = 0 },
            new("bodDischarged", "t/day", "Organic load (BOD) reaching rivers and groundwater") { Minimum = 0 },
            new("methane", "t CH4/year", "Methane from wastewater (IPCC 2006 vol. 5 ch. 6)") { Minimum = 0 },
        ],
        Publishes =
        [
            new("wastewaterTreatedShare", "fraction", "Share of wastewater that passes through treatment") { Minimum = 0, Maximum = 1 },
        ],
        Reads =
        [
            new("awarenessIndex", Lagged: true) { Minimum = 0, Maximum = 1 },
        ],
        Technologies =
        [
            new("jokaso", "units", "Decentralised treatment units installed (cases.md D2); each serves peoplePerJokaso people."),
            new("treatmentPlant", "m3/day", "Sewage treatment plant capacity built."),
        ],
    };

    public ISectorModel CreateModel(ModelSetup setup) => new SanitationModel(setup);
}
