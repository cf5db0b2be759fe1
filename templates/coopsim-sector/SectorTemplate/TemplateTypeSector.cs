using CoopSim.Abstractions;

namespace SectorTemplate;

/// <summary>
/// Template sector: the share of people served rises as the city's capacity in the sector grows
/// (faster where people are aware of it) and as cooperation installs units that each serve a
/// number of people. Replace the model with your own; keep every parameter's unit, default and source.
/// </summary>
public sealed class TemplateTypeSector : ISectorPlugin
{
    // Each parameter, metric, signal and technology is declared once, here: the descriptor lists these
    // declarations and the model reads values and handles through them (contract 1.3).
    internal static readonly ParameterDeclaration InitialShare = new("initialShare", "fraction", 0.10, 0.0, 1.0, "Share of the population served in the start year (assumption).");
    internal static readonly ParameterDeclaration UptakeRate = new("uptakeRate", "1/year", 0.05, 0.0, 1.0, "Share of the unserved population served in a year at full capacity and awareness (assumption).");
    internal static readonly ParameterDeclaration PeoplePerUnit = new("peoplePerUnit", "people", 50, 1, 100000, "People one installed unit serves (assumption).");
    internal static readonly ParameterDeclaration AssumedAwareness = new("assumedAwareness", "fraction", 0.5, 0.0, 1.0, "Awareness used when no sector publishes awarenessIndex (assumption).");

    internal static readonly MetricDeclaration ServedShare = new("servedShare", "fraction", "Share of the population served") { Minimum = 0, Maximum = 1 };
    internal static readonly MetricDeclaration PeopleServed = new("peopleServed", "people", "People served") { Minimum = 0 };

    // A signal id is unique among the sectors of a city: give yours a name of its own.
    internal static readonly SignalDeclaration TemplateServedShareSignal = new("templateServedShare", "fraction", "Share of the population served") { Minimum = 0, Maximum = 1 };

    // Last year's awareness from the education sector, if a scenario simulates it; optional.
    internal static readonly SignalRead AwarenessIndexSignal = new("awarenessIndex", Lagged: true) { Minimum = 0, Maximum = 1 };

    internal static readonly TechnologyDeclaration Units = new("units", "units", "Units installed through a programme; each serves peoplePerUnit people.");

    public SectorDescriptor Descriptor { get; } = new()
    {
        Id = "template-sector",
        DisplayName = "Template sector",
        Version = new Version(typeof(TemplateTypeSector).Assembly.GetName().Version!.ToString(3)),
        ContractVersion = ContractVersion.Current,
        Description = "The share of people served rises with local capacity, awareness and units installed through cooperation.",
        Parameters = [InitialShare, UptakeRate, PeoplePerUnit, AssumedAwareness],
        Metrics = [ServedShare, PeopleServed],
        Publishes = [TemplateServedShareSignal],
        Reads = [AwarenessIndexSignal],
        Technologies = [Units],
    };

    public ISectorModel CreateModel(ModelSetup setup) => new TemplateTypeModel(setup);
}
