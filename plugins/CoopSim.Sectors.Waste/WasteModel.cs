using CoopSim.Abstractions;

namespace CoopSim.Sectors.Waste;

/// <summary>
/// Generated = population × kg/person/day; baskets and centres take organic waste up to the organic
/// share; the rest goes to final disposal, so generated = home + centre + final disposal every year.
/// </summary>
internal sealed class WasteModel : ISectorModel
{
    private readonly double _generationPerCapita;
    private readonly double _organicShare;
    private readonly double _basketWaste;
    private readonly double _centreCapacity;
    private readonly double _basketUse;
    private readonly MetricHandle _generated;
    private readonly MetricHandle _homeComposted;
    private readonly MetricHandle _centreComposted;
    private readonly MetricHandle _finalDisposal;
    private readonly MetricHandle _diversion;
    private readonly ReadSignalHandle _awareness;
    private readonly PublishedSignalHandle _organicDiverted;
    private readonly TechnologyHandle _baskets;
    private readonly TechnologyHandle _centres;

    public WasteModel(ModelSetup setup)
    {
        _generationPerCapita = setup.Parameter("generationPerCapita");
        _organicShare = setup.Parameter("organicShare");
        _basketWaste = setup.Parameter("basketWaste");
        _centreCapacity = setup.Parameter("centreCapacity");
        _basketUse = setup.Parameter("basketUse");
        _generated = setup.Metric("generated");
        _homeComposted = setup.Metric("homeComposted");
        _centreComposted = setup.Metric("centreComposted");
        _finalDisposal = setup.Metric("finalDisposal");
        _diversion = setup.Metric("diversion");
        _awareness = setup.ReadSignal("awarenessIndex");
        _organicDiverted = setup.PublishedSignal("organicDiverted");
        _baskets = setup.Technology("compostBaskets");
        _centres = setup.Technology("compostCentres");
    }

    public void Step(StepContext context)
    {
        var generated = context.Population * _generationPerCapita / 1000.0;
        var organic = generated * _organicShare;

        // Baskets stay in use with local support (capacity) and with residents who see why (awareness).
        var awareness = context.HasSignal(_awareness) ? context.ReadSignal(_awareness) : 0.0;
        var use = _basketUse * Math.Clamp(0.5 * (context.Cooperation.Capacity + awareness) + 0.25, 0.0, 1.0);
        var home = Math.Min(organic, context.TechnologyInPlace(_baskets) * use * _basketWaste / 1000.0);
        var centre = Math.Min(organic - home, context.TechnologyInPlace(_centres) * _centreCapacity);
        var disposal = generated - home - centre;

        context.WriteMetric(_generated, generated);
        context.WriteMetric(_homeComposted, home);
        context.WriteMetric(_centreComposted, centre);
        context.WriteMetric(_finalDisposal, disposal);
        context.WriteMetric(_diversion, generated > 0 ? (home + centre) / generated : 0.0);
        context.PublishSignal(_organicDiverted, home + centre);
    }
}
