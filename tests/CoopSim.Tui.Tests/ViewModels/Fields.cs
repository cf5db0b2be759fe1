using CoopSim.Tui.ViewModels;

namespace CoopSim.Tui.Tests.ViewModels;

/// <summary>Finds editor fields the way a planner does: by walking the tree.</summary>
internal static class Fields
{
    public static IEnumerable<EditorNode> All(ScenarioEditor editor) => Flatten(editor.Roots);

    public static EditorField Field(ScenarioEditor editor, string keyEnd) =>
        All(editor).Single(n => n.Field is not null && n.Key.EndsWith(keyEnd, StringComparison.Ordinal)).Field!;

    public static EditorNode Node(ScenarioEditor editor, string keyEnd) =>
        All(editor).Single(n => n.Key.EndsWith(keyEnd, StringComparison.Ordinal));

    private static IEnumerable<EditorNode> Flatten(IEnumerable<EditorNode> nodes) => nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
}
