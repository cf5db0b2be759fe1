using CoopSim.Abstractions;

namespace CoopSim.Sectors.Waste;

/// <summary>
/// The waste sector's parameters: their declarations (unit, default, range, source) and, per model,
/// the values a scenario chose. docs/models/waste.md explains each one.
/// </summary>
internal sealed class WasteParameters
{
    public static IReadOnlyList<ParameterDeclaration> Declarations => WasteParameterDeclarations.All;

    public WasteParameters(ModelSetup setup)
    {
        GenerationPerCapita = setup.Parameter("generationPerCapita");
        GenerationGrowth = setup.Parameter("generationGrowth");
        HouseholdShare = setup.Parameter("householdShare");
        HouseholdSize = setup.Parameter("householdSize");
        CollectionCoverage = setup.Parameter("collectionCoverage");
        Composition = new WasteComposition(
            setup.Parameter("organicShare"),
            setup.Parameter("gardenShare"),
            setup.Parameter("paperShare"),
            setup.Parameter("plasticShare"),
            setup.Parameter("glassMetalShare"),
            setup.Parameter("woodShare"),
            setup.Parameter("textileShare"),
            setup.Parameter("nappyShare"),
            setup.Parameter("rubberLeatherShare"));
        MarketShare = setup.Parameter("marketShare");
        HospitalityShare = setup.Parameter("hospitalityShare");

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

        OrganicRouteCapacity = setup.Parameter("organicRouteCapacity");
        MarketSeparation = setup.Parameter("marketSeparation");
        HospitalitySeparation = setup.Parameter("hospitalitySeparation");
        CollectionLag = setup.Parameter("collectionLag");
        ExistingCompostCapacity = setup.Parameter("existingCompostCapacity");
        ExistingHouseholdRoutes = setup.Parameter("existingHouseholdRoutes");
        ExistingMarketRoutes = setup.Parameter("existingMarketRoutes");
        ExistingHospitalityRoutes = setup.Parameter("existingHospitalityRoutes");

        SupportWithoutCapacity = setup.Parameter("supportWithoutCapacity");
        CentreCapacity = setup.Parameter("centreCapacity");
        DepotCapacity = setup.Parameter("depotCapacity");
        DepotRecovery = setup.Parameter("depotRecovery");
        IncineratorCapacity = setup.Parameter("incineratorCapacity");
        GasCollectionEfficiency = setup.Parameter("gasCollectionEfficiency");

        Methane = new MethaneParameters(
            Categories:
            [
                new(setup.Parameter("docOrganic"), setup.Parameter("kOrganic")),
                new(setup.Parameter("docGarden"), setup.Parameter("kGarden")),
                new(setup.Parameter("docPaper"), setup.Parameter("kPaper")),
                new(setup.Parameter("docWood"), setup.Parameter("kWood")),
                new(setup.Parameter("docTextile"), setup.Parameter("kTextile")),
                new(setup.Parameter("docNappies"), setup.Parameter("kNappies")),
                new(setup.Parameter("docRubberLeather"), setup.Parameter("kRubberLeather")),
            ],
            Bulk: setup.Parameter("bulkWaste") >= 0.5,
            BulkWaste: new(setup.Parameter("docBulk"), setup.Parameter("kBulk")),
            Mcf: setup.Parameter("landfillMcf"),
            Docf: setup.Parameter("docf"),
            MethaneFraction: setup.Parameter("methaneFraction"),
            OxidationFactor: setup.Parameter("oxidationFactor"),
            DelayMonths: setup.Parameter("delayMonths"),
            Gwp: setup.Parameter("methaneGwp"),
            PriorYears: setup.Parameter("priorDisposalYears"));

        Costs = new WasteCosts(
            Basket: setup.Parameter("basketCost"),
            CadrePerYear: setup.Parameter("cadreCost"),
            Centre: setup.Parameter("centreCost"),
            CentrePerYear: setup.Parameter("centreOperatingCost"),
            Route: setup.Parameter("organicRouteCost"),
            RoutePerYear: setup.Parameter("organicRouteOperatingCost"),
            CompostCapacity: setup.Parameter("compostCapacityCost"),
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

    public double MarketShare { get; }

    public double HospitalityShare { get; }

    public double OrganicRouteCapacity { get; }

    public double MarketSeparation { get; }

    public double HospitalitySeparation { get; }

    public double CollectionLag { get; }

    public double ExistingCompostCapacity { get; }

    public double ExistingHouseholdRoutes { get; }

    public double ExistingMarketRoutes { get; }

    public double ExistingHospitalityRoutes { get; }

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

/// <summary>Unit costs of the waste technologies and of final disposal (USD).</summary>
internal sealed record WasteCosts(
    double Basket,
    double CadrePerYear,
    double Centre,
    double CentrePerYear,
    double Route,
    double RoutePerYear,
    double CompostCapacity,
    double WasteBank,
    double Depot,
    double DepotPerYear,
    double Incinerator,
    double IncinerationPerTonne,
    double GasRecovery,
    double GasRecoveryPerYear,
    double LandfillPerTonne);
