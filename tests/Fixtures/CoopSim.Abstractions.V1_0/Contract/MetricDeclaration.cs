namespace CoopSim.Abstractions;

/// <summary>An outcome the model writes every year.</summary>
/// <param name="Id">The metric id, in camelCase, such as <c>nrw</c>.</param>
/// <param name="Unit">The unit. Shares are written as fractions with unit <c>fraction</c> and shown as %.</param>
/// <param name="Description">What the metric measures.</param>
public sealed record MetricDeclaration(string Id, string Unit, string Description)
{
    /// <summary>The smallest value the metric can take; the conformance kit checks it.</summary>
    public double Minimum { get; init; } = double.NegativeInfinity;

    /// <summary>The largest value the metric can take; the conformance kit checks it.</summary>
    public double Maximum { get; init; } = double.PositiveInfinity;
}
