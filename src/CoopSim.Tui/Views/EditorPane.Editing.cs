using CoopSim.Tui.ViewModels;
using Terminal.Gui.Input;

namespace CoopSim.Tui.Views;

internal sealed partial class EditorPane
{
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
}
