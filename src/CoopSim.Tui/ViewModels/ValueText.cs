using System.Globalization;
using System.Text.RegularExpressions;
using CoopSim.Engine.Reporting;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Tui.ViewModels;

/// <summary>
/// How field values look to a planner and how typed text is read back. Numbers are shown and typed
/// in the shown unit (a share as %, through <see cref="DisplayUnits"/>), with '.' for decimals.
/// </summary>
public static partial class ValueText
{
    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex GroupedThousands();

    /// <summary>A count with its noun, plural unless one: "1 change", "3 changes".</summary>
    public static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    /// <summary>The unit as shown: % for shares, else the unit itself.</summary>
    public static string Unit(string unit) => DisplayUnits.Unit(unit);

    /// <summary>A value for the editor's tree: enough digits to edit by, the unit after.</summary>
    public static string Show(EditorField field, object? value)
    {
        if (value is null)
        {
            return field.Default is { } fallback ? $"{Show(field, fallback)} (default)" : field.EmptyMeaning;
        }

        return field.Kind switch
        {
            FieldKind.Text => (string)value,
            FieldKind.WholeNumber => Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            _ => Number(Convert.ToDouble(value, CultureInfo.InvariantCulture), field.Unit),
        };
    }

    /// <summary>A number in its shown unit, e.g. "72 %", "1,500,000 people", "0.341 t CO2/MWh".</summary>
    public static string Number(double inside, string unit)
    {
        var shown = DisplayUnits.Value(inside, unit);
        var text = Math.Abs(shown) >= 1000 && unit != "year"
            ? shown.ToString("N0", CultureInfo.InvariantCulture)
            : Math.Round(shown, 10).ToString(Math.Abs(shown) >= 1000 ? "0" : "G4", CultureInfo.InvariantCulture);
        var shownUnit = DisplayUnits.Unit(unit);
        return shownUnit.Length == 0 ? text : $"{text} {shownUnit}";
    }

    /// <summary>The text an edit box starts with: the exact value in the shown unit, no unit.</summary>
    public static string EditText(EditorField field, object? value)
    {
        if (value is null)
        {
            return "";
        }

        return field.Kind switch
        {
            FieldKind.Text => (string)value,
            FieldKind.WholeNumber => Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            _ => DisplayUnits.Value(Convert.ToDouble(value, CultureInfo.InvariantCulture), field.Unit).ToString("G12", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// Reads typed text as a value of the field in the inside unit (a typed % becomes a fraction).
    /// Empty text means "not set". Returns false with a reason a planner can act on.
    /// </summary>
    public static bool TryParse(EditorField field, string text, out object? value, out string reason)
    {
        value = null;
        reason = "";
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            if (field.IsOptional)
            {
                return true;
            }

            reason = $"{field.Label} needs a value";
            return false;
        }

        if (field.Kind == FieldKind.Text)
        {
            value = trimmed;
            return true;
        }

        var shownUnit = DisplayUnits.Unit(field.Unit);
        var number = trimmed;
        if (shownUnit.Length > 0 && number.EndsWith(shownUnit, StringComparison.Ordinal))
        {
            number = number[..^shownUnit.Length].TrimEnd();
        }

        if (number.Contains(',', StringComparison.Ordinal))
        {
            if (!GroupedThousands().IsMatch(number))
            {
                reason = $"'{trimmed}' is not a number; use '.' for decimals (e.g. 0.5)";
                return false;
            }

            number = number.Replace(",", "", StringComparison.Ordinal);
        }

        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var shown) || !double.IsFinite(shown))
        {
            reason = $"'{trimmed}' is not a number";
            return false;
        }

        if (field.Kind == FieldKind.WholeNumber && shown != Math.Floor(shown))
        {
            reason = $"'{trimmed}' is not a whole number";
            return false;
        }

        value = DisplayUnits.FromShown(shown, field.Unit);
        return true;
    }

    /// <summary>Why a value is outside the field's declared range, or null when it is inside.</summary>
    public static string? OutOfRange(EditorField field, double inside)
    {
        var below = field.Minimum is { } min && (field.MinimumExclusive ? inside <= min : inside < min);
        var above = field.Maximum is { } max && inside > max;
        if (!below && !above)
        {
            return null;
        }

        var accepts = field is { Minimum: not null, Maximum: not null, MinimumExclusive: false } ? "accepts" : "must be";
        return $"{Format(field, inside, withUnit: true)} is out of range: {field.Label} {accepts} {Range(field)} ({field.RangeOwner})";
    }

    /// <summary>The declared range for the detail line, e.g. "0 to 95 %".</summary>
    public static string Range(EditorField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return FieldSpec.RangeWords(field.Minimum, field.Maximum, field.MinimumExclusive, (value, withUnit) => Format(field, value, withUnit));
    }

    private static string Format(EditorField field, double inside, bool withUnit)
    {
        if (field.Kind == FieldKind.WholeNumber)
        {
            return inside.ToString("0", CultureInfo.InvariantCulture);
        }

        if (withUnit)
        {
            return Number(inside, field.Unit);
        }

        var shown = DisplayUnits.Value(inside, field.Unit);
        return Math.Abs(shown) >= 1000 ? shown.ToString("N0", CultureInfo.InvariantCulture) : Math.Round(shown, 10).ToString("G4", CultureInfo.InvariantCulture);
    }
}
