using CoopSim.Abstractions;
using D = CoopSim.Sectors.Waste.WasteParameterDeclarations;

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
        GenerationPerCapita = setup.Parameter(D.GenerationPerCapita);
        GenerationGrowth = setup.Parameter(D.GenerationGrowth);
        HouseholdShare = setup.Parameter(D.HouseholdShare);
        HouseholdSize = setup.Parameter(D.HouseholdSize);
        CollectionCoverage = setup.Parameter(D.CollectionCoverage);
        Composition = new WasteComposition(
            setup.Parameter(D.OrganicShare),
            setup.Parameter(D.GardenShare),
            setup.Parameter(D.PaperShare),
            setup.Parameter(D.PlasticShare),
            setup.Parameter(D.GlassMetalShare),
            setup.Parameter(D.WoodShare),
            setup.Parameter(D.TextileShare),
            setup.Parameter(D.NappyShare),
            setup.Parameter(D.RubberLeatherShare));
        MarketShare = setup.Parameter(D.MarketShare);
        HospitalityShare = setup.Parameter(D.HospitalityShare);

        AssumedAwareness = setup.Parameter(D.AssumedAwareness);
        CompostingWillingness = setup.Parameter(D.CompostingWillingness);
        SeparationWillingness = setup.Parameter(D.SeparationWillingness);
        WordOfMouth = setup.Parameter(D.WordOfMouth);
        CadreConversion = setup.Parameter(D.CadreConversion);
        HouseholdsPerCadre = setup.Parameter(D.HouseholdsPerCadre);
        BasketUse = setup.Parameter(D.BasketUse);
        HomeCompostCapture = setup.Parameter(D.HomeCompostCapture);
        InitialHomeComposting = setup.Parameter(D.InitialHomeComposting);
        InitialSeparation = setup.Parameter(D.InitialSeparation);
        RecyclerAccess = setup.Parameter(D.RecyclerAccess);
        HouseholdsPerBank = setup.Parameter(D.HouseholdsPerBank);
        BankFoundingHouseholds = setup.Parameter(D.BankFoundingHouseholds);
        InformalRecovery = setup.Parameter(D.InformalRecovery);

        OrganicRouteCapacity = setup.Parameter(D.OrganicRouteCapacity);
        MarketSeparation = setup.Parameter(D.MarketSeparation);
        HospitalitySeparation = setup.Parameter(D.HospitalitySeparation);
        CollectionLag = setup.Parameter(D.CollectionLag);
        ExistingCompostCapacity = setup.Parameter(D.ExistingCompostCapacity);
        ExistingHouseholdRoutes = setup.Parameter(D.ExistingHouseholdRoutes);
        ExistingMarketRoutes = setup.Parameter(D.ExistingMarketRoutes);
        ExistingHospitalityRoutes = setup.Parameter(D.ExistingHospitalityRoutes);

        SupportWithoutCapacity = setup.Parameter(D.SupportWithoutCapacity);
        CentreCapacity = setup.Parameter(D.CentreCapacity);
        DepotCapacity = setup.Parameter(D.DepotCapacity);
        DepotRecovery = setup.Parameter(D.DepotRecovery);
        IncineratorCapacity = setup.Parameter(D.IncineratorCapacity);
        GasCollectionEfficiency = setup.Parameter(D.GasCollectionEfficiency);

        Methane = new MethaneParameters(
            Categories:
            [
                new(setup.Parameter(D.DocOrganic), setup.Parameter(D.KOrganic)),
                new(setup.Parameter(D.DocGarden), setup.Parameter(D.KGarden)),
                new(setup.Parameter(D.DocPaper), setup.Parameter(D.KPaper)),
                new(setup.Parameter(D.DocWood), setup.Parameter(D.KWood)),
                new(setup.Parameter(D.DocTextile), setup.Parameter(D.KTextile)),
                new(setup.Parameter(D.DocNappies), setup.Parameter(D.KNappies)),
                new(setup.Parameter(D.DocRubberLeather), setup.Parameter(D.KRubberLeather)),
            ],
            Bulk: setup.Parameter(D.BulkWaste) >= 0.5,
            BulkWaste: new(setup.Parameter(D.DocBulk), setup.Parameter(D.KBulk)),
            Mcf: setup.Parameter(D.LandfillMcf),
            Docf: setup.Parameter(D.Docf),
            MethaneFraction: setup.Parameter(D.MethaneFraction),
            OxidationFactor: setup.Parameter(D.OxidationFactor),
            DelayMonths: setup.Parameter(D.DelayMonths),
            Gwp: setup.Parameter(D.MethaneGwp),
            PriorYears: setup.Parameter(D.PriorDisposalYears));

        Costs = new WasteCosts(
            Basket: setup.Parameter(D.BasketCost),
            CadrePerYear: setup.Parameter(D.CadreCost),
            Centre: setup.Parameter(D.CentreCost),
            CentrePerYear: setup.Parameter(D.CentreOperatingCost),
            Route: setup.Parameter(D.OrganicRouteCost),
            RoutePerYear: setup.Parameter(D.OrganicRouteOperatingCost),
            CompostCapacity: setup.Parameter(D.CompostCapacityCost),
            WasteBank: setup.Parameter(D.WasteBankCost),
            Depot: setup.Parameter(D.DepotCost),
            DepotPerYear: setup.Parameter(D.DepotOperatingCost),
            Incinerator: setup.Parameter(D.IncineratorCost),
            IncinerationPerTonne: setup.Parameter(D.IncineratorOperatingCost),
            GasRecovery: setup.Parameter(D.GasRecoveryCost),
            GasRecoveryPerYear: setup.Parameter(D.GasRecoveryOperatingCost),
            LandfillPerTonne: setup.Parameter(D.LandfillCost));
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
