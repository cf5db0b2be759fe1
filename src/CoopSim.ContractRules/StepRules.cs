using System.Runtime.CompilerServices;
using CoopSim.Abstractions;

namespace CoopSim.ContractRules;

/// <summary>
/// The rules a model keeps while it steps, for one city-sector: every value finite and inside its
/// declared range, every declared metric and published signal written every year, only declared
/// handles used. The host's step context and the conformance kit's each hold one and ask it before
/// they store a value, so both refuse the same writes in the same words.
/// </summary>
/// <remarks>
/// Asking is cheap and allocates nothing: the declared ranges are copied into arrays here, and a
/// write is recorded by stamping the year, so the host's year loop stays allocation-free. A refusal
/// is only put into words once a write has been refused. Each context throws its own exception with
/// the words, adding what it knows (the kit adds the year).
/// </remarks>
public sealed class StepRules
{
    private readonly SectorDescriptor _sector;
    private readonly double[] _metricMinimum;
    private readonly double[] _metricMaximum;
    private readonly double[] _signalMinimum;
    private readonly double[] _signalMaximum;
    private readonly int[] _metricStamp;
    private readonly int[] _signalStamp;
    private readonly int _technologies;
    private readonly int _reads;
    private int _stamp;

    /// <summary>Creates the rules for one city-sector from its declaration.</summary>
    /// <param name="sector">The sector's declaration.</param>
    public StepRules(SectorDescriptor sector)
    {
        ArgumentNullException.ThrowIfNull(sector);
        _sector = sector;
        _metricMinimum = sector.Metrics.Select(m => m.Minimum).ToArray();
        _metricMaximum = sector.Metrics.Select(m => m.Maximum).ToArray();
        _signalMinimum = sector.Publishes.Select(s => s.Minimum).ToArray();
        _signalMaximum = sector.Publishes.Select(s => s.Maximum).ToArray();
        _metricStamp = new int[_metricMinimum.Length];
        _signalStamp = new int[_signalMinimum.Length];
        _technologies = sector.Technologies.Count;
        _reads = sector.Reads.Count;
    }

    /// <summary>Starts a year: nothing is written yet.</summary>
    public void BeginYear() => _stamp++;

    /// <summary>
    /// Whether a metric may take the value: the handle is declared and the value finite and inside
    /// the metric's declared range. An accepted write is recorded for <see cref="Unwritten"/>.
    /// </summary>
    /// <param name="metric">The handle the model passed.</param>
    /// <param name="value">The value it wrote.</param>
    /// <returns>True when the write keeps the contract; otherwise <see cref="Refusal(MetricHandle, double)"/> says why.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Accepts(MetricHandle metric, double value) =>
        Accept(metric.Index, value, _metricMinimum, _metricMaximum, _metricStamp);

    /// <summary>
    /// Whether a published signal may take the value: the handle is declared and the value finite and
    /// inside the signal's declared range. An accepted write is recorded for <see cref="Unwritten"/>.
    /// </summary>
    /// <param name="signal">The handle the model passed.</param>
    /// <param name="value">The value it published.</param>
    /// <returns>True when the write keeps the contract; otherwise <see cref="Refusal(PublishedSignalHandle, double)"/> says why.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Accepts(PublishedSignalHandle signal, double value) =>
        Accept(signal.Index, value, _signalMinimum, _signalMaximum, _signalStamp);

    /// <summary>Whether the sector declares the technology the handle refers to.</summary>
    /// <param name="technology">The handle the model passed.</param>
    /// <returns>True when it is declared; otherwise <see cref="Refusal(TechnologyHandle)"/> says why.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Declares(TechnologyHandle technology) => (uint)technology.Index < (uint)_technologies;

    /// <summary>Whether the sector declares the read signal the handle refers to.</summary>
    /// <param name="signal">The handle the model passed.</param>
    /// <returns>True when it is declared; otherwise <see cref="Refusal(ReadSignalHandle)"/> says why.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Declares(ReadSignalHandle signal) => (uint)signal.Index < (uint)_reads;

    /// <summary>Why a metric write was refused.</summary>
    /// <param name="metric">The handle the model passed.</param>
    /// <param name="value">The value it wrote.</param>
    /// <returns>The words, naming the metric.</returns>
    public string Refusal(MetricHandle metric, double value) =>
        (uint)metric.Index >= (uint)_metricStamp.Length
            ? Undeclared("metric", metric.Index)
            : ValueRefusal($"wrote {value} to metric", _sector.Metrics[metric.Index].Id, "metrics", value, _metricMinimum[metric.Index], _metricMaximum[metric.Index]);

    /// <summary>Why a published value was refused.</summary>
    /// <param name="signal">The handle the model passed.</param>
    /// <param name="value">The value it published.</param>
    /// <returns>The words, naming the signal.</returns>
    public string Refusal(PublishedSignalHandle signal, double value) =>
        (uint)signal.Index >= (uint)_signalStamp.Length
            ? Undeclared("published signal", signal.Index)
            : ValueRefusal($"published {value} for signal", _sector.Publishes[signal.Index].Id, "signals", value, _signalMinimum[signal.Index], _signalMaximum[signal.Index]);

    /// <summary>Why a technology handle was refused.</summary>
    /// <param name="technology">The handle the model passed.</param>
    /// <returns>The words.</returns>
    public static string Refusal(TechnologyHandle technology) => Undeclared("technology", technology.Index);

    /// <summary>Why a read signal handle was refused.</summary>
    /// <param name="signal">The handle the model passed.</param>
    /// <returns>The words.</returns>
    public static string Refusal(ReadSignalHandle signal) => Undeclared("read signal", signal.Index);

    /// <summary>After a step: what it left unwritten, or null when it wrote every metric and published every signal.</summary>
    /// <returns>The words naming the first metric, else the first signal, not written this year; null when complete.</returns>
    public string? Unwritten()
    {
        for (var i = 0; i < _metricStamp.Length; i++)
        {
            if (_metricStamp[i] != _stamp)
            {
                return $"did not write metric '{_sector.Metrics[i].Id}'";
            }
        }

        for (var i = 0; i < _signalStamp.Length; i++)
        {
            if (_signalStamp[i] != _stamp)
            {
                return $"did not publish signal '{_sector.Publishes[i].Id}'";
            }
        }

        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Accept(int index, double value, double[] minimum, double[] maximum, int[] stamps)
    {
        // "Not outside" rather than "inside", so that a bound the declaration left NaN refuses
        // nothing, as it always has.
        if ((uint)index >= (uint)stamps.Length || !double.IsFinite(value) || value < minimum[index] || value > maximum[index])
        {
            return false;
        }

        stamps[index] = _stamp;
        return true;
    }

    private static string ValueRefusal(string what, string id, string kind, double value, double minimum, double maximum) =>
        !double.IsFinite(value)
            ? $"{what} '{id}'; {kind} must be finite"
            : $"{what} '{id}', outside its declared range [{minimum}, {maximum}]";

    private static string Undeclared(string kind, int index) => $"used a {kind} handle ({index}) that the sector did not declare";
}
