namespace CoopSim.Engine.Scenarios;

/// <summary>A city's capacity settings in one sector, defaults filled in (docs/models/cooperation.md).</summary>
public sealed record CapacitySettings(double Initial, double Ownership, double Leadership, double Turnover)
{
    /// <summary>Assumed defaults; every one is stated as an assumption in docs/models/cooperation.md.</summary>
    public static CapacitySettings Default { get; } = new(Initial: 0.2, Ownership: 0.8, Leadership: 0.8, Turnover: 0.05);
}
