namespace CoopSim.Engine.Reporting;

/// <summary>Errors and error statistics for tables: signed, and rounding noise shown as 0 rather than 3.55E-15.</summary>
internal static class ErrorText
{
    /// <summary>Far below any observation's uncertainty in any unit CoopSim reports.</summary>
    public const double RoundingNoise = 1e-9;

    public static double Clean(double value) => Math.Abs(value) < RoundingNoise ? 0 : value;

    public static string Size(double value, string unit) => DisplayUnits.Format(Clean(value), unit);

    public static string Signed(double value, string unit) => Clean(value) switch
    {
        0 => "0",
        var v => (v > 0 ? "+" : "") + DisplayUnits.Format(v, unit),
    };
}
