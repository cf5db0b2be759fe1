using CoopSim.Abstractions;

namespace CoopSim.Sectors.Waste;

/// <summary>
/// The waste sector's parameter declarations: unit, default, range and source. docs/models/waste.md
/// explains each one.
/// </summary>
internal static class WasteParameterDeclarations
{
    // Generation and composition
    public static readonly ParameterDeclaration GenerationPerCapita = new("generationPerCapita", "kg/person/day", 0.5, 0.05, 5.0, "Waste generated per person per day in the start year (Myanmar 0.44 in 2012, cases.md S6; set per city).");
    public static readonly ParameterDeclaration GenerationGrowth = new("generationGrowth", "fraction/year", 0.0, -0.1, 0.2, "Yearly growth of waste per person (Myanmar 0.44 to 0.85 kg over 2012-2025 is 0.052, cases.md S6; assumption elsewhere).");
    public static readonly ParameterDeclaration OrganicShare = new("organicShare", "fraction", 0.6, 0.0, 1.0, "Food and garden waste in generated waste, wet weight (Surabaya about 60%, cases.md S4).");
    public static readonly ParameterDeclaration GardenShare = new("gardenShare", "fraction", 0.0, 0.0, 1.0, "Garden and park waste in generated waste, part of organicShare, not added to it (assumption: no city figure; IPCC 2006 vol. 5 Table 2.3 gives none for Asia).");
    public static readonly ParameterDeclaration PaperShare = new("paperShare", "fraction", 0.10, 0.0, 1.0, "Paper and cardboard in generated waste (assumption).");
    public static readonly ParameterDeclaration PlasticShare = new("plasticShare", "fraction", 0.12, 0.0, 1.0, "Plastics in generated waste (assumption).");
    public static readonly ParameterDeclaration GlassMetalShare = new("glassMetalShare", "fraction", 0.04, 0.0, 1.0, "Glass and metal in generated waste (assumption).");
    public static readonly ParameterDeclaration WoodShare = new("woodShare", "fraction", 0.05, 0.0, 1.0, "Wood and bamboo in generated waste (assumption).");
    public static readonly ParameterDeclaration TextileShare = new("textileShare", "fraction", 0.03, 0.0, 1.0, "Textiles in generated waste (assumption).");
    public static readonly ParameterDeclaration NappyShare = new("nappyShare", "fraction", 0.0, 0.0, 1.0, "Disposable nappies in generated waste (assumption: no city figure).");
    public static readonly ParameterDeclaration RubberLeatherShare = new("rubberLeatherShare", "fraction", 0.0, 0.0, 1.0, "Rubber and leather in generated waste (assumption; IPCC 2006 vol. 5 Table 2.3 South-East Asia: 0.009). Shares above, organic including garden, sum to at most 1; the rest is inert.");
    public static readonly ParameterDeclaration HouseholdShare = new("householdShare", "fraction", 0.7, 0.0, 1.0, "Share of generated waste that comes from households; the rest from markets, restaurants and hotels, shops, streets and parks (assumption).");
    public static readonly ParameterDeclaration MarketShare = new("marketShare", "fraction", 0.1, 0.0, 1.0, "Share of generated waste that comes from markets (assumption; at most 1 - householdShare).");
    public static readonly ParameterDeclaration HospitalityShare = new("hospitalityShare", "fraction", 0.05, 0.0, 1.0, "Share of generated waste that comes from restaurants and hotels (assumption; at most what households and markets leave).");
    public static readonly ParameterDeclaration HouseholdSize = new("householdSize", "persons", 4.0, 1.0, 12.0, "People per household (assumption; set per country).");
    public static readonly ParameterDeclaration CollectionCoverage = new("collectionCoverage", "fraction", 0.95, 0.0, 1.0, "Share of waste left after source separation that is collected; the rest is dumped or burnt in the open (assumption).");

