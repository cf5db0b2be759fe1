using CoopSim.Tui.ViewModels.Trainer;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoopSim.Tui.Views.Trainer;

/// <summary>
/// The first screen of <c>coopsim workshop console</c> without a file: saved sessions to resume and
/// exercises to start. Enter opens the chosen one; a file that cannot be opened says why and the list stays.
/// </summary>
public sealed class LauncherView : Runnable
{
    private readonly IReadOnlyList<ConsoleChoice> _choices;
    private readonly Func<ConsoleChoice, string?> _open;
    private readonly LineList _list = new();
    private readonly WrappedText _message = new() { X = 0, Width = Dim.Fill(), Height = 2 };

    /// <param name="choices">What can be opened.</param>
    /// <param name="open">Opens a choice; returns why it cannot be, or null when it is open (the launcher then stops).</param>
    public LauncherView(IReadOnlyList<ConsoleChoice> choices, Func<ConsoleChoice, string?> open)
    {
        ArgumentNullException.ThrowIfNull(choices);
        _choices = choices;
        _open = open;
        SetScheme(Theme.Main);
        var header = new HeaderLine { X = 0, Y = 0, Width = Dim.Fill() };
        header.Set("CoopSim workshop: the trainer console", "Enter opens, F10 quits");
        var frame = new FrameView { Title = "Resume a saved session, or start one from an exercise", X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(3) };
        var list = _list.View;
        list.X = 0;
        list.Y = 0;
        list.Width = Dim.Fill();
        list.Height = Dim.Fill();
        list.KeyDown += OnKey;
        frame.Add(list);
        _message.Y = Pos.AnchorEnd(2);
        _message.Content = choices.Count == 0
            ? $"No saved session here and no exercise in ./{ConsoleChoices.ExerciseFolder}: name one, e.g. coopsim workshop console EXERCISE.json"
            : "A new session is saved next to where you are, as EXERCISE.session.json, after every change.";
        _list.Show(choices.Select(c => c.Title).ToList(), 0);
        Add(header, frame, _message);
    }

    /// <summary>The choice that opened, once one has.</summary>
    public ConsoleChoice? Opened { get; private set; }

    internal ListView List => _list.View;

    internal string Message => _message.Content;

    protected override bool OnKeyDown(Key key)
    {
        if (key == Key.F10 || key == Key.Q.WithCtrl || key == Key.Esc)
        {
            App?.RequestStop(this);
            return true;
        }

        return base.OnKeyDown(key);
    }

    private void OnKey(object? sender, Key key)
    {
        if (key != Key.Enter || _list.Selected < 0 || _list.Selected >= _choices.Count)
        {
            return;
        }

        key.Handled = true;
        var choice = _choices[_list.Selected];
        if (_open(choice) is { } problem)
        {
            _message.IsError = true;
            _message.Content = $"! cannot open {choice.Path}: {problem}";
            return;
        }

        Opened = choice;
        App?.RequestStop(this);
    }
}
