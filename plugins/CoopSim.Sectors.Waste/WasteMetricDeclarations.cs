using CoopSim.Abstractions;

namespace CoopSim.Sectors.Waste;

/// <summary>The outcomes the waste model writes every year (docs/models/waste.md), and the signals it reads and publishes.</summary>
internal static class WasteMetricDeclarations
{
    public static readonly MetricDeclaration Generated = new("generated", "t/day", "Waste generated") { Minimum = 0 };
    public static readonly MetricDeclaration GenerationPerCapita = new("generationPerCapita", "kg/person/day", "Waste generated per person") { Minimum = 0 };
    public static readonly MetricDeclaration HomeComposted = new("homeComposted", "t/day", "Organic waste composted by households") { Minimum = 0 };
    public static readonly MetricDeclaration Recycled = new("recycled", "t/day", "Recyclables separated at source (waste banks, buyers) or recovered by pickers") { Minimum = 0 };
    public static readonly MetricDeclaration CentreComposted = new("centreComposted", "t/day", "Organic waste composted in compost plants and centres") { Minimum = 0 };
    public static readonly MetricDeclaration CompostCapacity = new("compostCapacity", "t/day", "What the compost plants can take this year: existing, centres and expansions, times local support") { Minimum = 0 };
    public static readonly MetricDeclaration SeparatedOrganics = new("separatedOrganics", "t/day", "Organics collected separately for composting: the plants' feedstock") { Minimum = 0 };
    public static readonly MetricDeclaration SeparatedFromHouseholds = new("separatedFromHouseholds", "t/day", "Organics collected separately from households") { Minimum = 0 };
    public static readonly MetricDeclaration SeparatedFromMarkets = new("separatedFromMarkets", "t/day", "Organics collected separately from markets") { Minimum = 0 };
    public static readonly MetricDeclaration SeparatedFromHospitality = new("separatedFromHospitality", "t/day", "Organics collected separately from restaurants and hotels") { Minimum = 0 };
    public static readonly MetricDeclaration MarketParticipation = new("marketParticipation", "fraction", "Share of served markets' organics put out separately") { Minimum = 0, Maximum = 1 };
    public static readonly MetricDeclaration HospitalityParticipation = new("hospitalityParticipation", "fraction", "Share of served restaurants' and hotels' organics put out separately") { Minimum = 0, Maximum = 1 };
    public static readonly MetricDeclaration OpenDumping = new("openDumping", "t/day", "Waste not collected: dumped or burnt in the open") { Minimum = 0 };
    public static readonly MetricDeclaration IntermediateTreatment = new("intermediateTreatment", "t/day", "Waste recovered at intermediate treatment depots") { Minimum = 0 };
    public static readonly MetricDeclaration Incinerated = new("incinerated", "t/day", "Waste burnt in incinerators") { Minimum = 0 };
    public static readonly MetricDeclaration FinalDisposal = new("finalDisposal", "t/day", "Waste taken to final disposal (landfill)") { Minimum = 0 };
    public static readonly MetricDeclaration Diversion = new("diversion", "fraction", "Share of generated waste kept from final disposal and open dumping") { Minimum = 0, Maximum = 1 };
    public static readonly MetricDeclaration OrganicDiverted = new("organicDiverted", "t/day", "Organic waste composted at home, in centres or at depots") { Minimum = 0 };
    public static readonly MetricDeclaration HouseholdsComposting = new("householdsComposting", "fraction", "Share of households composting at home") { Minimum = 0, Maximum = 1 };
    public static readonly MetricDeclaration HouseholdsSeparating = new("householdsSeparating", "fraction", "Share of households separating recyclables at source") { Minimum = 0, Maximum = 1 };
    public static readonly MetricDeclaration CadreReach = new("cadreReach", "fraction", "Share of households a community cadre looks after") { Minimum = 0, Maximum = 1 };
    public static readonly MetricDeclaration BasketsHandedOut = new("basketsHandedOut", "baskets", "Compost baskets handed out since the start year") { Minimum = 0 };
    public static readonly MetricDeclaration CompostCentres = new("compostCentres", "centres", "Compost centres in place") { Minimum = 0 };
    public static readonly MetricDeclaration WasteBanks = new("wasteBanks", "banks", "Waste banks in place") { Minimum = 0 };
    public static readonly MetricDeclaration DdocmDeposited = new("ddocmDeposited", "t/year", "Decomposable degradable organic carbon deposited at the disposal site (IPCC DDOCm_d)") { Minimum = 0 };
    public static readonly MetricDeclaration DdocmAccumulated = new("ddocmAccumulated", "t", "Decomposable degradable organic carbon in the disposal site at year end (IPCC DDOCm_a)") { Minimum = 0 };
    public static readonly MetricDeclaration MethaneGenerated = new("methaneGenerated", "t CH4/year", "Methane generated in the disposal site") { Minimum = 0 };
    public static readonly MetricDeclaration MethaneRecovered = new("methaneRecovered", "t CH4/year", "Methane collected by landfill gas recovery") { Minimum = 0 };
    public static readonly MetricDeclaration Methane = new("methane", "t CH4/year", "Methane emitted from the disposal site") { Minimum = 0 };
    public static readonly MetricDeclaration MethaneEmissions = new("methaneEmissions", "t CO2e/year", "Methane emitted from the disposal site, in CO2 equivalents (GWP parameter, AR5 28 by default)") { Minimum = 0 };
    public static readonly MetricDeclaration IncinerationCo2 = new("incinerationCo2", "t CO2/year", "Fossil CO2 from burning plastics and textiles (IPCC 2006 vol. 5 ch. 5)") { Minimum = 0 };
    public static readonly MetricDeclaration TechnologyCost = new("technologyCost", "USD/year", "Capital of technologies adopted this year plus running costs of those in place") { Minimum = 0 };
    public static readonly MetricDeclaration DisposalCost = new("disposalCost", "USD/year", "Cost of operating final disposal for the waste it receives") { Minimum = 0 };
    public static readonly MetricDeclaration DivertedFromDisposal = new("divertedFromDisposal", "t/day", "Waste kept from final disposal and open dumping against the start year's share of generation, on this year's generation (includes what the city's own plants and routes add)");
    public static readonly MetricDeclaration CostPerTonneDiverted = new("costPerTonneDiverted", "USD per t/day", "Technology cost to date per t/day diverted from disposal against the start; 0 while nothing is diverted") { Minimum = 0 };