    // Households: composting and separation at source, spreading by the Bass model
    public static readonly ParameterDeclaration AssumedAwareness = new("assumedAwareness", "fraction", 0.3, 0.0, 1.0, "Share of people aware of separation and composting, used only when no sector publishes awarenessIndex (assumption).");
    public static readonly ParameterDeclaration CompostingWillingness = new("compostingWillingness", "fraction", 0.3, 0.0, 1.0, "Share of aware households with the space and will to compost at home (assumption; calibrated once, cases.md S1).");
    public static readonly ParameterDeclaration SeparationWillingness = new("separationWillingness", "fraction", 0.8, 0.0, 1.0, "Share of aware households with a buyer who would separate recyclables (assumption).");
    public static readonly ParameterDeclaration WordOfMouth = new("wordOfMouth", "1/year", 0.38, 0.0, 1.0, "Bass imitation coefficient q (Bass 1969; mean of 0.38 in Sultan, Farley and Lehmann 1990).");
    public static readonly ParameterDeclaration CadreConversion = new("cadreConversion", "1/year", 0.5, 0.0, 1.0, "Bass innovation coefficient p among households a cadre reaches (assumption; calibrated once, cases.md S1).");
    public static readonly ParameterDeclaration HouseholdsPerCadre = new("householdsPerCadre", "households", 40, 1, 1000, "Households one community cadre looks after, about one neighbourhood unit (assumption).");
    public static readonly ParameterDeclaration BasketUse = new("basketUse", "fraction", 0.8, 0.0, 1.0, "Share of handed-out compost baskets put to lasting use with full local support (assumption).");
    public static readonly ParameterDeclaration HomeCompostCapture = new("homeCompostCapture", "fraction", 0.7, 0.0, 1.0, "Share of a composting household's organic waste that goes into its basket (assumption).");
    public static readonly ParameterDeclaration InitialHomeComposting = new("initialHomeComposting", "fraction", 0.0, 0.0, 1.0, "Share of households composting at home in the start year (assumption).");
    public static readonly ParameterDeclaration InitialSeparation = new("initialSeparation", "fraction", 0.0, 0.0, 1.0, "Share of households separating recyclables in the start year (assumption).");
    public static readonly ParameterDeclaration RecyclerAccess = new("recyclerAccess", "fraction", 0.5, 0.0, 1.0, "Share of households with a buyer for recyclables (itinerant buyers) where no waste bank reaches (assumption).");
    public static readonly ParameterDeclaration HouseholdsPerBank = new("householdsPerBank", "households", 200, 1, 10000, "Households within reach of one waste bank (assumption).");
    public static readonly ParameterDeclaration BankFoundingHouseholds = new("bankFoundingHouseholds", "households", 25, 0, 1000, "Households that start separating when a waste bank opens (assumption).");
    public static readonly ParameterDeclaration InformalRecovery = new("informalRecovery", "fraction", 0.15, 0.0, 1.0, "Share of recyclables left in mixed waste that pickers recover (assumption).");

    // Separate collection of organics and compost plants
    public static readonly ParameterDeclaration OrganicRouteCapacity = new("organicRouteCapacity", "t/day", 10, 0, 200, "Separated organics one collection route can pick up: one 5 t truck making two trips a day (assumption).");
    public static readonly ParameterDeclaration MarketSeparation = new("marketSeparation", "fraction", 0.8, 0.0, 1.0, "Share of a served market's organics put out separately once established, with full local capacity (assumption).");
    public static readonly ParameterDeclaration HospitalitySeparation = new("hospitalitySeparation", "fraction", 0.6, 0.0, 1.0, "Share of a served restaurant's or hotel's organics put out separately once established, with full local capacity (assumption).");
    public static readonly ParameterDeclaration CollectionLag = new("collectionLag", "years", 2, 0, 20, "Adjustment time of market, restaurant and hotel participation towards its target (assumption).");
    public static readonly ParameterDeclaration ExistingCompostCapacity = new("existingCompostCapacity", "t/day", 0, 0, 5000, "Compost plant capacity in place before the run, programmes aside (set per city).");
    public static readonly ParameterDeclaration ExistingHouseholdRoutes = new("existingHouseholdRoutes", "routes", 0, 0, 1000, "Routes collecting households' separated organics before the run (set per city).");
    public static readonly ParameterDeclaration ExistingMarketRoutes = new("existingMarketRoutes", "routes", 0, 0, 1000, "Routes collecting market organics before the run (set per city).");
    public static readonly ParameterDeclaration ExistingHospitalityRoutes = new("existingHospitalityRoutes", "routes", 0, 0, 1000, "Routes collecting restaurant and hotel organics before the run (set per city).");

