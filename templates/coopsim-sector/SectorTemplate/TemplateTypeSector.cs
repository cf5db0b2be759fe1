using CoopSim.Abstractions;

namespace SectorTemplate;

/// <summary>
/// Template sector: the share of people served rises as the city's capacity in the sector grows
/// (faster where people are aware of it) and as cooperation installs units that each serve a
/// number of people. Replace the model with your own; keep every parameter's unit, default and source.
/// </summary>
public sealed class TemplateTypeSector : ISectorPlugin
{
    public SectorDescriptor Descriptor { get; } = new()
    {
        Id = "template-sector",
        DisplayName = "Template sector",
        Version = new Version(0, 1, 0),
        ContractVersion = ContractVersion.Current,
        Description = "The share of people served rises with local capacity, awareness and units installed through cooperation.",
        Parameters =
        [
            new("initialShare", "fraction", 0.10, 0.0, 1.0, "Share of the population served in the start year (assumption)."),
            new("uptakeRate", "1/year", 0.05, 0.0, 1.0, "Share of the unserved population served in a year at full capacity and awareness (assumption)."),
            new("peoplePerUnit", "people", 50, 1, 100000, "People one installed unit serves (assumption)."),
            new("assumedAwareness", "fraction", 0.5, 0.0, 1.0, "Awareness used when no sector publishes awarenessIndex (assumption)."),
        ],
        Metrics =
        [
            new("servedShare", "fraction", "Share of the population served") { Minimum = 0, Maximum = 1 },
            new("peopleServed", "people", "People served") { Minimum = 0 },
        ],
        Publishes =
        [
            // A signal id is unique among the sectors of a city: give yours a name of its own.
            new("templateServedShare", "fraction", "Share of the population served") { Minimum = 0, Maximum = 1 },
        ],
        Reads =
        [
            // Last year's awareness from the education sector, if a scenario simulates it; optional.
            new("awarenessIndex", Lagged: true) { Minimum = 0, Maximum = 1 },
        ],
        Technologies =
        [
            new("units", "units", "Units installed through a programme; each serves peoplePerUnit people."),
        ],
    };

    public ISectorModel CreateModel(ModelSetup setup) => new TemplateTypeModel(setup);
}
