using CoopSim.Abstractions;
using M = CoopSim.Sectors.Waste.WasteMetricDeclarations;

namespace CoopSim.Sectors.Waste;

/// <summary>
/// One city's waste, year by year (docs/models/waste.md): households take up composting and
/// separation (Bass diffusion, potential set by awareness and cadres), facilities work in proportion
/// to local capacity, the pathways split generated waste, and landfilled waste feeds the methane pools.
/// </summary>
internal sealed class WasteModel : ISectorModel
{
    private const double DaysPerYear = 365.0;

    // IPCC 2006 vol. 5 Table 2.4 and ch. 5: dry matter × carbon content × fossil share, oxidised fully.
    private const double PlasticFossilCarbon = 1.0 * 0.75 * 1.0;
    private const double TextileFossilCarbon = 0.8 * 0.5 * 0.2;
    private const double NappyFossilCarbon = 0.4 * 0.7 * 0.1;
    private const double RubberLeatherFossilCarbon = 0.84 * 0.67 * 0.2;
    private const double Co2PerCarbon = 44.0 / 12.0;

    private readonly WasteParameters _p;
    private readonly WasteFlows _flows;
    private readonly SeparateCollection _collection;
    private readonly LandfillMethane _methane;
    private readonly WasteTechnologies _technologies;
    private readonly WasteMetrics _metrics;
    private readonly WasteMoney _money = new();
    private readonly ReadSignalHandle _awareness;
    private readonly PublishedSignalHandle _methaneSignal;
    private readonly PublishedSignalHandle _organicSignal;
    private double _composting;
    private double _separating;

    public WasteModel(ModelSetup setup)
    {
        _p = new WasteParameters(setup);
        _flows = new WasteFlows(_p);
        _collection = new SeparateCollection(_p);
        _methane = new LandfillMethane(_p.Methane);
        _technologies = new WasteTechnologies(setup);
        _metrics = new WasteMetrics(setup);
        _awareness = setup.ReadSignal(M.AwarenessIndexSignal);
        _methaneSignal = setup.PublishedSignal(M.MethaneEmissionsSignal);
        _organicSignal = setup.PublishedSignal(M.OrganicDivertedSignal);
        _composting = _p.InitialHomeComposting;
        _separating = _p.InitialSeparation;
    }