    // Facilities
    public static readonly ParameterDeclaration SupportWithoutCapacity = new("supportWithoutCapacity", "fraction", 0.5, 0.0, 1.0, "How well facilities and household programmes work at zero local capacity, relative to full capacity (assumption).");
    public static readonly ParameterDeclaration CentreCapacity = new("centreCapacity", "t/day", 30, 0, 1000, "Organic waste one compost centre can take (pilot centre 20-40 t/day, cases.md S5).");
    public static readonly ParameterDeclaration DepotCapacity = new("depotCapacity", "t/day", 100, 0, 5000, "Mixed waste one intermediate treatment depot can sort (100 t/day or more was studied, cases.md S5).");
    public static readonly ParameterDeclaration DepotRecovery = new("depotRecovery", "fraction", 0.3, 0.0, 1.0, "Share of a depot's input recovered as recyclables and compostables (assumption).");
    public static readonly ParameterDeclaration IncineratorCapacity = new("incineratorCapacity", "t/day", 500, 0, 10000, "Mixed waste one incinerator can burn (assumption).");
    public static readonly ParameterDeclaration GasCollectionEfficiency = new("gasCollectionEfficiency", "fraction", 0.4, 0.0, 1.0, "Share of generated landfill methane a gas collection system recovers with full local capacity (assumption).");

