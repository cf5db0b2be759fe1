using CoopSim.Abstractions;

namespace CoopSim.Sectors.Sanitation;

/// <summary>
/// Sanitation and sewerage: sewer connection, decentralised treatment (jokaso), the share of
/// wastewater treated, the organic load (BOD) reaching rivers and methane from wastewater
/// (docs/models/sanitation.md; cases.md D1-D3).
/// </summary>
public sealed class SanitationSector : ISectorPlugin
{
    // Each parameter, metric, signal and technology is declared once, here: the descriptor lists these
    // declarations and the model reads values and handles through them (contract 1.3).
    internal static readonly ParameterDeclaration InitialSewerConnection = new("initialSewerConnection", "fraction", 0.05, 0.0, 1.0, "Share of the population connected to sewers in the start year (assumption; cases.md D1: sewerage lags far behind water supply).");
    internal static readonly ParameterDeclaration SewerExtensionRate = new("sewerExtensionRate", "1/year", 0.05, 0.0, 0.5, "Share of the population not yet served that is connected in a year at full capacity and average awareness (assumption).");
    internal static readonly ParameterDeclaration TreatmentCapacity = new("treatmentCapacity", "m3/day", 0, 0, 5e6, "Sewage treatment plant capacity in the start year (assumption: none in the cities of cases.md D1-D3).");
    internal static readonly ParameterDeclaration MinimumOperation = new("minimumOperation", "fraction", 0.5, 0.0, 1.0, "Share of plant capacity used when local capacity is zero; it rises to 1 at full capacity (assumption).");
    internal static readonly ParameterDeclaration PeoplePerJokaso = new("peoplePerJokaso", "people", 50, 1, 5000, "People one decentralised treatment unit serves (assumption: a small communal unit, cases.md D2).");
    internal static readonly ParameterDeclaration RolloutRate = new("rolloutRate", "1/year", 0.2, 0.0, 2.0, "Units the city adds on its own budget per unit in place per year at full capacity (assumption; cases.md D2: rolled out with the city's own budget).");
    internal static readonly ParameterDeclaration WaterUse = new("waterUse", "L/person/day", 120, 20, 500, "Water used per person (assumption).");
    internal static readonly ParameterDeclaration ReturnFactor = new("returnFactor", "fraction", 0.8, 0.5, 1.0, "Share of water used that becomes wastewater (assumption, a common design value).");
    internal static readonly ParameterDeclaration BodPerCapita = new("bodPerCapita", "g/person/day", 40, 10, 100, "Organic load per person (IPCC 2006 Guidelines vol. 5 ch. 6, Table 6.4: 40 for Asia).");
    internal static readonly ParameterDeclaration SepticRemoval = new("septicRemoval", "fraction", 0.3, 0.0, 1.0, "Share of BOD a septic tank removes (assumption).");
    internal static readonly ParameterDeclaration PlantRemoval = new("plantRemoval", "fraction", 0.85, 0.0, 1.0, "Share of BOD a working secondary treatment plant removes (assumption).");
    internal static readonly ParameterDeclaration JokasoRemoval = new("jokasoRemoval", "fraction", 0.8, 0.0, 1.0, "Share of BOD a decentralised treatment unit removes (assumption).");
    internal static readonly ParameterDeclaration AssumedAwareness = new("assumedAwareness", "fraction", 0.5, 0.0, 1.0, "Residents' awareness used when no sector publishes awarenessIndex (assumption).");

    internal static readonly MetricDeclaration SewerConnection = new("sewerConnection", "fraction", "Share of the population connected to sewers") { Minimum = 0, Maximum = 1 };
    internal static readonly MetricDeclaration DecentralisedTreatment = new("decentralisedTreatment", "fraction", "Share of the population served by decentralised treatment (jokaso)") { Minimum = 0, Maximum = 1 };
    internal static readonly MetricDeclaration WastewaterTreated = new("wastewaterTreated", "fraction", "Share of wastewater that passes through treatment") { Minimum = 0, Maximum = 1 };
    internal static readonly MetricDeclaration WastewaterGenerated = new("wastewaterGenerated", "m3/day", "Wastewater generated") { Minimum = 0 };
    internal static readonly MetricDeclaration BodDischarged = new("bodDischarged", "t/day", "Organic load (BOD) reaching rivers and groundwater") { Minimum = 0 };
    internal static readonly MetricDeclaration Methane = new("methane", "t CH4/year", "Methane from wastewater (IPCC 2006 vol. 5 ch. 6)") { Minimum = 0 };

    internal static readonly SignalDeclaration WastewaterTreatedShareSignal = new("wastewaterTreatedShare", "fraction", "Share of wastewater that passes through treatment") { Minimum = 0, Maximum = 1 };

    internal static readonly SignalRead AwarenessIndexSignal = new("awarenessIndex", Lagged: true) { Minimum = 0, Maximum = 1 };

    internal static readonly TechnologyDeclaration Jokaso = new("jokaso", "units", "Decentralised treatment units installed (cases.md D2); each serves peoplePerJokaso people.");
    internal static readonly TechnologyDeclaration TreatmentPlant = new("treatmentPlant", "m3/day", "Sewage treatment plant capacity built.");

    public SectorDescriptor Descriptor { get; } = new()
    {
        Id = "sanitation",
        DisplayName = "Sanitation and sewerage",
        Version = new Version(typeof(SanitationSector).Assembly.GetName().Version!.ToString(3)),
        ContractVersion = ContractVersion.Current,
        Description = "Sewers extend and plants and jokaso units treat wastewater as local capacity grows; what is not treated reaches rivers.",
        Parameters = [InitialSewerConnection, SewerExtensionRate, TreatmentCapacity, MinimumOperation, PeoplePerJokaso, RolloutRate, WaterUse, ReturnFactor, BodPerCapita, SepticRemoval, PlantRemoval, JokasoRemoval, AssumedAwareness],
        Metrics = [SewerConnection, DecentralisedTreatment, WastewaterTreated, WastewaterGenerated, BodDischarged, Methane],
        Publishes = [WastewaterTreatedShareSignal],
        Reads = [AwarenessIndexSignal],
        Technologies = [Jokaso, TreatmentPlant],
    };

    public ISectorModel CreateModel(ModelSetup setup) => new SanitationModel(setup);
}
