namespace CoopSim.Sectors.Tests.Support;

/// <summary>Equality of computed doubles up to rounding: a relative tolerance of 1e-9.</summary>
internal static class Approx
{
    public static void Equal(double expected, double actual, string? because = null) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * (1.0 + Math.Abs(expected)),
            $"expected {expected} but found {actual}{(because is null ? "" : " (" + because + ")")}");

    public static bool NotAbove(double value, double limit) => value <= limit + (1e-9 * (1.0 + Math.Abs(limit)));
}
