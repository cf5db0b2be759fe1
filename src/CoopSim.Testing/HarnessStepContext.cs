using CoopSim.Abstractions;

namespace CoopSim.Testing;

/// <summary>
/// The kit's step context: gives a model one case's inputs year by year and holds it to the
/// contract exactly as the host does (finite values, declared ranges, every metric and published
/// signal every year, declared handles only). It allocates nothing per step, so the kit can
/// measure the model's own allocations.
/// </summary>
internal sealed class HarnessStepContext : StepContext
{
    private readonly SectorDescriptor _sector;
    private readonly ConformanceCase _case;
    private readonly double[][] _metrics;
    private readonly double[][] _published;
    private readonly double[][] _technologyInPlace;
    private readonly double[]?[] _readValues;
    private readonly int[] _readOwnPublished;
    private readonly bool[] _readLagged;
    private readonly bool[] _metricWritten;
    private readonly bool[] _signalPublished;
    private int _yearIndex;
    private double _population;

    public HarnessStepContext(SectorDescriptor sector, ConformanceCase @case, double[][] metrics, double[][] published)
    {
        _sector = sector;
        _case = @case;
        _metrics = metrics;
        _published = published;
        _metricWritten = new bool[metrics.Length];
        _signalPublished = new bool[published.Length];
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
        Array.Clear(_metricWritten);
        Array.Clear(_signalPublished);
    }

    public override double TechnologyAdopted(TechnologyHandle technology) =>
        _case.TechnologyAdopted[Check(technology.Index, _technologyInPlace.Length, "technology")][_yearIndex];

    public override double TechnologyInPlace(TechnologyHandle technology) =>
        _technologyInPlace[Check(technology.Index, _technologyInPlace.Length, "technology")][_yearIndex];

    public override bool HasSignal(ReadSignalHandle signal) => !double.IsNaN(ReadSignal(signal));

    public override double ReadSignal(ReadSignalHandle signal)
    {
        var r = Check(signal.Index, _readLagged.Length, "read signal");
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
        var s = Check(signal.Index, _published.Length, "published signal");
        var declaration = _sector.Publishes[s];
        if (!double.IsFinite(value))
        {
            throw Violation($"published {value} for signal '{declaration.Id}'; signals must be finite");
        }

        if (value < declaration.Minimum || value > declaration.Maximum)
        {
            throw Violation($"published {value} for signal '{declaration.Id}', outside its declared range [{declaration.Minimum}, {declaration.Maximum}]");
        }

        _published[s][_yearIndex] = value;
        _signalPublished[s] = true;
    }

    public override void WriteMetric(MetricHandle metric, double value)
    {
        var m = Check(metric.Index, _metrics.Length, "metric");
        var declaration = _sector.Metrics[m];
        if (!double.IsFinite(value))
        {
            throw Violation($"wrote {value} to metric '{declaration.Id}'; metrics must be finite");
        }

        if (value < declaration.Minimum || value > declaration.Maximum)
        {
            throw Violation($"wrote {value} to metric '{declaration.Id}', outside its declared range [{declaration.Minimum}, {declaration.Maximum}]");
        }

        _metrics[m][_yearIndex] = value;
        _metricWritten[m] = true;
    }

    /// <summary>Throws when the step left a declared metric or published signal unwritten.</summary>
    public void CheckComplete()
    {
        for (var m = 0; m < _metricWritten.Length; m++)
        {
            if (!_metricWritten[m])
            {
                throw Violation($"did not write metric '{_sector.Metrics[m].Id}'");
            }
        }

        for (var s = 0; s < _signalPublished.Length; s++)
        {
            if (!_signalPublished[s])
            {
                throw Violation($"did not publish signal '{_sector.Publishes[s].Id}'");
            }
        }
    }

    public SectorContractException Violation(string message) => new($"in {Year} (year index {_yearIndex}): {message}");

    public SectorContractException Violation(string message, Exception inner) => new($"in {Year} (year index {_yearIndex}): {message}", inner);

    private int Check(int index, int count, string kind) =>
        (uint)index < (uint)count ? index : throw Violation($"used a {kind} handle ({index}) that the sector did not declare");

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
