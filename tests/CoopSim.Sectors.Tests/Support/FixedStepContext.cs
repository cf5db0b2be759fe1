using CoopSim.Abstractions;

namespace CoopSim.Sectors.Tests.Support;

/// <summary>
/// A step context outside the engine: fixed population and cooperation, a fixed amount of every
/// technology, every read signal present, and buffers for what the model writes.
/// </summary>
internal sealed class FixedStepContext(SectorDescriptor descriptor, double capacity, double technologyUnits, double signalValue) : StepContext
{
    private readonly double[] _metrics = new double[descriptor.Metrics.Count];
    private readonly double[] _published = new double[descriptor.Publishes.Count];
    private int _year;

    public override int Year => 2000 + _year;

    public override int YearIndex => _year;

    public override double Population => 1_000_000;

    public override CooperationInputs Cooperation => new(capacity, 12, 5, 0, 100_000, 1);

    public IReadOnlyList<double> Metrics => _metrics;

    public void NextYear() => _year++;

    public override double TechnologyAdopted(TechnologyHandle technology) => technologyUnits;

    public override double TechnologyInPlace(TechnologyHandle technology) => technologyUnits * (_year + 1);

    public override bool HasSignal(ReadSignalHandle signal) => true;

    public override double ReadSignal(ReadSignalHandle signal) => signalValue;

    public override void PublishSignal(PublishedSignalHandle signal, double value) => _published[signal.Index] = value;

    public override void WriteMetric(MetricHandle metric, double value) => _metrics[metric.Index] = value;
}
