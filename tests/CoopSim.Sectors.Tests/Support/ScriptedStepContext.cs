using CoopSim.Abstractions;

namespace CoopSim.Sectors.Tests.Support;

/// <summary>
/// A step context driven by the test instead of the engine: the test sets the year, population,
/// capacity, technologies and read signals, and reads back what the model wrote. Allocation-free,
/// so that a model's own allocations can be measured.
/// </summary>
internal sealed class ScriptedStepContext : StepContext
{
    private readonly double[] _adopted;
    private readonly double[] _inPlace;
    private readonly double[] _read;

    public ScriptedStepContext(SectorDescriptor sector)
    {
        _adopted = new double[sector.Technologies.Count];
        _inPlace = new double[sector.Technologies.Count];
        _read = new double[sector.Reads.Count];
        Array.Fill(_read, double.NaN);
        Metrics = new double[sector.Metrics.Count];
        Published = new double[sector.Publishes.Count];
    }

    public double[] Metrics { get; }

    public double[] Published { get; }

    public override int Year => 2000 + YearIndex;

    public override int YearIndex => CurrentYearIndex;

    public override double Population => CurrentPopulation;

    public override CooperationInputs Cooperation =>
        new(CurrentCapacity, 0, 0, 0, 0, 0) { InitialCapacity = CurrentInitialCapacity, EmbeddedCapacity = CurrentInitialCapacity };

    public int CurrentYearIndex { get; set; }

    public double CurrentPopulation { get; set; } = 1_000_000;

    public double CurrentCapacity { get; set; } = 0.5;

    /// <summary>The city's own capacity before cooperation; 0 unless a test sets it.</summary>
    public double CurrentInitialCapacity { get; set; }

    /// <summary>Adopts <paramref name="units"/> of every technology this year.</summary>
    public void AdoptEach(double units)
    {
        for (var k = 0; k < _adopted.Length; k++)
        {
            _adopted[k] = units;
            _inPlace[k] += units;
        }
    }

    /// <summary>Adopts <paramref name="units"/> of one technology this year, replacing what was adopted before.</summary>
    public void Adopt(int technology, double units)
    {
        _inPlace[technology] += units;
        _adopted[technology] = units;
    }

    public void SetSignal(int readIndex, double value) => _read[readIndex] = value;

    public override double TechnologyAdopted(TechnologyHandle technology) => _adopted[technology.Index];

    public override double TechnologyInPlace(TechnologyHandle technology) => _inPlace[technology.Index];

    public override bool HasSignal(ReadSignalHandle signal) => !double.IsNaN(_read[signal.Index]);

    public override double ReadSignal(ReadSignalHandle signal) => _read[signal.Index];

    public override void PublishSignal(PublishedSignalHandle signal, double value) => Published[signal.Index] = value;

    public override void WriteMetric(MetricHandle metric, double value) => Metrics[metric.Index] = value;
}
