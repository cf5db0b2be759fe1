using CoopSim.Abstractions;
using CoopSim.Engine.Cooperation;

namespace CoopSim.Engine.Simulation;

/// <summary>
/// The step context of one city-sector in one run, reused every year so that the year loop
/// allocates nothing. It also enforces the contract: finite values, declared ranges, and every
/// metric and published signal written every year.
/// </summary>
internal sealed class EngineStepContext : StepContext
{
    private readonly SectorDescriptor _sector;
    private readonly CooperationTrajectory _cooperation;
    private readonly double[][] _metrics;
    private readonly int[] _metricStamp;
    private readonly int[] _publishedStamp;
    private readonly int[] _publishSlots;
    private readonly int[] _readSlots;
    private readonly bool[] _readLagged;
    private readonly CitySignals _signals;
    private int _stamp;
    private int _year;
    private int _yearIndex;
    private double _population;

    public EngineStepContext(SectorDescriptor sector, CooperationTrajectory cooperation, double[][] metrics, CitySignals signals)
    {
        _sector = sector;
        _cooperation = cooperation;
        _metrics = metrics;
        _signals = signals;
        _metricStamp = new int[metrics.Length];
        _publishedStamp = new int[sector.Publishes.Count];
        _publishSlots = sector.Publishes.Select(p => signals.SlotOf(p.Id)).ToArray();
        _readSlots = sector.Reads.Select(r => signals.SlotOf(r.Id)).ToArray();
        _readLagged = sector.Reads.Select(r => r.Lagged).ToArray();
    }

    public override int Year => _year;

    public override int YearIndex => _yearIndex;

    public override double Population => _population;

    public override CooperationInputs Cooperation => _cooperation.InputsAt(_yearIndex);

    public void Begin(int year, int yearIndex, double population)
    {
        _year = year;
        _yearIndex = yearIndex;
        _population = population;
        _stamp++;
    }

    public override double TechnologyAdopted(TechnologyHandle technology) =>
        _cooperation.TechnologyAdopted[CheckIndex(technology.Index, _cooperation.TechnologyAdopted.Length, "technology")][_yearIndex];

    public override double TechnologyInPlace(TechnologyHandle technology) =>
        _cooperation.TechnologyInPlace[CheckIndex(technology.Index, _cooperation.TechnologyInPlace.Length, "technology")][_yearIndex];

    public override bool HasSignal(ReadSignalHandle signal) => !double.IsNaN(ReadSignal(signal));

    public override double ReadSignal(ReadSignalHandle signal)
    {
        var slot = _readSlots[CheckIndex(signal.Index, _readSlots.Length, "read signal")];
        if (slot < 0)
        {
            return double.NaN;
        }

        return _readLagged[signal.Index] ? _signals.Previous[slot] : _signals.Current[slot];
    }

    public override void PublishSignal(PublishedSignalHandle signal, double value)
    {
        var index = CheckIndex(signal.Index, _publishSlots.Length, "published signal");
        var declaration = _sector.Publishes[index];
        if (!double.IsFinite(value))
        {
            throw new PluginContractException($"published {value} for signal '{declaration.Id}'; signals must be finite");
        }

        if (value < declaration.Minimum || value > declaration.Maximum)
        {
            throw new PluginContractException(
                $"published {value} for signal '{declaration.Id}', outside its declared range [{declaration.Minimum}, {declaration.Maximum}]");
        }

        _signals.Current[_publishSlots[index]] = value;
        _publishedStamp[index] = _stamp;
    }

    public override void WriteMetric(MetricHandle metric, double value)
    {
        var index = CheckIndex(metric.Index, _metrics.Length, "metric");
        var declaration = _sector.Metrics[index];
        if (!double.IsFinite(value))
        {
            throw new PluginContractException($"wrote {value} to metric '{declaration.Id}'; metrics must be finite");
        }

        if (value < declaration.Minimum || value > declaration.Maximum)
        {
            throw new PluginContractException(
                $"wrote {value} to metric '{declaration.Id}', outside its declared range [{declaration.Minimum}, {declaration.Maximum}]");
        }

        _metrics[index][_yearIndex] = value;
        _metricStamp[index] = _stamp;
    }

    /// <summary>Throws when the step left a declared metric or published signal unwritten.</summary>
    public void CheckComplete()
    {
        for (var i = 0; i < _metricStamp.Length; i++)
        {
            if (_metricStamp[i] != _stamp)
            {
                throw new PluginContractException($"did not write metric '{_sector.Metrics[i].Id}'");
            }
        }

        for (var i = 0; i < _publishedStamp.Length; i++)
        {
            if (_publishedStamp[i] != _stamp)
            {
                throw new PluginContractException($"did not publish signal '{_sector.Publishes[i].Id}'");
            }
        }
    }

    private int CheckIndex(int index, int count, string kind) =>
        (uint)index < (uint)count
            ? index
            : throw new PluginContractException($"used a {kind} handle ({index}) that the sector did not declare");
}

/// <summary>The signals of one city: this year's and last year's value per slot; NaN when unpublished.</summary>
internal sealed class CitySignals
{
    private readonly Dictionary<string, int> _slots;

    public CitySignals(IEnumerable<string> publishedSignals)
    {
        _slots = publishedSignals.Distinct(StringComparer.Ordinal).Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        Current = new double[_slots.Count];
        Previous = new double[_slots.Count];
        Array.Fill(Current, double.NaN);
        Array.Fill(Previous, double.NaN);
    }

    public double[] Current { get; private set; }

    public double[] Previous { get; private set; }

    public int SlotOf(string signalId) => _slots.GetValueOrDefault(signalId, -1);

    /// <summary>At the start of a year this year's values become last year's.</summary>
    public void NextYear()
    {
        (Previous, Current) = (Current, Previous);
        Array.Fill(Current, double.NaN);
    }
}

/// <summary>A plugin broke the contract; reported as a run failure naming plugin, city and year.</summary>
internal sealed class PluginContractException(string message) : Exception(message);
