using CoopSim.Abstractions;

namespace SectorTemplate;

/// <summary>
/// s(t) = s(t−1) + r · C(t) · A(t−1) · (1 − s(t−1)) for t &gt; 0, s(0) = initialShare;
/// served(t) = min(1, s(t) + units in place · peoplePerUnit / population(t)).
/// C is the city's capacity in the sector, A last year's awareness (or assumedAwareness).
/// </summary>
/// <remarks>
/// Everything the model needs is resolved here, once: parameters, handles. Step only computes and
/// writes, so it allocates nothing and its results depend on nothing but the setup and the contexts.
/// </remarks>
internal sealed class TemplateTypeModel : ISectorModel
{
    private readonly double _uptakeRate;
    private readonly double _peoplePerUnit;
    private readonly double _assumedAwareness;
    private readonly MetricHandle _servedShare;
    private readonly MetricHandle _peopleServed;
    private readonly PublishedSignalHandle _servedSignal;
    private readonly ReadSignalHandle _awareness;
    private readonly TechnologyHandle _units;
    private double _share;

    public TemplateTypeModel(ModelSetup setup)
    {
        _share = setup.Parameter(TemplateTypeSector.InitialShare);
        _uptakeRate = setup.Parameter(TemplateTypeSector.UptakeRate);
        _peoplePerUnit = setup.Parameter(TemplateTypeSector.PeoplePerUnit);
        _assumedAwareness = setup.Parameter(TemplateTypeSector.AssumedAwareness);
        _servedShare = setup.Metric(TemplateTypeSector.ServedShare);
        _peopleServed = setup.Metric(TemplateTypeSector.PeopleServed);
        _servedSignal = setup.PublishedSignal(TemplateTypeSector.TemplateServedShareSignal);
        _awareness = setup.ReadSignal(TemplateTypeSector.AwarenessIndexSignal);
        _units = setup.Technology(TemplateTypeSector.Units);
    }

    public void Step(StepContext context)
    {
        if (context.YearIndex > 0)
        {
            // Capacity, not activity, moves outcomes: expert time and training act through Cooperation.Capacity.
            var awareness = context.HasSignal(_awareness) ? context.ReadSignal(_awareness) : _assumedAwareness;
            _share += _uptakeRate * context.Cooperation.Capacity * awareness * (1.0 - _share);
        }

        var population = context.Population;
        var served = Math.Min(1.0, _share + (context.TechnologyInPlace(_units) * _peoplePerUnit / population));
        context.WriteMetric(_servedShare, served);
        context.WriteMetric(_peopleServed, served * population);
        context.PublishSignal(_servedSignal, served);
    }
}
