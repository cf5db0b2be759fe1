namespace CoopSim.Abstractions;

/// <summary>A signal a sector reads.</summary>
/// <param name="Id">The id of the signal, as its publisher declares it.</param>
/// <param name="Lagged">
/// When true the model reads last year's value, which does not order it after the publisher and so
/// may close a feedback loop; when false it reads this year's value and runs after the publisher.
/// </param>
/// <remarks>
/// A read signal is optional: when no sector in the scenario publishes it (or in the first year of a
/// lagged read), <see cref="StepContext.ReadSignal"/> returns <see cref="double.NaN"/> and
/// <see cref="StepContext.HasSignal"/> returns false, and the model falls back to its own assumption.
/// </remarks>
public sealed record SignalRead(string Id, bool Lagged = false)
{
    /// <summary>
    /// The smallest value the model is built to take (since contract 1.1). The conformance kit feeds
    /// the model values from <see cref="Minimum"/> to <see cref="Maximum"/>.
    /// </summary>
    public double Minimum { get; init; } = double.NegativeInfinity;

    /// <summary>The largest value the model is built to take (since contract 1.1).</summary>
    public double Maximum { get; init; } = double.PositiveInfinity;
}