    public void Step(StepContext context)
    {
        var p = _p;
        var t = _technologies;
        var population = Math.Max(0.0, context.Population);
        var households = population / p.HouseholdSize;
        var perCapita = p.GenerationPerCapita * Math.Pow(1.0 + p.GenerationGrowth, context.YearIndex);
        var generated = population * perCapita / 1000.0;

        // Local capacity decides how well programmes and facilities work (docs/models/cooperation.md).
        var support = p.SupportWithoutCapacity + ((1.0 - p.SupportWithoutCapacity) * context.Cooperation.Capacity);
        var awareness = context.HasSignal(_awareness) ? Math.Clamp(context.ReadSignal(_awareness), 0.0, 1.0) : p.AssumedAwareness;

        // Households reached by a cadre become candidates even if not yet aware, and cadres push uptake.
        var cadres = context.TechnologyInPlace(t.Cadres);
        var cadreReach = households > 0 ? Math.Min(1.0, cadres * p.HouseholdsPerCadre / households) : 0.0;
        var candidates = 1.0 - ((1.0 - awareness) * (1.0 - cadreReach));
        var innovation = p.CadreConversion * cadreReach * support;

        var basketsAdopted = context.TechnologyAdopted(t.Baskets);
        var seededComposting = households > 0 ? basketsAdopted * p.BasketUse * support / households : 0.0;
        _composting = HouseholdPractice.Next(_composting, seededComposting, innovation, p.WordOfMouth, p.CompostingWillingness * candidates);

        var banks = context.TechnologyInPlace(t.WasteBanks);
        var banksAdopted = context.TechnologyAdopted(t.WasteBanks);
        var bankReach = households > 0 ? Math.Min(1.0, banks * p.HouseholdsPerBank / households) : 0.0;
        var access = p.RecyclerAccess + ((1.0 - p.RecyclerAccess) * bankReach);
        var seededSeparation = households > 0 ? banksAdopted * p.BankFoundingHouseholds / households : 0.0;
        _separating = HouseholdPractice.Next(_separating, seededSeparation, innovation, p.WordOfMouth, p.SeparationWillingness * candidates * access);

        var centres = context.TechnologyInPlace(t.Centres);
        var depots = context.TechnologyInPlace(t.Depots);
        var incinerators = context.TechnologyInPlace(t.Incinerators);
        var gasSystems = context.TechnologyInPlace(t.GasRecovery);
        var householdRoutes = p.ExistingHouseholdRoutes + context.TechnologyInPlace(t.HouseholdRoutes);
        var marketRoutes = p.ExistingMarketRoutes + context.TechnologyInPlace(t.MarketRoutes);
        var hospitalityRoutes = p.ExistingHospitalityRoutes + context.TechnologyInPlace(t.HospitalityRoutes);
        var plantCapacity = p.ExistingCompostCapacity + (centres * p.CentreCapacity) + context.TechnologyInPlace(t.CompostCapacity);
        _collection.Advance(householdRoutes, marketRoutes, hospitalityRoutes, support);
        var flows = _flows;
        flows.Compute(
            generated,
            _composting,
            _separating,
            _collection,
            plantCapacity * support,
            depots * p.DepotCapacity * support,
            incinerators * p.IncineratorCapacity * support);

        // The city's final disposal is one site: one gas system covers it.
        var recoveredShare = Math.Min(1.0, gasSystems) * p.GasCollectionEfficiency * support;
        _methane.Step(flows.Landfilled, flows.FinalDisposal, DaysPerYear, recoveredShare);
        var incinerationCo2 = DaysPerYear * Co2PerCarbon *
            ((flows.IncineratedPlastic * PlasticFossilCarbon) + (flows.IncineratedTextile * TextileFossilCarbon) +
             (flows.IncineratedNappies * NappyFossilCarbon) + (flows.IncineratedRubberLeather * RubberLeatherFossilCarbon));
        // Routes and plants that existed before the run are the city's baseline: not costed here.
        var programmeRoutes = context.TechnologyInPlace(t.HouseholdRoutes) + context.TechnologyInPlace(t.MarketRoutes) + context.TechnologyInPlace(t.HospitalityRoutes);
        var routesAdopted = context.TechnologyAdopted(t.HouseholdRoutes) + context.TechnologyAdopted(t.MarketRoutes) + context.TechnologyAdopted(t.HospitalityRoutes);

        var c = p.Costs;
        var technologyCost =
            (basketsAdopted * c.Basket) +
            (cadres * c.CadrePerYear) +
            (context.TechnologyAdopted(t.Centres) * c.Centre) + (centres * c.CentrePerYear) +
            (routesAdopted * c.Route) + (programmeRoutes * c.RoutePerYear) +
            (context.TechnologyAdopted(t.CompostCapacity) * c.CompostCapacity) +
            (banksAdopted * c.WasteBank) +
            (context.TechnologyAdopted(t.Depots) * c.Depot) + (depots * c.DepotPerYear) +
            (context.TechnologyAdopted(t.Incinerators) * c.Incinerator) + (flows.Incinerated * DaysPerYear * c.IncinerationPerTonne) +
            (context.TechnologyAdopted(t.GasRecovery) * c.GasRecovery) + (gasSystems * c.GasRecoveryPerYear);

        _money.Add(context.YearIndex, generated, flows.FinalDisposal + flows.OpenDumping, technologyCost);
        var m = _metrics;
        context.WriteMetric(m.Generated, generated);
        context.WriteMetric(m.GenerationPerCapita, perCapita);
        context.WriteMetric(m.HomeComposted, flows.HomeComposted);
        context.WriteMetric(m.Recycled, flows.Recycled);
        context.WriteMetric(m.CentreComposted, flows.CentreComposted);
        m.WriteCollection(context, flows, _collection, plantCapacity * support);
        context.WriteMetric(m.OpenDumping, flows.OpenDumping);
        context.WriteMetric(m.IntermediateTreatment, flows.IntermediateTreatment);
        context.WriteMetric(m.Incinerated, flows.Incinerated);
        context.WriteMetric(m.FinalDisposal, flows.FinalDisposal);
        context.WriteMetric(m.Diversion, flows.Diversion);
        context.WriteMetric(m.OrganicDiverted, flows.OrganicDiverted);
        context.WriteMetric(m.HouseholdsComposting, _composting);
        context.WriteMetric(m.HouseholdsSeparating, _separating);
        context.WriteMetric(m.CadreReach, cadreReach);
        context.WriteMetric(m.BasketsHandedOut, context.TechnologyInPlace(t.Baskets));
        context.WriteMetric(m.CompostCentres, centres);
        context.WriteMetric(m.WasteBanks, banks);
        context.WriteMetric(m.DdocmDeposited, _methane.Deposited);
        context.WriteMetric(m.DdocmAccumulated, _methane.Accumulated);
        context.WriteMetric(m.MethaneGenerated, _methane.Generated);
        context.WriteMetric(m.MethaneRecovered, _methane.Recovered);
        context.WriteMetric(m.Methane, _methane.Emitted);
        context.WriteMetric(m.MethaneEmissions, _methane.Co2Equivalent);
        context.WriteMetric(m.IncinerationCo2, incinerationCo2);
        context.WriteMetric(m.TechnologyCost, technologyCost);
        context.WriteMetric(m.DisposalCost, flows.FinalDisposal * DaysPerYear * c.LandfillPerTonne);
        context.WriteMetric(m.DivertedFromDisposal, _money.Diverted);
        context.WriteMetric(m.CostPerTonneDiverted, _money.CostPerDiverted);
        context.PublishSignal(_methaneSignal, _methane.Co2Equivalent);
        context.PublishSignal(_organicSignal, flows.OrganicDiverted);
    }
}
