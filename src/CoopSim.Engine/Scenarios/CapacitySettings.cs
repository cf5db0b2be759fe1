namespace CoopSim.Engine.Scenarios;

/// <summary>
/// A city's capacity settings in one sector, defaults filled in (docs/models/cooperation.md). The
/// defaults are declared on <c>CapacityDocument</c>, the scenario field each setting is read from.
/// </summary>
public sealed record CapacitySettings(double Initial, double Ownership, double Leadership, double Turnover);
