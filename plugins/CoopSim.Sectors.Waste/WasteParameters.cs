using CoopSim.Abstractions;

namespace CoopSim.Sectors.Waste;

/// <summary>
/// The waste sector's parameters: their declarations (unit, default, range, source) and, per model,
/// the values a scenario chose. docs/models/waste.md explains each one.
/// </summary>
internal sealed class WasteParameters
{
    public static IReadOnlyList<ParameterDeclaration> Declarations { get; } =
    [
        // Generation and composition
        new("generationPerCapita", "kg/person/day", 0.5, 0.05, 5.0, "Waste generated per person per day in the start year (Myanmar 0.44 in 2012, cases.md S6; set per city)."),
        new("generationGrowth", "fraction/year", 0.0, -0.1, 0.2, "Yearly growth of waste per person (Myanmar 0.44 to 0.85 kg over 2012-2025 is 0.052, cases.md S6; assumption elsewhere)."),
        new("organicShare", "fraction", 0.6, 0.0, 1.0, "Food and garden waste in generated waste, wet weight (Surabaya about 60%, cases.md S4)."),
        new("paperShare", "fraction", 0.10, 0.0, 1.0, "Paper and cardboard in generated waste (assumption)."),
        new("plasticShare", "fraction", 0.12, 0.0, 1.0, "Plastics in generated waste (assumption)."),
        new("glassMetalShare", "fraction", 0.04, 0.0, 1.0, "Glass and metal in generated waste (assumption)."),
        new("woodShare", "fraction", 0.05, 0.0, 1.0, "Wood and bamboo in generated waste (assumption)."),
        new("textileShare", "fraction", 0.03, 0.0, 1.0, "Textiles in generated waste (assumption). Shares above sum to at most 1; the rest is inert."),
        new("householdShare", "fraction", 0.7, 0.0, 1.0, "Share of generated waste that comes from households; the rest from markets, shops, streets and parks (assumption)."),
        new("householdSize", "persons", 4.0, 1.0, 12.0, "People per household (assumption; set per country)."),
        new("collectionCoverage", "fraction", 0.95, 0.0, 1.0, "Share of waste left after source separation that is collected; the rest is dumped or burnt in the open (assumption)."),

        // Households: composting and separation at source, spreading by the Bass model
        new("assumedAwareness", "fraction", 0.3, 0.0, 1.0, "Share of people aware of separation and composting, used only when no sector publishes awarenessIndex (assumption)."),
        new("compostingWillingness", "fraction", 0.3, 0.0, 1.0, "Share of aware households with the space and will to compost at home (assumption; calibrated once, cases.md S1)."),
        new("separationWillingness", "fraction", 0.8, 0.0, 1.0, "Share of aware households with a buyer who would separate recyclables (assumption)."),
        new("wordOfMouth", "1/year", 0.38, 0.0, 1.0, "Bass imitation coefficient q (Bass 1969; mean of 0.38 in Sultan, Farley and Lehmann 1990)."),
        new("cadreConversion", "1/year", 0.5, 0.0, 1.0, "Bass innovation coefficient p among households a cadre reaches (assumption; calibrated once, cases.md S1)."),
        new("householdsPerCadre", "households", 40, 1, 1000, "Households one community cadre looks after, about one neighbourhood unit (assumption)."),
        new("basketUse", "fraction", 0.8, 0.0, 1.0, "Share of handed-out compost baskets put to lasting use with full local support (assumption)."),
        new("homeCompostCapture", "fraction", 0.7, 0.0, 1.0, "Share of a composting household's organic waste that goes into its basket (assumption)."),
        new("initialHomeComposting", "fraction", 0.0, 0.0, 1.0, "Share of households composting at home in the start year (assumption)."),
        new("initialSeparation", "fraction", 0.0, 0.0, 1.0, "Share of households separating recyclables in the start year (assumption)."),
        new("recyclerAccess", "fraction", 0.5, 0.0, 1.0, "Share of households with a buyer for recyclables (itinerant buyers) where no waste bank reaches (assumption)."),
        new("householdsPerBank", "households", 200, 1, 10000, "Households within reach of one waste bank (assumption)."),
        new("bankFoundingHouseholds", "households", 25, 0, 1000, "Households that start separating when a waste bank opens (assumption)."),
        new("informalRecovery", "fraction", 0.15, 0.0, 1.0, "Share of recyclables left in mixed waste that pickers recover (assumption)."),

        // Facilities
        new("supportWithoutCapacity", "fraction", 0.5, 0.0, 1.0, "How well facilities and household programmes work at zero local capacity, relative to full capacity (assumption)."),
        new("centreCapacity", "t/day", 30, 0, 1000, "Organic waste one compost centre can take (pilot centre 20-40 t/day, cases.md S5)."),
        new("depotCapacity", "t/day", 100, 0, 5000, "Mixed waste one intermediate treatment depot can sort (100 t/day or more was studied, cases.md S5)."),
        new("depotRecovery", "fraction", 0.3, 0.0, 1.0, "Share of a depot's input recovered as recyclables and compostables (assumption)."),
        new("incineratorCapacity", "t/day", 500, 0, 10000, "Mixed waste one incinerator can burn (assumption)."),
        new("gasCollectionEfficiency", "fraction", 0.4, 0.0, 1.0, "Share of generated landfill methane a gas collection system recovers with full local capacity (assumption)."),

        // Landfill methane: IPCC 2006 Guidelines vol. 5 ch. 3 first-order decay
        new("landfillMcf", "fraction", 0.6, 0.0, 1.0, "Methane correction factor of the final disposal site: 1.0 managed anaerobic, 0.5 semi-aerobic, 0.8 unmanaged deep, 0.4 unmanaged shallow, 0.6 uncategorised (IPCC 2006 vol. 5 Table 3.1)."),
        new("docOrganic", "fraction", 0.15, 0.0, 1.0, "Degradable organic carbon of food waste, wet weight (IPCC 2006 vol. 5 Table 2.4)."),
        new("docPaper", "fraction", 0.40, 0.0, 1.0, "Degradable organic carbon of paper, wet weight (IPCC 2006 vol. 5 Table 2.4)."),
        new("docWood", "fraction", 0.43, 0.0, 1.0, "Degradable organic carbon of wood, wet weight (IPCC 2006 vol. 5 Table 2.4)."),
        new("docTextile", "fraction", 0.24, 0.0, 1.0, "Degradable organic carbon of textiles, wet weight (IPCC 2006 vol. 5 Table 2.4)."),
        new("docf", "fraction", 0.5, 0.0, 1.0, "Fraction of degradable organic carbon that decomposes (IPCC 2006 vol. 5 ch. 3 default)."),
        new("methaneFraction", "fraction", 0.5, 0.0, 1.0, "F, fraction of methane in generated landfill gas (IPCC 2006 vol. 5 ch. 3 default)."),
        new("kOrganic", "1/year", 0.40, 0.01, 1.0, "Decay rate of food waste: 0.40 tropical wet, 0.085 tropical dry, 0.185 temperate wet, 0.06 temperate dry (IPCC 2006 vol. 5 Table 3.3)."),
        new("kPaper", "1/year", 0.07, 0.01, 1.0, "Decay rate of paper: 0.07 tropical wet, 0.045 tropical dry, 0.06 temperate wet, 0.04 temperate dry (IPCC 2006 vol. 5 Table 3.3)."),
        new("kWood", "1/year", 0.035, 0.01, 1.0, "Decay rate of wood: 0.035 tropical wet, 0.025 tropical dry, 0.03 temperate wet, 0.02 temperate dry (IPCC 2006 vol. 5 Table 3.3)."),
        new("kTextile", "1/year", 0.07, 0.01, 1.0, "Decay rate of textiles: as paper (IPCC 2006 vol. 5 Table 3.3)."),
        new("oxidationFactor", "fraction", 0.0, 0.0, 1.0, "OX, methane oxidised in the cover: 0 unmanaged, 0.1 managed and covered (IPCC 2006 vol. 5 Table 3.2)."),
        new("methaneGwp", "t CO2e/t CH4", 28, 1, 100, "Global warming potential of methane over 100 years (IPCC AR5: 28)."),
        new("priorDisposalYears", "years", 10, 0, 100, "Years the city disposed of waste at the start-year rate before the run, so that old waste is already decaying (assumption)."),

        // Costs (USD)
        new("basketCost", "USD/basket", 10, 0, 1000, "Cost of a compost basket handed out, with starter compost and first training (assumption)."),
        new("cadreCost", "USD/cadre/year", 30, 0, 10000, "Yearly cost of supporting one community cadre (assumption)."),
        new("centreCost", "USD/centre", 150000, 0, 1e8, "Building one compost centre (assumption)."),
        new("centreOperatingCost", "USD/centre/year", 40000, 0, 1e7, "Running one compost centre (assumption)."),
        new("wasteBankCost", "USD/bank", 1000, 0, 1e6, "Setting up one waste bank (assumption)."),
        new("depotCost", "USD/depot", 2000000, 0, 1e9, "Building one intermediate treatment depot (assumption)."),
        new("depotOperatingCost", "USD/depot/year", 300000, 0, 1e8, "Running one depot, pickers included (assumption)."),
        new("incineratorCost", "USD/plant", 60000000, 0, 1e10, "Building one incinerator (assumption)."),
        new("incineratorOperatingCost", "USD/t", 30, 0, 1000, "Running an incinerator per tonne burnt (assumption)."),
        new("gasRecoveryCost", "USD/system", 2000000, 0, 1e9, "Fitting landfill gas collection to the disposal site (assumption)."),
        new("gasRecoveryOperatingCost", "USD/system/year", 150000, 0, 1e8, "Running landfill gas collection (assumption)."),
        new("landfillCost", "USD/t", 10, 0, 1000, "Operating the final disposal site per tonne received, collection excluded (assumption)."),
    ];

