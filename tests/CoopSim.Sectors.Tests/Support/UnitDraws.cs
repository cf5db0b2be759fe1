using CoopSim.Abstractions;
using FsCheck;
using FsCheck.Fluent;

namespace CoopSim.Sectors.Tests.Support;

/// <summary>
/// A vector of draws in [0, 1] that properties map onto declared ranges, so every generated value is
/// one a scenario may legally set. Ends of the range are drawn often on purpose.
/// </summary>
public sealed record UnitDraws(double[] Values)
{
    public const int Count = 64;

    public double this[int index] => Values[index % Values.Length];

    public override string ToString() => "[" + string.Join(", ", Values.Select(v => v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture))) + "]";

    /// <summary>A value for every declared parameter: minimum + draw × (maximum − minimum).</summary>
    internal Dictionary<string, double> ParametersOf(SectorDescriptor descriptor, int offset = 0)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < descriptor.Parameters.Count; i++)
        {
            var p = descriptor.Parameters[i];
            values[p.Id] = Math.Clamp(p.Minimum + (this[offset + i] * (p.Maximum - p.Minimum)), p.Minimum, p.Maximum);
        }

        return values;
    }

    /// <summary>A draw scaled onto [0, maximum].</summary>
    public double Up(int index, double maximum) => this[index] * maximum;
}

/// <summary>The FsCheck arbitrary for <see cref="UnitDraws"/>.</summary>
public static class DrawArbitraries
{
    public static Arbitrary<UnitDraws> Draws()
    {
        var unit = Gen.Frequency(
            (1, Gen.Constant(0.0)),
            (1, Gen.Constant(1.0)),
            (8, Gen.Choose(0, 1_000_000).Select(i => i / 1_000_000.0)));
        return unit.ArrayOf(UnitDraws.Count).Select(values => new UnitDraws(values)).ToArbitrary();
    }
}
