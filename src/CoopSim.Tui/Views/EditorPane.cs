using CoopSim.Tui.ViewModels;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoopSim.Tui.Views;

/// <summary>
/// The scenario being edited as a tree of fields, the selected field's description, unit, range and
/// source, and an edit box. A refused value stays in the box with the reason under it.
/// </summary>
internal sealed partial class EditorPane : FrameView
{
    private readonly Workspace _workspace;
    private readonly TreeView<EditorNode> _tree;
    private readonly WrappedText _detail = new() { X = 0, Width = Dim.Fill(), Height = 2 };
    private readonly Label _valueLabel = new() { X = 0, Text = "value:" };
    private readonly TextField _input = new();
    private readonly Label _unit = new() { Text = "" };
    private readonly WrappedText _note = new() { X = 0, Width = Dim.Fill(), Height = 2 };
    private IReadOnlyList<EditorNode>? _shownRoots;
    private int _shownRevision = -1;

    public EditorPane(Workspace workspace)
    {
        _workspace = workspace;
        Title = "Edit (F4)";
        CanFocus = true;
        _tree = new TreeView<EditorNode>(new DelegateTreeBuilder<EditorNode>(n => n.Children, n => n.Children.Count > 0))
        {
            X = 0,
            Y = 0,
            Width = Dim.Fill(),
            Height = Dim.Fill(5),
            AllowLetterBasedNavigation = false,
        };
        _tree.AspectGetter = Line;
        TreeReveal.KeepSelectionInView(_tree);
        _tree.SelectionChanged += (_, _) => ShowSelected(keepNote: false);
        _tree.KeyDown += OnTreeKey;
        _tree.Accepting += (_, e) =>
        {
            BeginEdit();
            e.Handled = true;
        };
        _detail.Y = Pos.AnchorEnd(5);
        _valueLabel.Y = Pos.AnchorEnd(3);
        _input.X = Pos.Right(_valueLabel) + 1;
        _input.Y = Pos.AnchorEnd(3);
        _input.Width = Dim.Fill(Dim.Func(_ => _unit.Text.Length + 1, _unit));
        _unit.X = Pos.Right(_input) + 1;
        _unit.Y = Pos.AnchorEnd(3);
        _input.KeyDown += OnInputKey;
        _note.Y = Pos.AnchorEnd(2);
        Add(_tree, _detail, _valueLabel, _input, _unit, _note);
    }

    internal TreeView<EditorNode> Tree => _tree;

    internal TextField Input => _input;

    /// <summary>The note under the edit box: why a value was refused, or what was done.</summary>
    internal string Note => _note.Content;

    public EditorNode? Selected => _tree.SelectedObject;

    /// <summary>Shows the editor's current state: rebuilds the tree when its shape changed, else redraws the lines.</summary>
    public void Show()
    {
        var editor = _workspace.Editor;
        var title = editor is null ? "Edit (F4)" : $"Edit (F4): {Path.GetFileName(editor.Path)}{(editor.IsDirty ? " *" : "")}";
        if (Title != title)
        {
            Title = title;
        }

        if (editor is null)
        {
            if (_shownRoots is not null)
            {
                _tree.ClearObjects();
                _shownRoots = null;
            }

            _detail.Content = "Open a scenario in the Scenarios pane (F3, Enter) to edit it here.";
            return;
        }

        if (!ReferenceEquals(_shownRoots, editor.Roots))
        {
            Rebuild(editor);
        }

        if (_shownRevision != editor.Revision)
        {
            // Values on the lines changed; the tree draws them through its aspect getter.
            _shownRevision = editor.Revision;
            _tree.SetNeedsDraw();
            ShowSelected(keepNote: true);
        }
    }

    public void FocusTree() => _tree.SetFocus();

    private void ShowSelected(bool keepNote)
    {
        var editor = _workspace.Editor;
        var node = _tree.SelectedObject;
        if (!keepNote)
        {
            _note.Content = "";
            _note.IsError = false;
        }

        if (editor is null || node is null)
        {
            return;
        }

        if (node.Field is not { } field)
        {
            _detail.Content = node.Description;
            _input.Text = "";
            _unit.Text = "";
            _input.Enabled = false;
            return;
        }

        var facts = new List<string>();
        if (field.Unit.Length > 0)
        {
            facts.Add($"unit {ValueText.Unit(field.Unit)}");
        }

        if (field.HasRange)
        {
            facts.Add($"range {ValueText.Range(field)}");
        }

        if (field.Default is not null)
        {
            facts.Add($"default {ValueText.Show(field, field.Default)}");
        }

        if (field.Source(editor.Document) is { Length: > 0 } source)
        {
            facts.Add($"source: {source}");
        }

        _detail.Content = facts.Count == 0 ? $"{field.Label}: {field.Description}" : $"{field.Label}: {string.Join("; ", facts)}. {field.Description}";
        _unit.Text = ValueText.Unit(field.Unit);
        _input.Enabled = true;
        var text = editor.EditText(field);
        if (!_input.HasFocus && _input.Text != text)
        {
            _input.Text = text;
        }

        if (!keepNote && editor.ProblemsAt(field).FirstOrDefault() is { } problem)
        {
            SetNote(problem, isError: true);
        }
    }
}
