using CoopSim.Tui.ViewModels;

namespace CoopSim.Tui.Views;

internal sealed partial class EditorPane
{
    /// <summary>Selects the node with this key, unfolding what lies above it.</summary>
    public bool Select(string key)
    {
        var path = PathTo(_tree.Objects ?? [], key);
        if (path is null)
        {
            return false;
        }

        foreach (var node in path.SkipLast(1))
        {
            _tree.Expand(node);
        }

        _tree.SelectedObject = path[^1];
        TreeReveal.Reveal(_tree, path[^1]);
        return true;
    }

    private void Rebuild(ScenarioEditor editor)
    {
        var first = _shownRoots is null;
        var expanded = first ? [] : Flatten(_tree.Objects ?? []).Where(n => _tree.IsExpanded(n)).Select(n => n.Key).ToHashSet();
        var selected = _tree.SelectedObject?.Key;
        _tree.ClearObjects();
        _tree.AddObjects(editor.Roots);
        _shownRoots = editor.Roots;
        _shownRevision = -1;
        foreach (var node in Flatten(editor.Roots))
        {
            if (first ? OpenAtFirst(node) : expanded.Contains(node.Key))
            {
                _tree.Expand(node);
            }
        }

        if (selected is null || !Select(selected))
        {
            var firstField = Flatten(editor.Roots).FirstOrDefault(n => n.Kind == EditorNodeKind.Field && n.Key.StartsWith("city/", StringComparison.Ordinal)
                && n.Key.Contains("/sector/", StringComparison.Ordinal));
            if (firstField is null || !Select(firstField.Key))
            {
                _tree.GoToFirst();
            }
        }
    }

    /// <summary>At first the parameters of the simulated sectors, the programmes and the funding cuts are unfolded.</summary>
    private static bool OpenAtFirst(EditorNode node) =>
        node.Kind == EditorNodeKind.Programme
        || node.Key is "cities" or "programmes" or "funding-cuts"
        || (node.Key.StartsWith("city/", StringComparison.Ordinal) && node.Children.Any(c => c.Key.Contains("/sector/", StringComparison.Ordinal)))
        || (node.Key.Contains("/sector/", StringComparison.Ordinal) && !node.Key.EndsWith("/capacity", StringComparison.Ordinal));

    private string Line(EditorNode node)
    {
        var editor = _workspace.Editor;
        if (node.Field is not { } field || editor is null)
        {
            return node.Title;
        }

        var changed = editor.IsChanged(field) ? "*" : " ";
        return $"{changed}{field.Label}: {editor.Show(field)}";
    }

    private static List<EditorNode>? PathTo(IEnumerable<EditorNode> nodes, string key)
    {
        foreach (var node in nodes)
        {
            if (node.Key == key)
            {
                return [node];
            }

            if (PathTo(node.Children, key) is { } below)
            {
                below.Insert(0, node);
                return below;
            }
        }

        return null;
    }

    private static IEnumerable<EditorNode> Flatten(IEnumerable<EditorNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
}
