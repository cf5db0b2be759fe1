using CoopSim.Workshops;
using CoopSim.Tui.ViewModels.Trainer;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoopSim.Tui.Views.Trainer;

/// <summary>
/// The trainer console: a header, the round being decided, the Teams and Events panes on the left,
/// the selected team's Cards and the League (table or charts) on the right, the message line and
/// the keys. Narrow screens show Cards or League (F4, F6); short ones Teams or Events (F3, again F3).
/// Projector mode (F8) replaces it all with one big page at a time.
/// </summary>
public sealed partial class TrainerView : Runnable
{
    /// <summary>From this width Cards and League are side by side.</summary>
    public const int WideWidth = 110;

    /// <summary>From this many rows Teams and Events are stacked.</summary>
    public const int TallHeight = 30;

    private readonly TrainerConsole _console;
    private readonly HeaderLine _header = new() { X = 0, Y = 0, Width = Dim.Fill() };
    private readonly RoundPane _round;
    private readonly TeamsPane _teams;
    private readonly EventsPane _events;
    private readonly CardsPane _cards;
    private readonly StandingsPane _standings;
    private readonly ProjectorView _projector;
    private readonly HelpPane _help = new(ConsoleKeyHelp.Groups,
    [
        "The session is saved after every change: a team registered, a decision entered, a round played or stepped back.",
        "After a crash or a closed laptop: coopsim workshop resume SESSION (or workshop console SESSION) goes on where it stopped.",
    ]) { Visible = false };

    private readonly PromptLine _prompt = new() { X = 0, Width = Dim.Fill() };
    private readonly StatusBar _status;
    private bool _showEvents;
    private bool _showStandings;

    public TrainerView(TrainerConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        _console = console;
        SetScheme(Theme.Main);
        _round = new RoundPane(console);
        _teams = new TeamsPane(console);
        _events = new EventsPane(console);
        _cards = new CardsPane(console);
        _standings = new StandingsPane(console);
        _projector = new ProjectorView(console) { Visible = false };
        _status = new StatusBar(
        [
            new Shortcut(Key.F1, "Help", Unasked(ToggleHelp)),
            new Shortcut(Key.F5, "Play", Unasked(() => _console.PlayRound())),
            new Shortcut(Key.F9, "Back", Unasked(StepBack)),
            new Shortcut(Key.F6, "League", Unasked(ToggleStandings)),
            new Shortcut(Key.F7, "View", Unasked(() => _console.ToggleViewer())),
            new Shortcut(Key.F8, "Big", Unasked(ToggleProjector)),
            new Shortcut(Key.F10, "Quit", Unasked(RequestQuit)),
        ]);
        _prompt.Y = Pos.AnchorEnd(2);
        Add(_header, _round, _teams, _events, _cards, _standings, _projector, _help, _prompt, _status);
        _teams.CardsRequested += () => ShowCards();
        _teams.RemoveRequested += AskRemoveTeam;
        console.Changed += Refresh;
        Refresh();
    }

    internal TeamsPane Teams => _teams;

    internal CardsPane Cards => _cards;

    internal StandingsPane Standings => _standings;

    internal EventsPane Events => _events;

    internal ProjectorView Projector => _projector;

    internal PromptLine Prompt => _prompt;

    internal HelpPane Help => _help;

    /// <summary>Puts the focus where a trainer starts: the teams, or the cards once there are teams.</summary>
    public void FocusStart()
    {
        if (_console.Session.Teams.Count == 0)
        {
            _teams.FocusList();
        }
        else
        {
            ShowCards();
        }
    }

    public void Refresh()
    {
        UpdateHeader();
        _round.Show();
        _teams.Show();
        _events.Show();
        _cards.Show();
        _standings.Show();
        // The round's text and the number of teams change the layout; arranging again is cheap when nothing moved.
        SetNeedsLayout();

        if (_console.Projector.IsOn)
        {
            // Turning projector mode on raises Changed too, so the page is built when it is first shown.
            _projector.Show();
        }

        _prompt.Show(_console.Message);
    }

    /// <summary>The exercise on the left; who the screen is for on the right, and the session file when there is room.</summary>
    private void UpdateHeader()
    {
        var left = $"CoopSim workshop: {_console.Exercise.Name}";
        var viewer = _console.Viewer == WorkshopViewer.Participant ? "PARTICIPANT VIEW" : "trainer view";
        var full = $"{viewer} | saved in {_console.SessionFileName}";
        _header.Set(left, left.Length + 2 + full.Length <= Viewport.Width ? full : viewer);
    }

    protected override void OnSubViewLayout(LayoutEventArgs args)
    {
        ArrangePanes();
        UpdateHeader();
        base.OnSubViewLayout(args);
    }

    protected override bool OnKeyDown(Key key)
    {
        if (_prompt.IsAsking && key == Key.Esc)
        {
            _prompt.Cancel();
            return true;
        }

        if (key == Key.Esc)
        {
            // Esc never quits: it closes help or the projector, or does nothing.
            if (_help.Visible)
            {
                ToggleHelp();
            }
            else if (_console.Projector.IsOn)
            {
                ToggleProjector();
            }

            return true;
        }

        if (_prompt.IsAsking)
        {
            // While a name is typed or a question is open, no command may run behind it (F5 would play the round).
            return base.OnKeyDown(key);
        }

        if (_console.Projector.IsOn)
        {
            return ProjectorKey(key) || base.OnKeyDown(key);
        }

        if (GlobalKey(key))
        {
            return true;
        }

        if (_help.Visible || key.IsCtrl || key.IsAlt)
        {
            return base.OnKeyDown(key);
        }

        var rune = key.AsRune.Value;
        if (rune is 'm' or 'M')
        {
            _console.Say(_console.Standings.CycleChart(rune == 'm' ? +1 : -1));
            ShowStandings();
            return true;
        }

        return base.OnKeyDown(key);
    }

    private void ToggleHelp()
    {
        _help.Visible = !_help.Visible;
        if (_help.Visible)
        {
            _help.List.SetFocus();
        }
        else
        {
            FocusStart();
        }

        SetNeedsLayout();
    }

    private void ToggleProjector()
    {
        _console.ToggleProjector();
        SetNeedsLayout();
        if (_console.Projector.IsOn)
        {
            _projector.SetFocus();
        }
        else
        {
            FocusStart();
        }
    }

    /// <summary>F6: show the league; when it is on the screen already, switch between the table and the charts.</summary>
    private void ToggleStandings()
    {
        if (_standings.Visible)
        {
            _console.Standings.ToggleChart();
            _console.Say(_console.Standings.ShowChart ? "showing the charts (m: next chart)" : "showing the league table");
        }

        ShowStandings();
    }

    private void ShowStandings()
    {
        _showStandings = true;
        SetNeedsLayout();
        _standings.Visible = true;
        _standings.SetFocus();
    }

    private void ShowCards()
    {
        _showStandings = false;
        SetNeedsLayout();
        _cards.Visible = true;
        _cards.FocusList();
    }

    private void ShowTeams()
    {
        _showEvents = false;
        SetNeedsLayout();
        _teams.Visible = true;
        _teams.FocusList();
    }

    private void ShowEvents()
    {
        _showEvents = true;
        SetNeedsLayout();
        _events.Visible = true;
        _events.FocusText();
    }
}
