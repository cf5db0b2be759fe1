using CoopSim.Engine.Scenarios;

namespace CoopSim.Tui.ViewModels;

/// <summary>What a field holds, which decides how typed text is read.</summary>
public enum FieldKind
{
    /// <summary>A number in the field's unit; shares are typed and shown as %.</summary>
    Number,

    /// <summary>A whole number such as a year or a seed.</summary>
    WholeNumber,

    /// <summary>Free text such as a name.</summary>
    Text,
}

/// <summary>
/// One value of a scenario a planner can change: where it lives (its JSON path), how it is read
/// and written on a document, its unit, declared range, default and description.
/// </summary>
public sealed class EditorField
{
    internal EditorField(string path, string label, FieldKind kind, Func<ScenarioDocument, object?> get, Action<ScenarioDocument, object?> set)
    {
        Path = path;
        Label = label;
        Kind = kind;
        Get = get;
        Set = set;
    }

    /// <summary>The JSON path in the scenario document, as the compiler names it in problems.</summary>
    public string Path { get; }

    public string Label { get; }

    public FieldKind Kind { get; }

    /// <summary>The unit inside (a share is <c>fraction</c>); empty for text and plain counts.</summary>
    public string Unit { get; init; } = "";

    /// <summary>The smallest accepted value, in the inside unit.</summary>
    public double? Minimum { get; init; }

    /// <summary>The largest accepted value, in the inside unit.</summary>
    public double? Maximum { get; init; }

    /// <summary>The minimum itself is refused ("more than 0").</summary>
    public bool MinimumExclusive { get; init; }

    /// <summary>The maximum is a plausibility ceiling, not a working range to step across.</summary>
    public bool MaximumIsCeiling { get; init; }

    /// <summary>Who declares the range, for messages ("the water plugin").</summary>
    public string RangeOwner { get; init; } = "the scenario format";

    /// <summary>Whether the field may be left empty (then it takes <see cref="Default"/>).</summary>
    public bool IsOptional { get; init; }

    /// <summary>What an empty field means: a default value, or null for "none".</summary>
    public object? Default { get; init; }

    /// <summary>What an empty optional field is called when there is no default value ("never").</summary>
    public string EmptyMeaning { get; init; } = "not set";

    public string Description { get; init; } = "";

    /// <summary>Where the value comes from, when the scenario says.</summary>
    public Func<ScenarioDocument, string?> Source { get; init; } = _ => null;

    internal Func<ScenarioDocument, object?> Get { get; }

    internal Action<ScenarioDocument, object?> Set { get; }

    public bool HasRange => Minimum is not null || Maximum is not null;
}
