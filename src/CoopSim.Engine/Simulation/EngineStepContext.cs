using CoopSim.Abstractions;
using CoopSim.ContractRules;
using CoopSim.Engine.Cooperation;

namespace CoopSim.Engine.Simulation;

/// <summary>
/// The step context of one city-sector in one run, reused every year so that the year loop
/// allocates nothing. It also enforces the contract (<see cref="StepRules"/>, shared with the
/// conformance kit): finite values, declared ranges, and every metric and published signal written every year.
/// </summary>
internal sealed class EngineStepContext : StepContext
{
    private readonly StepRules _rules;
    private readonly CooperationTrajectory _cooperation;
    private readonly double[][] _metrics;
    private readonly int[] _publishSlots;
    private readonly int[] _readSlots;
    private readonly bool[] _readLagged;
    private readonly CitySignals _signals;
    private int _year;
    private int _yearIndex;
    private double _population;

    public EngineStepContext(SectorDescriptor sector, CooperationTrajectory cooperation, double[][] metrics, CitySignals signals)
    {
        _rules = new StepRules(sector);
        _cooperation = cooperation;
        _metrics = metrics;
        _signals = signals;
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
        _rules.BeginYear();
    }

    public override double TechnologyAdopted(TechnologyHandle technology) =>
        _rules.Declares(technology)
            ? _cooperation.TechnologyAdopted[technology.Index][_yearIndex]
            : throw new PluginContractException(StepRules.Refusal(technology));

    public override double TechnologyInPlace(TechnologyHandle technology) =>
        _rules.Declares(technology)
            ? _cooperation.TechnologyInPlace[technology.Index][_yearIndex]
            : throw new PluginContractException(StepRules.Refusal(technology));

    public override bool HasSignal(ReadSignalHandle signal) => !double.IsNaN(ReadSignal(signal));

    public override double ReadSignal(ReadSignalHandle signal)
    {
        if (!_rules.Declares(signal))
        {
            throw new PluginContractException(StepRules.Refusal(signal));
        }

        var slot = _readSlots[signal.Index];
        if (slot < 0)
        {
            return double.NaN;
        }

        return _readLagged[signal.Index] ? _signals.Previous[slot] : _signals.Current[slot];
    }

    public override void PublishSignal(PublishedSignalHandle signal, double value)
    {
        if (!_rules.Accepts(signal, value))
        {
            throw new PluginContractException(_rules.Refusal(signal, value));
        }

        _signals.Current[_publishSlots[signal.Index]] = value;
    }

    public override void WriteMetric(MetricHandle metric, double value)
    {
        if (!_rules.Accepts(metric, value))
        {
            throw new PluginContractException(_rules.Refusal(metric, value));
        }

        _metrics[metric.Index][_yearIndex] = value;
    }

    /// <summary>Throws when the step left a declared metric or published signal unwritten.</summary>
    public void CheckComplete()
    {
        if (_rules.Unwritten() is { } missing)
        {
            throw new PluginContractException(missing);
        }
    }
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
