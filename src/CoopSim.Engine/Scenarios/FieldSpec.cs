using System.Globalization;
using System.Reflection;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// One field of a scenario document as the catalogue knows it: where it lives, what it means and
/// what it accepts. A record, so that a caller can derive a changed copy (<c>spec with { ... }</c>).
/// </summary>
/// <param name="Owner">The document class that holds the field.</param>
/// <param name="Property">The property on <paramref name="Owner"/>.</param>
/// <param name="Name">The JSON name, e.g. <c>ownership</c>.</param>
/// <param name="Path">Where the field lives in a file, e.g. <c>cities[].sectors.*.capacity.ownership</c>.</param>
/// <param name="Description">What the field means, from its [Description].</param>
public sealed record FieldSpec(Type Owner, PropertyInfo Property, string Name, string Path, string Description)
{
    /// <summary>Whether the property carries a <see cref="ScenarioFieldAttribute"/> (every numeric one must).</summary>
    public bool IsDeclared { get; init; }

    public bool IsRequired { get; init; }

    public string Unit { get; init; } = "";

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public bool MinimumExclusive { get; init; }

    public bool MaximumIsCeiling { get; init; }

    public double? Default { get; init; }

    public double? Example { get; init; }

    /// <summary>What the field holds: <c>number</c>, <c>integer</c>, <c>string</c>, <c>array</c>, <c>object</c> or a map.</summary>
    public string Kind => KindOf(Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType);

    /// <summary>Whether the field holds numbers: itself, or the values of a map.</summary>
    public bool IsNumeric => Kind is "number" or "integer" or "map of numbers";

    public bool HasRange => Minimum is not null || Maximum is not null;

    /// <summary>Whether a value is inside the range (a NaN never is).</summary>
    public bool Accepts(double value) =>
        !double.IsNaN(value)
        && (Minimum is not { } min || (MinimumExclusive ? value > min : value >= min))
        && (Maximum is not { } max || value <= max);

    /// <summary>The range in words, e.g. "0 to 1", "more than 0 and at most 100,000,000", "at least 0".</summary>
    /// <param name="format">Writes one bound, with or without the unit (a unit is written once, after the last bound).</param>
    public string RangeText(Func<double, bool, string> format) => RangeWords(Minimum, Maximum, MinimumExclusive, format);

    /// <summary>A range in words; the editor writes its plugin parameters' ranges with it too.</summary>
    /// <param name="minimum">The lower bound, if any.</param>
    /// <param name="maximum">The upper bound, if any.</param>
    /// <param name="minimumExclusive">Whether the lower bound itself is refused.</param>
    /// <param name="format">Writes one bound, with or without the unit.</param>
    public static string RangeWords(double? minimum, double? maximum, bool minimumExclusive, Func<double, bool, string> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return (minimum, maximum) switch
        {
            ({ } lo, { } hi) when lo == hi && !minimumExclusive => format(lo, true),
            ({ } lo, { } hi) when minimumExclusive => $"more than {format(lo, false)} and at most {format(hi, true)}",
            ({ } lo, { } hi) => $"{format(lo, false)} to {format(hi, true)}",
            ({ } lo, null) => $"{(minimumExclusive ? "more than" : "at least")} {format(lo, true)}",
            (null, { } hi) => $"at most {format(hi, true)}",
            _ => "any",
        };
    }

    /// <summary>The range with invariant numbers and no unit, as messages and docs write it.</summary>
    public string RangeText() => RangeText((value, _) => Number(value));

    /// <summary>The range as an interval, e.g. "[0, 1]".</summary>
    public string Interval() => $"{(MinimumExclusive ? "(" : "[")}{Bound(Minimum, "-∞")}, {Bound(Maximum, "∞")}]";

    /// <summary>A bound as written in messages and docs: invariant, thousands grouped from 10,000 on.</summary>
    public static string Number(double value) =>
        Math.Abs(value) >= 10_000 && value == Math.Floor(value)
            ? value.ToString("N0", CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);

    private static string Bound(double? value, string none) => value is { } v ? Number(v) : none;

    private static string KindOf(Type type)
    {
        if (type == typeof(double))
        {
            return "number";
        }

        if (type == typeof(int))
        {
            return "integer";
        }

        if (type == typeof(string))
        {
            return "string";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            return "array";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            var value = type.GetGenericArguments()[1];
            return value == typeof(double) ? "map of numbers" : value == typeof(string) ? "map of strings" : "map of objects";
        }

        return "object";
    }
}
