namespace CoopSim.Engine.Scenarios;

/// <summary>
/// What a field of a scenario document accepts: unit, range, default and an example. Declared once,
/// on the document property; <see cref="FieldCatalogue"/> reads it for the compiler, the JSON Schema,
/// the planner's editor and docs/scenarios.md. The description is the property's [Description].
/// </summary>
/// <remarks>Attribute arguments must be constants, so "none" is NaN for the numbers.</remarks>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class ScenarioFieldAttribute : Attribute
{
    /// <summary>The unit inside CoopSim (a share is <c>fraction</c>); empty for counts without one and for calendar years.</summary>
    public string Unit { get; set; } = "";

    public double Minimum { get; set; } = double.NaN;

    public double Maximum { get; set; } = double.NaN;

    /// <summary>The minimum itself is refused ("more than 0").</summary>
    public bool MinimumExclusive { get; set; }

    /// <summary>
    /// The maximum is a plausibility ceiling far above any real case, there so that no model meets a
    /// number it cannot represent; it is not a working range to step across.
    /// </summary>
    public bool MaximumIsCeiling { get; set; }

    /// <summary>The value an unset field takes.</summary>
    public double Default { get; set; } = double.NaN;

    /// <summary>A typical value, from the bundled scenarios.</summary>
    public double Example { get; set; } = double.NaN;
}
