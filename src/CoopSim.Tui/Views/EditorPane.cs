using CoopSim.Tui.ViewModels;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoopSim.Tui.Views;

/// <summary>
/// The scenario being edited as a tree of fields, the selected field's description, unit, range and
/// source, and an edit box. A refused value stays in the box with the reason under it.
/// </summary>
internal sealed class EditorPane : FrameView
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

    public void FocusTree() => _tree.SetFocus();

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

    private void OnTreeKey(object? sender, Key key)
    {
        var node = _tree.SelectedObject;
        if (node is null)
        {
            return;
        }

        if (key == Key.Enter)
        {
            BeginEdit();
            key.Handled = true;
            return;
        }

        var rune = key.IsCtrl || key.IsAlt ? 0 : key.AsRune.Value;
        EditOutcome? outcome = (rune, node.Field) switch
        {
            ('+' or '=', { } field) => _workspace.Edit(e => e.Nudge(field, +1)),
            ('-' or '_', { } field) => _workspace.Edit(e => e.Nudge(field, -1)),
            _ => null,
        };
        if (outcome is null && key == Key.Delete)
        {
            outcome = node switch
            {
                { Field: { } field } => _workspace.Edit(e => e.Reset(field)),
                { Kind: EditorNodeKind.Phase } => _workspace.Edit(e => e.RemovePhase(node.ProgrammeId!, node.PhaseId!)),
                { Kind: EditorNodeKind.Programme } => _workspace.Edit(e => e.RemoveProgramme(node.ProgrammeId!)),
                _ => null,
            };
        }
        else if (outcome is null && key == Key.InsertChar && node.Kind == EditorNodeKind.Phase)
        {
            outcome = _workspace.Edit(e => e.AddPhaseAfter(node.ProgrammeId!, node.PhaseId!));
        }

        if (outcome is not null)
        {
            SetNote(outcome.Message, !outcome.Accepted);
            key.Handled = true;
        }
    }

    private void BeginEdit()
    {
        if (_tree.SelectedObject is not { Field: { } field } || _workspace.Editor is not { } editor)
        {
            if (_tree.SelectedObject is { } node && node.Children.Count > 0)
            {
                _tree.Toggle(node);
            }

            return;
        }

        _input.Text = editor.EditText(field);
        _input.SetFocus();
        _input.SelectAll();
        SetNote($"type a value in {(field.Unit.Length > 0 ? ValueText.Unit(field.Unit) : "the field")}, Enter applies, Esc cancels" +
                (field.IsOptional ? "; empty means " + (field.Default is null ? field.EmptyMeaning : "the default") : ""), isError: false);
    }

    private void OnInputKey(object? sender, Key key)
    {
        if (_tree.SelectedObject is not { Field: { } field } || _workspace.Editor is not { } editor)
        {
            return;
        }

        if (key == Key.Esc)
        {
            _input.Text = editor.EditText(field);
            SetNote("", isError: false);
            _tree.SetFocus();
            key.Handled = true;
        }
        else if (key == Key.Enter)
        {
            var outcome = _workspace.Edit(e => e.TrySet(field, _input.Text));
            if (outcome.Accepted)
            {
                SetNote(outcome.Message, isError: false);
                _tree.SetFocus();
                _input.Text = editor.EditText(field);
            }
            else
            {
                SetNote("refused: " + outcome.Message, isError: true);
            }

            key.Handled = true;
        }
    }

    private void SetNote(string text, bool isError)
    {
        _note.Content = text;
        _note.IsError = isError;
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
