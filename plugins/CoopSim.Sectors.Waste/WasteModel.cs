using CoopSim.Abstractions;

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
    private const double Co2PerCarbon = 44.0 / 12.0;

    private readonly WasteParameters _p;
    private readonly WasteFlows _flows;
    private readonly LandfillMethane _methane;
    private readonly Technologies _technologies;
    private readonly Metrics _metrics;
    private readonly ReadSignalHandle _awareness;
    private readonly PublishedSignalHandle _methaneSignal;
    private readonly PublishedSignalHandle _organicSignal;
    private double _composting;
    private double _separating;

    public WasteModel(ModelSetup setup)
    {
        _p = new WasteParameters(setup);
        _flows = new WasteFlows(_p);
        _methane = new LandfillMethane(_p.Methane);
        _technologies = new Technologies(setup);
        _metrics = new Metrics(setup);
        _awareness = setup.ReadSignal("awarenessIndex");
        _methaneSignal = setup.PublishedSignal("methaneEmissions");
        _organicSignal = setup.PublishedSignal("organicDiverted");
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
        var flows = _flows;
        flows.Compute(
            generated,
            _composting,
            _separating,
            centres * p.CentreCapacity * support,
            depots * p.DepotCapacity * support,
            incinerators * p.IncineratorCapacity * support);

        // The city's final disposal is one site: one gas system covers it.
        var recoveredShare = Math.Min(1.0, gasSystems) * p.GasCollectionEfficiency * support;
        _methane.Step(
            flows.LandfilledOrganic * DaysPerYear,
            flows.LandfilledPaper * DaysPerYear,
            flows.LandfilledWood * DaysPerYear,
            flows.LandfilledTextile * DaysPerYear,
            recoveredShare);
        var incinerationCo2 = DaysPerYear * Co2PerCarbon *
            ((flows.IncineratedPlastic * PlasticFossilCarbon) + (flows.IncineratedTextile * TextileFossilCarbon));

        var c = p.Costs;
        var technologyCost =
            (basketsAdopted * c.Basket) +
            (cadres * c.CadrePerYear) +
            (context.TechnologyAdopted(t.Centres) * c.Centre) + (centres * c.CentrePerYear) +
            (banksAdopted * c.WasteBank) +
            (context.TechnologyAdopted(t.Depots) * c.Depot) + (depots * c.DepotPerYear) +
            (context.TechnologyAdopted(t.Incinerators) * c.Incinerator) + (flows.Incinerated * DaysPerYear * c.IncinerationPerTonne) +
            (context.TechnologyAdopted(t.GasRecovery) * c.GasRecovery) + (gasSystems * c.GasRecoveryPerYear);

        var m = _metrics;
        context.WriteMetric(m.Generated, generated);
        context.WriteMetric(m.GenerationPerCapita, perCapita);
        context.WriteMetric(m.HomeComposted, flows.HomeComposted);
        context.WriteMetric(m.Recycled, flows.Recycled);
        context.WriteMetric(m.CentreComposted, flows.CentreComposted);
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
        context.PublishSignal(_methaneSignal, _methane.Co2Equivalent);
        context.PublishSignal(_organicSignal, flows.OrganicDiverted);
    }

    private sealed class Technologies(ModelSetup setup)
    {
        public TechnologyHandle Baskets { get; } = setup.Technology("compostBaskets");

        public TechnologyHandle Cadres { get; } = setup.Technology("cadres");

        public TechnologyHandle Centres { get; } = setup.Technology("compostCentres");

        public TechnologyHandle WasteBanks { get; } = setup.Technology("wasteBanks");

        public TechnologyHandle Depots { get; } = setup.Technology("treatmentDepots");

        public TechnologyHandle Incinerators { get; } = setup.Technology("incinerators");

        public TechnologyHandle GasRecovery { get; } = setup.Technology("landfillGasRecovery");
    }

    private sealed class Metrics(ModelSetup setup)
    {
        public MetricHandle Generated { get; } = setup.Metric("generated");

        public MetricHandle GenerationPerCapita { get; } = setup.Metric("generationPerCapita");

        public MetricHandle HomeComposted { get; } = setup.Metric("homeComposted");

        public MetricHandle Recycled { get; } = setup.Metric("recycled");

        public MetricHandle CentreComposted { get; } = setup.Metric("centreComposted");

        public MetricHandle OpenDumping { get; } = setup.Metric("openDumping");

        public MetricHandle IntermediateTreatment { get; } = setup.Metric("intermediateTreatment");

        public MetricHandle Incinerated { get; } = setup.Metric("incinerated");

        public MetricHandle FinalDisposal { get; } = setup.Metric("finalDisposal");

        public MetricHandle Diversion { get; } = setup.Metric("diversion");

        public MetricHandle OrganicDiverted { get; } = setup.Metric("organicDiverted");

        public MetricHandle HouseholdsComposting { get; } = setup.Metric("householdsComposting");

        public MetricHandle HouseholdsSeparating { get; } = setup.Metric("householdsSeparating");

        public MetricHandle CadreReach { get; } = setup.Metric("cadreReach");

        public MetricHandle BasketsHandedOut { get; } = setup.Metric("basketsHandedOut");

        public MetricHandle CompostCentres { get; } = setup.Metric("compostCentres");

        public MetricHandle WasteBanks { get; } = setup.Metric("wasteBanks");

        public MetricHandle DdocmDeposited { get; } = setup.Metric("ddocmDeposited");

        public MetricHandle DdocmAccumulated { get; } = setup.Metric("ddocmAccumulated");

        public MetricHandle MethaneGenerated { get; } = setup.Metric("methaneGenerated");

        public MetricHandle MethaneRecovered { get; } = setup.Metric("methaneRecovered");

        public MetricHandle Methane { get; } = setup.Metric("methane");

        public MetricHandle MethaneEmissions { get; } = setup.Metric("methaneEmissions");

        public MetricHandle IncinerationCo2 { get; } = setup.Metric("incinerationCo2");

        public MetricHandle TechnologyCost { get; } = setup.Metric("technologyCost");

        public MetricHandle DisposalCost { get; } = setup.Metric("disposalCost");
    }
}