    // Listed after the declarations: static initialisers run in the order written, so a list above them would hold nulls.
    public static IReadOnlyList<MetricDeclaration> Metrics { get; } =
    [
        Generated, GenerationPerCapita, HomeComposted, Recycled, CentreComposted, CompostCapacity, SeparatedOrganics,
        SeparatedFromHouseholds, SeparatedFromMarkets, SeparatedFromHospitality, MarketParticipation,
        HospitalityParticipation, OpenDumping, IntermediateTreatment, Incinerated, FinalDisposal, Diversion,
        OrganicDiverted, HouseholdsComposting, HouseholdsSeparating, CadreReach, BasketsHandedOut, CompostCentres,
        WasteBanks, DdocmDeposited, DdocmAccumulated, MethaneGenerated, MethaneRecovered, Methane, MethaneEmissions,
        IncinerationCo2, TechnologyCost, DisposalCost, DivertedFromDisposal, CostPerTonneDiverted,
    ];

    public static readonly SignalRead AwarenessIndexSignal = new("awarenessIndex");

    // Listed after the declarations: static initialisers run in the order written, so a list above them would hold nulls.
    public static IReadOnlyList<SignalRead> Reads { get; } =
    [
        AwarenessIndexSignal,
    ];

    public static readonly SignalDeclaration MethaneEmissionsSignal = new("methaneEmissions", "t CO2e/year", "Methane emitted from the city's waste disposal site, in CO2 equivalents");
    public static readonly SignalDeclaration OrganicDivertedSignal = new("organicDiverted", "t/day", "Organic waste kept from final disposal and open dumping");

    // Listed after the declarations: static initialisers run in the order written, so a list above them would hold nulls.
    public static IReadOnlyList<SignalDeclaration> Publishes { get; } =
    [
        MethaneEmissionsSignal, OrganicDivertedSignal,
    ];
}