    // Landfill methane: IPCC 2006 Guidelines vol. 5 ch. 3 first-order decay
    public static readonly ParameterDeclaration LandfillMcf = new("landfillMcf", "fraction", 0.6, 0.0, 1.0, "Methane correction factor of the final disposal site: 1.0 managed anaerobic, 0.5 semi-aerobic, 0.8 unmanaged deep, 0.4 unmanaged shallow, 0.6 uncategorised (IPCC 2006 vol. 5 Table 3.1).");
    public static readonly ParameterDeclaration DocOrganic = new("docOrganic", "fraction", 0.15, 0.0, 1.0, "Degradable organic carbon of food waste, wet weight (IPCC 2006 vol. 5 Table 2.4).");
    public static readonly ParameterDeclaration DocGarden = new("docGarden", "fraction", 0.20, 0.0, 1.0, "Degradable organic carbon of garden and park waste, wet weight (IPCC 2006 vol. 5 Table 2.4).");
    public static readonly ParameterDeclaration DocNappies = new("docNappies", "fraction", 0.24, 0.0, 1.0, "Degradable organic carbon of disposable nappies, wet weight (IPCC 2006 vol. 5 Table 2.4).");
    public static readonly ParameterDeclaration DocRubberLeather = new("docRubberLeather", "fraction", 0.39, 0.0, 1.0, "Degradable organic carbon of rubber and leather, wet weight (IPCC 2006 vol. 5 Table 2.4).");
    public static readonly ParameterDeclaration DocPaper = new("docPaper", "fraction", 0.40, 0.0, 1.0, "Degradable organic carbon of paper, wet weight (IPCC 2006 vol. 5 Table 2.4).");
    public static readonly ParameterDeclaration DocWood = new("docWood", "fraction", 0.43, 0.0, 1.0, "Degradable organic carbon of wood, wet weight (IPCC 2006 vol. 5 Table 2.4).");
    public static readonly ParameterDeclaration DocTextile = new("docTextile", "fraction", 0.24, 0.0, 1.0, "Degradable organic carbon of textiles, wet weight (IPCC 2006 vol. 5 Table 2.4).");
    public static readonly ParameterDeclaration Docf = new("docf", "fraction", 0.5, 0.0, 1.0, "Fraction of degradable organic carbon that decomposes (IPCC 2006 vol. 5 ch. 3 default).");
    public static readonly ParameterDeclaration MethaneFraction = new("methaneFraction", "fraction", 0.5, 0.0, 1.0, "F, fraction of methane in generated landfill gas (IPCC 2006 vol. 5 ch. 3 default).");
    public static readonly ParameterDeclaration KOrganic = new("kOrganic", "1/year", 0.40, 0.01, 1.0, "Decay rate of food waste: 0.40 tropical wet, 0.085 tropical dry, 0.185 temperate wet, 0.06 temperate dry (IPCC 2006 vol. 5 Table 3.3).");
    public static readonly ParameterDeclaration KPaper = new("kPaper", "1/year", 0.07, 0.01, 1.0, "Decay rate of paper: 0.07 tropical wet, 0.045 tropical dry, 0.06 temperate wet, 0.04 temperate dry (IPCC 2006 vol. 5 Table 3.3).");
    public static readonly ParameterDeclaration KWood = new("kWood", "1/year", 0.035, 0.01, 1.0, "Decay rate of wood: 0.035 tropical wet, 0.025 tropical dry, 0.03 temperate wet, 0.02 temperate dry (IPCC 2006 vol. 5 Table 3.3).");
    public static readonly ParameterDeclaration KTextile = new("kTextile", "1/year", 0.07, 0.01, 1.0, "Decay rate of textiles: as paper (IPCC 2006 vol. 5 Table 3.3).");
    public static readonly ParameterDeclaration KGarden = new("kGarden", "1/year", 0.17, 0.01, 1.0, "Decay rate of garden and park waste: 0.17 tropical wet, 0.065 tropical dry, 0.10 temperate wet, 0.05 temperate dry (IPCC 2006 vol. 5 Table 3.3).");
    public static readonly ParameterDeclaration KNappies = new("kNappies", "1/year", 0.07, 0.01, 1.0, "Decay rate of nappies: Table 3.3 has no row; taken as paper and textiles, slowly degrading (assumption).");
    public static readonly ParameterDeclaration KRubberLeather = new("kRubberLeather", "1/year", 0.035, 0.01, 1.0, "Decay rate of rubber and leather: Table 3.3 has no row; taken as wood, very slowly degrading (assumption).");
    public static readonly ParameterDeclaration BulkWaste = new("bulkWaste", "switch", 0, 0, 1, "1: one decay pool for all landfilled waste with docBulk and kBulk (IPCC 2006 vol. 5 ch. 3 bulk-waste option); 0: a pool per category.");
    public static readonly ParameterDeclaration DocBulk = new("docBulk", "fraction", 0.17, 0.0, 1.0, "DOC of bulk MSW, wet weight: Table 2.3 South-East Asia composition weighted by Table 2.4 DOC, 0.169 (IPCC 2006 vol. 5 eq. 2.4, DOC = Σ DOC_i·W_i).");
    public static readonly ParameterDeclaration KBulk = new("kBulk", "1/year", 0.17, 0.01, 1.0, "Decay rate of bulk waste: 0.17 tropical wet, 0.065 tropical dry, 0.09 temperate wet, 0.05 temperate dry (IPCC 2006 vol. 5 Table 3.3).");
    public static readonly ParameterDeclaration DelayMonths = new("delayMonths", "months", 6, 0, 6, "Months from deposit (mid-year on average) to the start of decay; IPCC default 6, so decay starts the next January (IPCC 2006 vol. 5 ch. 3, Annex 3A.1).");
    public static readonly ParameterDeclaration OxidationFactor = new("oxidationFactor", "fraction", 0.0, 0.0, 1.0, "OX, methane oxidised in the cover: 0 unmanaged, 0.1 managed and covered (IPCC 2006 vol. 5 Table 3.2).");
    public static readonly ParameterDeclaration MethaneGwp = new("methaneGwp", "t CO2e/t CH4", 28, 1, 100, "Global warming potential of methane over 100 years (IPCC AR5: 28).");
    public static readonly ParameterDeclaration PriorDisposalYears = new("priorDisposalYears", "years", 10, 0, 100, "Years the city disposed of waste at the start-year rate before the run, so that old waste is already decaying (assumption).");

