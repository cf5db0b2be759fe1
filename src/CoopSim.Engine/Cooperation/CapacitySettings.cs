namespace CoopSim.Engine.Cooperation;

/// <summary>
/// A city's capacity settings in one sector, defaults filled in (docs/models/cooperation.md). The
/// defaults are declared on <c>CapacityDocument</c>, the scenario field each setting is read from.
/// </summary>
public sealed record CapacitySettings(double Initial, double Ownership, double Leadership, double Turnover)
{
    /// <summary>A city that is only ever a partner in a sector (Kitakyushu) is taken as fully capable.</summary>
    public static CapacitySettings FullyCapable { get; } = new(Initial: 1.0, Ownership: 1.0, Leadership: 1.0, Turnover: 0.0);
}