    public WasteParameters(ModelSetup setup)
    {
        GenerationPerCapita = setup.Parameter("generationPerCapita");
        GenerationGrowth = setup.Parameter("generationGrowth");
        HouseholdShare = setup.Parameter("householdShare");
        HouseholdSize = setup.Parameter("householdSize");
        CollectionCoverage = setup.Parameter("collectionCoverage");
        Composition = new WasteComposition(
            setup.Parameter("organicShare"),
            setup.Parameter("paperShare"),
            setup.Parameter("plasticShare"),
            setup.Parameter("glassMetalShare"),
            setup.Parameter("woodShare"),
            setup.Parameter("textileShare"));

        AssumedAwareness = setup.Parameter("assumedAwareness");
        CompostingWillingness = setup.Parameter("compostingWillingness");
        SeparationWillingness = setup.Parameter("separationWillingness");
        WordOfMouth = setup.Parameter("wordOfMouth");
        CadreConversion = setup.Parameter("cadreConversion");
        HouseholdsPerCadre = setup.Parameter("householdsPerCadre");
        BasketUse = setup.Parameter("basketUse");
        HomeCompostCapture = setup.Parameter("homeCompostCapture");
        InitialHomeComposting = setup.Parameter("initialHomeComposting");
        InitialSeparation = setup.Parameter("initialSeparation");
        RecyclerAccess = setup.Parameter("recyclerAccess");
        HouseholdsPerBank = setup.Parameter("householdsPerBank");
        BankFoundingHouseholds = setup.Parameter("bankFoundingHouseholds");
        InformalRecovery = setup.Parameter("informalRecovery");

        SupportWithoutCapacity = setup.Parameter("supportWithoutCapacity");
        CentreCapacity = setup.Parameter("centreCapacity");
        DepotCapacity = setup.Parameter("depotCapacity");
        DepotRecovery = setup.Parameter("depotRecovery");
        IncineratorCapacity = setup.Parameter("incineratorCapacity");
        GasCollectionEfficiency = setup.Parameter("gasCollectionEfficiency");

        Methane = new MethaneParameters(
            Mcf: setup.Parameter("landfillMcf"),
            DocOrganic: setup.Parameter("docOrganic"),
            DocPaper: setup.Parameter("docPaper"),
            DocWood: setup.Parameter("docWood"),
            DocTextile: setup.Parameter("docTextile"),
            Docf: setup.Parameter("docf"),
            MethaneFraction: setup.Parameter("methaneFraction"),
            KOrganic: setup.Parameter("kOrganic"),
            KPaper: setup.Parameter("kPaper"),
            KWood: setup.Parameter("kWood"),
            KTextile: setup.Parameter("kTextile"),
            OxidationFactor: setup.Parameter("oxidationFactor"),
            Gwp: setup.Parameter("methaneGwp"),
            PriorYears: setup.Parameter("priorDisposalYears"));

        Costs = new WasteCosts(
            Basket: setup.Parameter("basketCost"),
            CadrePerYear: setup.Parameter("cadreCost"),
            Centre: setup.Parameter("centreCost"),
            CentrePerYear: setup.Parameter("centreOperatingCost"),
            WasteBank: setup.Parameter("wasteBankCost"),
            Depot: setup.Parameter("depotCost"),
            DepotPerYear: setup.Parameter("depotOperatingCost"),
            Incinerator: setup.Parameter("incineratorCost"),
            IncinerationPerTonne: setup.Parameter("incineratorOperatingCost"),
            GasRecovery: setup.Parameter("gasRecoveryCost"),
            GasRecoveryPerYear: setup.Parameter("gasRecoveryOperatingCost"),
            LandfillPerTonne: setup.Parameter("landfillCost"));
    }

