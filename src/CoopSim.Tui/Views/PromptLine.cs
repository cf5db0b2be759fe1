using CoopSim.Tui.ViewModels;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoopSim.Tui.Views;

/// <summary>
/// The line above the status bar: the last message, or a question answered with a key, or a line
/// of text to type (a file name, a range of years). While it asks, it holds the focus; Esc cancels.
/// </summary>
internal sealed class PromptLine : View
{
    private readonly WrappedText _message = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = 1 };
    private readonly Label _label = new() { X = 0, Y = 0, Visible = false };
    private readonly TextField _input = new() { Y = 0, Width = Dim.Fill(), Visible = false };
    private Action<char>? _answer;
    private string _answers = "";
    private Action<string>? _accept;
    private View? _returnFocusTo;

    public PromptLine()
    {
        Height = 1;
        CanFocus = true;
        TabStop = TabBehavior.NoStop;
        _input.X = Pos.Right(_label) + 1;
        _input.KeyDown += OnInputKey;
        Add(_message, _label, _input);
    }

    public bool IsAsking => _answer is not null || _accept is not null;

    /// <summary>The question or input label on show, for tests and help.</summary>
    public string Prompt => _answer is not null ? _message.Content : _label.Text;

    public void Show(StatusMessage message)
    {
        if (IsAsking)
        {
            return;
        }

        _message.Content = message.Kind == MessageKind.Error ? "! " + message.Text : message.Text;
        _message.IsError = message.Kind == MessageKind.Error;
    }

    /// <summary>Asks a question answered by one of the keys in <paramref name="answers"/> (lower case), or Esc.</summary>
    public void Ask(string question, string answers, Action<char> answer)
    {
        Finish();
        _returnFocusTo = App?.Navigation?.GetFocused();
        _answer = answer;
        _answers = answers;
        _message.Content = question;
        _message.IsError = false;
        SetFocus();
    }

    /// <summary>Asks for a line of text, prefilled; Enter accepts it, Esc cancels.</summary>
    public void Input(string label, string initial, Action<string> accept)
    {
        Finish();
        _returnFocusTo = App?.Navigation?.GetFocused();
        _accept = accept;
        _label.Text = label;
        _label.Visible = true;
        _message.Visible = false;
        _input.Text = initial;
        _input.Visible = true;
        _input.SetFocus();
        _input.MoveEnd();
    }

    public void Cancel()
    {
        var hadQuestion = IsAsking;
        Finish();
        if (hadQuestion)
        {
            _message.Content = "cancelled";
            _message.IsError = false;
        }
    }

    protected override bool OnKeyDown(Key key)
    {
        if (_answer is null)
        {
            return base.OnKeyDown(key);
        }

        if (key == Key.Esc)
        {
            Cancel();
            return true;
        }

        var rune = key.AsRune.Value;
        var typed = char.ToLowerInvariant((char)rune);
        if (rune < 128 && _answers.Contains(typed, StringComparison.Ordinal))
        {
            var answer = _answer;
            Finish();
            answer(typed);
        }

        // A question takes every key until it is answered, so nothing else happens by accident.
        return true;
    }

    private void OnInputKey(object? sender, Key key)
    {
        if (key == Key.Esc)
        {
            Cancel();
            key.Handled = true;
        }
        else if (key == Key.Enter)
        {
            var accept = _accept;
            var text = _input.Text;
            Finish();
            accept?.Invoke(text);
            key.Handled = true;
        }
    }

    private void Finish()
    {
        _answer = null;
        _accept = null;
        _label.Visible = false;
        _input.Visible = false;
        _message.Visible = true;
        var back = _returnFocusTo;
        _returnFocusTo = null;
        if (HasFocus || _input.HasFocus)
        {
            back?.SetFocus();
        }
    }
}
