namespace CoopSim.Tui.ViewModels;

public enum EditorNodeKind
{
    Group,
    Field,
    Programme,
    Phase,
}

/// <summary>
/// A line of the editor's tree: a group (scenario, a city, a sector), a field, or a programme or
/// phase that can be removed. <see cref="Key"/> stays the same across rebuilds of the tree so that
/// the selection survives an edit.
/// </summary>
public sealed class EditorNode
{
    internal EditorNode(string key, EditorNodeKind kind, string title, IReadOnlyList<EditorNode> children)
    {
        Key = key;
        Kind = kind;
        Title = title;
        Children = children;
    }

    public string Key { get; internal set; }

    public EditorNodeKind Kind { get; }

    /// <summary>The group's heading, or the field's label.</summary>
    public string Title { get; }

    public IReadOnlyList<EditorNode> Children { get; }

    public EditorField? Field { get; init; }

    public string? ProgrammeId { get; init; }

    public string? PhaseId { get; init; }

    /// <summary>What this node says about itself in the detail line.</summary>
    public string Description { get; init; } = "";

    public override string ToString() => Title;
}
