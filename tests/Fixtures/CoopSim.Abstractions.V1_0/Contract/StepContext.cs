namespace CoopSim.Abstractions;

/// <summary>
/// One year's inputs to a sector model and the place to write its outputs. The host reuses one
/// context per city and sector across years, so a model must not keep it beyond the call.
/// </summary>
public abstract class StepContext
{
    /// <summary>The calendar year being simulated.</summary>
    public abstract int Year { get; }

    /// <summary>The position of <see cref="Year"/> in the run: 0 in the start year.</summary>
    public abstract int YearIndex { get; }

    /// <summary>The city's population this year (people).</summary>
    public abstract double Population { get; }

    /// <summary>This year's cooperation in this sector and the capacity it has built.</summary>
    public abstract CooperationInputs Cooperation { get; }

    /// <summary>Units of a technology adopted this year through cooperation programmes.</summary>
    /// <param name="technology">The technology's handle.</param>
    /// <returns>Units adopted this year (0 when none).</returns>
    public abstract double TechnologyAdopted(TechnologyHandle technology);

    /// <summary>Units of a technology adopted from the start year up to and including this year.</summary>
    /// <param name="technology">The technology's handle.</param>
    /// <returns>Units in place.</returns>
    public abstract double TechnologyInPlace(TechnologyHandle technology);

    /// <summary>Whether a read signal has a value this year (a sector in the scenario published it).</summary>
    /// <param name="signal">The read signal's handle.</param>
    /// <returns>True when <see cref="ReadSignal"/> returns a published value.</returns>
    public abstract bool HasSignal(ReadSignalHandle signal);

    /// <summary>The value of a read signal: this year's, or last year's for a lagged read.</summary>
    /// <param name="signal">The read signal's handle.</param>
    /// <returns>The value, or <see cref="double.NaN"/> when nothing published it.</returns>
    public abstract double ReadSignal(ReadSignalHandle signal);

    /// <summary>Publishes this year's value of a signal for the other sectors of this city.</summary>
    /// <param name="signal">The published signal's handle.</param>
    /// <param name="value">The value, finite.</param>
    public abstract void PublishSignal(PublishedSignalHandle signal, double value);

    /// <summary>Writes this year's value of a metric. Every declared metric must be written every year.</summary>
    /// <param name="metric">The metric's handle.</param>
    /// <param name="value">The value, finite and within the metric's declared range.</param>
    public abstract void WriteMetric(MetricHandle metric, double value);
}
