namespace CoopSim.Abstractions;

/// <summary>A numeric parameter a scenario may set per city, with its unit, default and allowed range.</summary>
/// <param name="Id">The key used in scenario files, in camelCase, such as <c>initialNrw</c>.</param>
/// <param name="Unit">The unit, such as <c>fraction</c>, <c>m3/day</c> or <c>USD</c>. Shares are fractions in [0, 1].</param>
/// <param name="Default">The value used when a scenario does not set the parameter.</param>
/// <param name="Minimum">The smallest value a scenario may set (inclusive).</param>
/// <param name="Maximum">The largest value a scenario may set (inclusive).</param>
/// <param name="Description">What the parameter means and where its default comes from.</param>
public sealed record ParameterDeclaration(
    string Id, string Unit, double Default, double Minimum, double Maximum, string Description);
