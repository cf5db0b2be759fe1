using CoopSim.Tui.ViewModels.Trainer;
using CoopSim.Tui.Views.Trainer;
using Terminal.Gui.Input;

namespace CoopSim.Tui.Tests.Views;

/// <summary>The trainer console on the virtual terminal, over a console opened as <c>coopsim workshop console</c> opens it.</summary>
internal sealed class ConsoleScreen : VirtualTerminal
{
    public ConsoleScreen(TrainerConsole console, int width = 120, int height = 40)
        : base(width, height)
    {
        Console = console;
        View = new TrainerView(console);
        Begin(View);
        View.FocusStart();
        Draw();
    }

    public TrainerConsole Console { get; }

    public TrainerView View { get; }

    public new ConsoleScreen Press(params Key[] keys)
    {
        base.Press(keys);
        return this;
    }

    public new ConsoleScreen Type(string text)
    {
        base.Type(text);
        return this;
    }

    /// <summary>The message line: the line above the status bar.</summary>
    public string MessageLine
    {
        get
        {
            var lines = Lines.ToList();
            return lines[lines.FindLastIndex(l => l.Contains("F1  Help", StringComparison.Ordinal)) - 1];
        }
    }

    /// <summary>A pane's text as one paragraph: its wrapped lines trimmed and joined with spaces.</summary>
    public string Flow(string title) => string.Join(' ', Pane(title).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    /// <summary>Registers a team as a trainer does: F2, the name, Enter.</summary>
    public ConsoleScreen Register(string name) => Press(Key.F2).Type(name).Press(Key.Enter);

    /// <summary>Goes to a team's cards (F3, the team, Enter), ticks the named cards (Space) and enters them (Enter).</summary>
    public ConsoleScreen Decide(string team, params string[] cardNames)
    {
        Press(Key.F3, Key.Home);
        var teams = Console.Session.Teams.Select(t => t.Name).ToList();
        for (var i = 0; i < teams.IndexOf(team); i++)
        {
            Press(Key.CursorDown);
        }

        Press(Key.Enter, Key.Home);
        var cards = Console.Exercise.Cards.Select(c => c.Name).ToList();
        var at = 0;
        foreach (var index in cardNames.Select(n => cards.IndexOf(n)).Order())
        {
            for (; at < index; at++)
            {
                Press(Key.CursorDown);
            }

            Press(Key.Space);
        }

        return Press(Key.Enter);
    }

    public override void Dispose()
    {
        View.Dispose();
        base.Dispose();
    }
}
