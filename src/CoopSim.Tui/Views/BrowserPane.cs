using CoopSim.Engine.Diagnostics;
using CoopSim.Tui.ViewModels;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoopSim.Tui.Views;

/// <summary>
/// The scenario files of the opened folders, each variant under the file it extends, and the loaded
/// plugins. Enter opens a scenario for editing; Space adds it to the comparison or takes it out.
/// </summary>
internal sealed class BrowserPane : FrameView
{
    private readonly Workspace _workspace;
    private readonly TreeView<object> _tree;
    private readonly WrappedText _detail = new() { X = 0, Width = Dim.Fill(), Height = 2 };

    public BrowserPane(Workspace workspace)
    {
        _workspace = workspace;
        Title = "Scenarios (F3)";
        CanFocus = true;
        _tree = new TreeView<object>(new DelegateTreeBuilder<object>(Children, o => Children(o).Any()))
        {
            X = 0,
            Y = 0,
            Width = Dim.Fill(),
            Height = Dim.Fill(2),
            AllowLetterBasedNavigation = false,
        };
        _tree.AspectGetter = Line;
        TreeReveal.KeepSelectionInView(_tree);
        _tree.SelectionChanged += (_, _) => ShowSelected();
        _tree.KeyDown += OnTreeKey;
        _tree.Accepting += (_, e) =>
        {
            if (_tree.SelectedObject is LibraryEntry entry)
            {
                OpenRequested?.Invoke(entry.Path);
                e.Handled = true;
            }
        };
        _detail.Y = Pos.AnchorEnd(2);
        Add(_tree, _detail);
    }

    /// <summary>Enter on a scenario: the main view asks about unsaved edits, then opens it.</summary>
    public event Action<string>? OpenRequested;

    internal TreeView<object> Tree => _tree;

    public object? Selected => _tree.SelectedObject;

    /// <summary>Rebuilds the tree from the library, keeping the selection and what was unfolded.</summary>
    public void ShowLibrary()
    {
        var selected = NodeKey(_tree.SelectedObject);
        var collapsed = (_tree.Objects ?? []).SelectMany(Flatten).Where(o => Children(o).Any() && !_tree.IsExpanded(o)).Select(NodeKey).ToHashSet();
        var first = !(_tree.Objects ?? []).Any();
        _tree.ClearObjects();
        var roots = _workspace.Library.Folders.Cast<object>().Append(_workspace.Plugins).ToList();
        _tree.AddObjects(roots);
        foreach (var node in roots.SelectMany(Flatten))
        {
            var open = node is LibraryFolder or LibraryEntry && (first || !collapsed.Contains(NodeKey(node)));
            if (open && Children(node).Any())
            {
                _tree.Expand(node);
            }
        }

        var editing = _workspace.Editor?.Path;
        var again = roots.SelectMany(Flatten).FirstOrDefault(o => NodeKey(o) == selected && selected is not null)
                    ?? roots.SelectMany(Flatten).OfType<LibraryEntry>().FirstOrDefault(e => e.Path == editing)
                    ?? roots.SelectMany(Flatten).FirstOrDefault(o => o is LibraryEntry);
        if (again is not null)
        {
            _tree.SelectedObject = again;
            TreeReveal.Reveal(_tree, again);
        }

        ShowSelected();
    }

    /// <summary>Redraws the lines (their A-D marks change as scenarios are opened and compared).</summary>
    public void Refresh() => _tree.SetNeedsDraw();

    public bool Select(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var entry = (_tree.Objects ?? []).SelectMany(Flatten).OfType<LibraryEntry>().FirstOrDefault(e => e.Path == full);
        if (entry is null)
        {
            return false;
        }

        _tree.SelectedObject = entry;
        TreeReveal.Reveal(_tree, entry);
        return true;
    }

    public void FocusTree() => _tree.SetFocus();

    private static IEnumerable<object> Children(object node) => node switch
    {
        LibraryFolder folder => folder.Roots,
        LibraryEntry entry => entry.Children,
        InfoNode info => info.Children,
        _ => [],
    };

    private static IEnumerable<object> Flatten(object node) => Children(node).SelectMany(Flatten).Prepend(node);

    private static string? NodeKey(object? node) => node switch
    {
        LibraryFolder folder => "folder:" + folder.Path,
        LibraryEntry entry => "file:" + entry.Path,
        InfoNode info => "info:" + info.Title,
        _ => null,
    };

    private string Line(object node)
    {
        if (node is not LibraryEntry entry)
        {
            return node.ToString() ?? "";
        }

        var slot = _workspace.Slots.FirstOrDefault(s => s.Path == entry.Path);
        var mark = slot is not null ? slot.Label : entry.Problem is not null ? "!" : " ";
        return $"{mark} {entry.FileName}";
    }

    private void ShowSelected()
    {
        _detail.Content = _tree.SelectedObject switch
        {
            LibraryEntry { Problem: { } problem } e => $"{e.Name ?? e.FileName}: cannot run: {problem}",
            LibraryEntry e => $"{e.Name}{(e.ParentPath is { } parent ? $" (extends {System.IO.Path.GetFileName(parent)})" : "")}. Enter edits, Space compares.",
            LibraryFolder f => $"{DisplayPath.Of(f.Path)}: {f.Roots.Count} scenario file(s) at the top; variants sit under the file they extend.",
            InfoNode info => info.Description,
            _ => "",
        };
    }

    private void OnTreeKey(object? sender, Key key)
    {
        if (_tree.SelectedObject is not LibraryEntry entry)
        {
            return;
        }

        if (key == Key.Enter)
        {
            OpenRequested?.Invoke(entry.Path);
            key.Handled = true;
        }
        else if (key == Key.Space)
        {
            _workspace.ToggleComparison(entry.Path);
            key.Handled = true;
        }
    }
}
