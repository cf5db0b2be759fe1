using System.Globalization;
using System.Text.RegularExpressions;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// Rules every document compiled on top of the engine applies to its ids and amounts, so that a
/// scenario and a file built on one spell them, and word their problems, the same way. Numbers in
/// messages are invariant, so a message reads the same whatever the machine's culture.
/// </summary>
public static partial class ValueRules
{
    /// <summary>Whether an id is lower case letters, digits and '-', starting with a letter or digit.</summary>
    public static bool IsId(string id) => IdPattern().IsMatch(id);

    /// <summary>
    /// The problem with an amount that may not be negative and has a plausibility ceiling, or null
    /// when it is within both.
    /// </summary>
    public static string? LimitProblem(double value, double limit) =>
        value < 0 ? $"must not be negative, found {Invariant(value)}"
        : value > limit ? $"{Invariant(value)} is implausibly large; the limit is {limit.ToString("G", CultureInfo.InvariantCulture)}"
        : null;

    /// <summary>
    /// The problem with a value outside its declared field's range (a maximum is a plausibility
    /// ceiling), or null when it is within it.
    /// </summary>
    public static string? RangeProblem(double value, FieldSpec field) =>
        field.Minimum is { } min && !(field.MinimumExclusive ? value > min : value >= min)
            ? (min == 0 && !field.MinimumExclusive ? $"must not be negative, found {Invariant(value)}" : $"must be {field.RangeText()}, found {Invariant(value)}")
        : field.Maximum is { } limit && value > limit
            ? $"{Invariant(value)} is implausibly large; the limit is {limit.ToString("G", CultureInfo.InvariantCulture)}"
        : null;

    /// <summary>The problem with a share outside its declared field's range, or null when it is within it.</summary>
    public static string? FractionProblem(double value, FieldSpec field) =>
        field.Accepts(value) ? null : $"{field.Name} {Invariant(value)} is outside {field.Interval()}; it is a fraction";

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
