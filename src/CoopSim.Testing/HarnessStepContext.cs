using CoopSim.Abstractions;
using CoopSim.ContractRules;

namespace CoopSim.Testing;

/// <summary>
/// The kit's step context: gives a model one case's inputs year by year and holds it to the
/// contract with the host's own rules (<see cref="StepRules"/>: finite values, declared ranges, every
/// metric and published signal every year, declared handles only). It allocates nothing per step, so the kit can
/// measure the model's own allocations.
/// </summary>
internal sealed class HarnessStepContext : StepContext
{
    private readonly StepRules _rules;
    private readonly ConformanceCase _case;
    private readonly double[][] _metrics;
    private readonly double[][] _published;
    private readonly double[][] _technologyInPlace;
    private readonly double[]?[] _readValues;
    private readonly int[] _readOwnPublished;
    private readonly bool[] _readLagged;
    private int _yearIndex;
    private double _population;

    public HarnessStepContext(SectorDescriptor sector, ConformanceCase @case, double[][] metrics, double[][] published)
    {
        _rules = new StepRules(sector);
        _case = @case;
        _metrics = metrics;
        _published = published;
        _technologyInPlace = new double[sector.Technologies.Count][];
        for (var k = 0; k < _technologyInPlace.Length; k++)
        {
            var adopted = k < @case.TechnologyAdopted.Count ? @case.TechnologyAdopted[k] : new double[@case.Years];
            var inPlace = new double[@case.Years];
            for (var t = 0; t < inPlace.Length; t++)
            {
                inPlace[t] = (t == 0 ? 0 : inPlace[t - 1]) + adopted[t];
            }

            _technologyInPlace[k] = inPlace;
        }

        var reads = sector.Reads;
        _readValues = new double[reads.Count][];
        _readOwnPublished = new int[reads.Count];
        _readLagged = new bool[reads.Count];
        for (var r = 0; r < reads.Count; r++)
        {
            _readLagged[r] = reads[r].Lagged;
            _readOwnPublished[r] = IndexOfPublished(sector, reads[r].Id);
            _readValues[r] = @case.Signals.TryGetValue(reads[r].Id, out var values) ? values.ToArray() : null;
        }
    }

    public override int Year => _case.StartYear + _yearIndex;

    public override int YearIndex => _yearIndex;

    public override double Population => _population;

    public override CooperationInputs Cooperation => _case.Cooperation[_yearIndex];

    public void Begin(int yearIndex)
    {
        _yearIndex = yearIndex;
        _population = _case.City.Population * Math.Pow(1.0 + _case.City.PopulationGrowth, yearIndex);
        _rules.BeginYear();
    }

    public override double TechnologyAdopted(TechnologyHandle technology) =>
        _rules.Declares(technology) ? _case.TechnologyAdopted[technology.Index][_yearIndex] : throw Violation(StepRules.Refusal(technology));

    public override double TechnologyInPlace(TechnologyHandle technology) =>
        _rules.Declares(technology) ? _technologyInPlace[technology.Index][_yearIndex] : throw Violation(StepRules.Refusal(technology));

    public override bool HasSignal(ReadSignalHandle signal) => !double.IsNaN(ReadSignal(signal));

    public override double ReadSignal(ReadSignalHandle signal)
    {
        if (!_rules.Declares(signal))
        {
            throw Violation(StepRules.Refusal(signal));
        }

        var r = signal.Index;
        if (_readOwnPublished[r] >= 0)
        {
            // Its own signal, read lagged (the load-time rules refuse a same-year read of it): last year's own value.
            return _yearIndex == 0 ? double.NaN : _published[_readOwnPublished[r]][_yearIndex - 1];
        }

        if (_readLagged[r] && _yearIndex == 0)
        {
            return double.NaN;
        }

        return _readValues[r] is { } values ? values[_yearIndex] : double.NaN;
    }

    public override void PublishSignal(PublishedSignalHandle signal, double value)
    {
        if (!_rules.Accepts(signal, value))
        {
            throw Violation(_rules.Refusal(signal, value));
        }

        _published[signal.Index][_yearIndex] = value;
    }

    public override void WriteMetric(MetricHandle metric, double value)
    {
        if (!_rules.Accepts(metric, value))
        {
            throw Violation(_rules.Refusal(metric, value));
        }

        _metrics[metric.Index][_yearIndex] = value;
    }

    /// <summary>Throws when the step left a declared metric or published signal unwritten.</summary>
    public void CheckComplete()
    {
        if (_rules.Unwritten() is { } missing)
        {
            throw Violation(missing);
        }
    }

    public SectorContractException Violation(string message) => new($"in {Year} (year index {_yearIndex}): {message}");

    public SectorContractException Violation(string message, Exception inner) => new($"in {Year} (year index {_yearIndex}): {message}", inner);

    private static int IndexOfPublished(SectorDescriptor sector, string id)
    {
        for (var i = 0; i < sector.Publishes.Count; i++)
        {
            if (sector.Publishes[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}
