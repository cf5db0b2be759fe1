namespace CoopSim.Abstractions;

/// <summary>A value a sector publishes for each city-year so that other sectors of the same city can read it.</summary>
/// <param name="Id">The signal id, in camelCase, such as <c>awarenessIndex</c>. One sector publishes it.</param>
/// <param name="Unit">The unit of the value.</param>
/// <param name="Description">What the value means.</param>
public sealed record SignalDeclaration(string Id, string Unit, string Description);
