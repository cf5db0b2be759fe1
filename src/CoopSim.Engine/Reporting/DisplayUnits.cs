using System.Globalization;

namespace CoopSim.Engine.Reporting;

/// <summary>
/// The one place where the inside convention (shares are fractions) meets people (shares are %).
/// Every table, export and chart shows values through here.
/// </summary>
public static class DisplayUnits
{
    public const string Fraction = "fraction";

    public static string Unit(string unit) => unit == Fraction ? "%" : unit;

    public static double Value(double value, string unit) => unit == Fraction ? value * 100.0 : value;

    /// <summary>The inside value of a number a person typed in the shown unit (a % back to a fraction).</summary>
    public static double FromShown(double shown, string unit) => unit == Fraction ? shown / 100.0 : shown;

    /// <summary>A value for a table cell: about three significant figures, thousands separated.</summary>
    public static string Format(double value, string unit)
    {
        if (double.IsNaN(value))
        {
            return "-";
        }

        var shown = Value(value, unit);
        if (shown == 0)
        {
            return "0";
        }

        var magnitude = Math.Abs(shown);
        if (unit != Fraction && magnitude < 1e15 && shown == Math.Round(shown))
        {
            // Counts (centres, schools, trainees) read as whole numbers.
            return shown.ToString("N0", CultureInfo.InvariantCulture);
        }

        var format = unit == Fraction ? "N1" : magnitude >= 100 ? "N0" : magnitude >= 10 ? "N1" : magnitude >= 0.01 || magnitude == 0 ? "N2" : "G3";
        return shown.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>A difference for a table cell: formatted as <see cref="Format"/>, with a '+' when above zero.</summary>
    public static string Difference(double value, string unit)
    {
        var formatted = Format(value, unit);
        return formatted.StartsWith('-') || formatted.All(c => c is '0' or '.' or ',') ? formatted : "+" + formatted;
    }

    /// <summary>A relative difference in percent for a table cell: "+4.2%", "-0.5%", "-" when it has no value.</summary>
    public static string Percent(double percent) =>
        double.IsNaN(percent) ? "-" : (percent >= 0 ? "+" : "") + percent.ToString("N1", CultureInfo.InvariantCulture) + "%";

    /// <summary>A number with no unit for a machine-readable export (a relative difference): twelve significant digits.</summary>
    public static string Export(double value) => value.ToString("G12", CultureInfo.InvariantCulture);

    /// <summary>
    /// A value for a machine-readable export: twelve significant digits, far beyond any model's
    /// accuracy, without the noise of the fraction-to-percent conversion (72 not 71.99999999999999).
    /// </summary>
    public static string Export(double value, string unit) =>
        Export(Value(value, unit));
}