    // Costs (USD)
    public static readonly ParameterDeclaration BasketCost = new("basketCost", "USD/basket", 10, 0, 1000, "Cost of a compost basket handed out, with starter compost and first training (assumption).");
    public static readonly ParameterDeclaration CadreCost = new("cadreCost", "USD/cadre/year", 30, 0, 10000, "Yearly cost of supporting one community cadre (assumption).");
    public static readonly ParameterDeclaration CentreCost = new("centreCost", "USD/centre", 150000, 0, 1e8, "Building one compost centre (assumption).");
    public static readonly ParameterDeclaration CentreOperatingCost = new("centreOperatingCost", "USD/centre/year", 40000, 0, 1e7, "Running one compost centre (assumption).");
    public static readonly ParameterDeclaration OrganicRouteCost = new("organicRouteCost", "USD/route", 40000, 0, 1e7, "Starting one separate collection route for organics: a truck, bins and outreach (assumption).");
    public static readonly ParameterDeclaration OrganicRouteOperatingCost = new("organicRouteOperatingCost", "USD/route/year", 20000, 0, 1e7, "Running one separate collection route for organics (assumption).");
    public static readonly ParameterDeclaration CompostCapacityCost = new("compostCapacityCost", "USD/(t/day)", 5000, 0, 1e7, "Expanding a compost plant by 1 t/day: the compost centre's cost per t/day of capacity (assumption).");
    public static readonly ParameterDeclaration WasteBankCost = new("wasteBankCost", "USD/bank", 1000, 0, 1e6, "Setting up one waste bank (assumption).");
    public static readonly ParameterDeclaration DepotCost = new("depotCost", "USD/depot", 2000000, 0, 1e9, "Building one intermediate treatment depot (assumption).");
    public static readonly ParameterDeclaration DepotOperatingCost = new("depotOperatingCost", "USD/depot/year", 300000, 0, 1e8, "Running one depot, pickers included (assumption).");
    public static readonly ParameterDeclaration IncineratorCost = new("incineratorCost", "USD/plant", 60000000, 0, 1e10, "Building one incinerator (assumption).");
    public static readonly ParameterDeclaration IncineratorOperatingCost = new("incineratorOperatingCost", "USD/t", 30, 0, 1000, "Running an incinerator per tonne burnt (assumption).");
    public static readonly ParameterDeclaration GasRecoveryCost = new("gasRecoveryCost", "USD/system", 2000000, 0, 1e9, "Fitting landfill gas collection to the disposal site (assumption).");
    public static readonly ParameterDeclaration GasRecoveryOperatingCost = new("gasRecoveryOperatingCost", "USD/system/year", 150000, 0, 1e8, "Running landfill gas collection (assumption).");
    public static readonly ParameterDeclaration LandfillCost = new("landfillCost", "USD/t", 10, 0, 1000, "Operating the final disposal site per tonne received, collection excluded (assumption).");

    // Listed after the declarations: static initialisers run in the order written, so a list above them would hold nulls.
    public static IReadOnlyList<ParameterDeclaration> All { get; } =
    [
        GenerationPerCapita, GenerationGrowth, OrganicShare, GardenShare, PaperShare, PlasticShare, GlassMetalShare,
        WoodShare, TextileShare, NappyShare, RubberLeatherShare, HouseholdShare, MarketShare, HospitalityShare,
        HouseholdSize, CollectionCoverage, AssumedAwareness, CompostingWillingness, SeparationWillingness, WordOfMouth,
        CadreConversion, HouseholdsPerCadre, BasketUse, HomeCompostCapture, InitialHomeComposting, InitialSeparation,
        RecyclerAccess, HouseholdsPerBank, BankFoundingHouseholds, InformalRecovery, OrganicRouteCapacity,
        MarketSeparation, HospitalitySeparation, CollectionLag, ExistingCompostCapacity, ExistingHouseholdRoutes,
        ExistingMarketRoutes, ExistingHospitalityRoutes, SupportWithoutCapacity, CentreCapacity, DepotCapacity,
        DepotRecovery, IncineratorCapacity, GasCollectionEfficiency, LandfillMcf, DocOrganic, DocGarden, DocNappies,
        DocRubberLeather, DocPaper, DocWood, DocTextile, Docf, MethaneFraction, KOrganic, KPaper, KWood, KTextile,
        KGarden, KNappies, KRubberLeather, BulkWaste, DocBulk, KBulk, DelayMonths, OxidationFactor, MethaneGwp,
        PriorDisposalYears, BasketCost, CadreCost, CentreCost, CentreOperatingCost, OrganicRouteCost,
        OrganicRouteOperatingCost, CompostCapacityCost, WasteBankCost, DepotCost, DepotOperatingCost, IncineratorCost,
        IncineratorOperatingCost, GasRecoveryCost, GasRecoveryOperatingCost, LandfillCost,
    ];
}