    public double GenerationPerCapita { get; }

    public double GenerationGrowth { get; }

    public double HouseholdShare { get; }

    public double HouseholdSize { get; }

    public double CollectionCoverage { get; }

    public WasteComposition Composition { get; }

    public double AssumedAwareness { get; }

    public double CompostingWillingness { get; }

    public double SeparationWillingness { get; }

    public double WordOfMouth { get; }

    public double CadreConversion { get; }

    public double HouseholdsPerCadre { get; }

    public double BasketUse { get; }

    public double HomeCompostCapture { get; }

    public double InitialHomeComposting { get; }

    public double InitialSeparation { get; }

    public double RecyclerAccess { get; }

    public double HouseholdsPerBank { get; }

    public double BankFoundingHouseholds { get; }

    public double InformalRecovery { get; }

    public double SupportWithoutCapacity { get; }

    public double CentreCapacity { get; }

    public double DepotCapacity { get; }

    public double DepotRecovery { get; }

    public double IncineratorCapacity { get; }

    public double GasCollectionEfficiency { get; }

    public MethaneParameters Methane { get; }

    public WasteCosts Costs { get; }
}

/// <summary>Landfill methane parameters (IPCC 2006 Guidelines vol. 5 ch. 3).</summary>
internal sealed record MethaneParameters(
    double Mcf,
    double DocOrganic,
    double DocPaper,
    double DocWood,
    double DocTextile,
    double Docf,
    double MethaneFraction,
    double KOrganic,
    double KPaper,
    double KWood,
    double KTextile,
    double OxidationFactor,
    double Gwp,
    double PriorYears);

/// <summary>Unit costs of the waste technologies and of final disposal (USD).</summary>
internal sealed record WasteCosts(
    double Basket,
    double CadrePerYear,
    double Centre,
    double CentrePerYear,
    double WasteBank,
    double Depot,
    double DepotPerYear,
    double Incinerator,
    double IncinerationPerTonne,
    double GasRecovery,
    double GasRecoveryPerYear,
    double LandfillPerTonne);
