using FsCheck;
using FsCheck.Fluent;

namespace CoopSim.Sectors.Tests.Support;

/// <summary>A drawn share in [0, 1] that shrinks towards 0.</summary>
public sealed record Share(double Value)
{
    internal static Arbitrary<Share> Arbitrary { get; } = Arb.From(ParameterDraw.Unit.Select(u => new Share(u)), Shrink);

    public override string ToString() => Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<Share> Shrink(Share share)
    {
        if (share.Value > 0)
        {
            yield return new Share(0);
        }

        var half = Math.Round(share.Value / 2, 6);
        if (half > 0 && half < share.Value)
        {
            yield return new Share(half);
        }
    }
}
