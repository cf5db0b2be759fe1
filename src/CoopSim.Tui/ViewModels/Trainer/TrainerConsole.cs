using System.Globalization;
using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Reporting;
using CoopSim.Workshops;

namespace CoopSim.Tui.ViewModels.Trainer;

/// <summary>
/// Everything the trainer console shows and can do, without the terminal: a workshop session, the
/// team whose decision is being entered and the cards ticked for each team, who is looking (the
/// trainer, or participants, who never see future events), and the message line. Every command goes
/// through <see cref="WorkshopSession"/>, which saves the session after each change.
/// </summary>
public sealed partial class TrainerConsole
{
    private readonly Dictionary<string, List<string>> _ticked = new(StringComparer.Ordinal);

    public TrainerConsole(WorkshopSession session, IReadOnlyList<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        Session = session;
        Standings = new Standings(session);
        Projector = new ProjectorPages(Standings);
        SelectedTeamId = session.Teams.FirstOrDefault()?.Id;
        ResetTicks();
        Message = warnings is { Count: > 0 }
            ? StatusMessage.Error("warning: " + string.Join("; ", warnings))
            : StatusMessage.Info(Opening());
    }

    public WorkshopSession Session { get; }

    public Exercise Exercise => Session.Exercise;

    /// <summary>The league table and the charts of the scores.</summary>
    public Standings Standings { get; }

    /// <summary>Projector mode and its pages.</summary>
    public ProjectorPages Projector { get; }

    /// <summary>Who the screen is for: the trainer sees every event and each team's pending cards; participants do not.</summary>
    public WorkshopViewer Viewer { get; private set; } = WorkshopViewer.Trainer;

    /// <summary>The team whose cards are shown; null until a team is registered.</summary>
    public string? SelectedTeamId { get; private set; }

    public WorkshopTeam? SelectedTeam => SelectedTeamId is null ? null : Session.Team(SelectedTeamId);

    public StatusMessage Message { get; private set; }

    /// <summary>Raised after anything a view shows changed.</summary>
    public event Action? Changed;

    /// <summary>"Round 2 of 5: Building the team (1996-1998)", or that the last round is played.</summary>
    public string RoundTitle => Session.CurrentRound is { } round
        ? string.Create(CultureInfo.InvariantCulture, $"Round {round.Index + 1} of {Exercise.Rounds.Count}: {round.Name} ({round.From}-{round.To})")
        : string.Create(CultureInfo.InvariantCulture, $"All {Exercise.Rounds.Count} rounds played ({Exercise.FirstYear}-{Exercise.LastYear})");

    /// <summary>What the class is told as the round opens: its budget and briefing, or what comes after the last round.</summary>
    public string Briefing => Session.CurrentRound is { } round
        ? $"Budget {Usd(round.Budget)} a team.{(round.Briefing is null ? "" : " " + round.Briefing)}"
        : $"The real city's path is now on the charts beside the teams'. Debrief: coopsim workshop report {SessionFileName}";

    /// <summary>The session file's name, for the header and messages; "(not saved)" for a session kept in memory.</summary>
    public string SessionFileName => Session.SavePath is { } path ? DisplayPath.Of(path) : "(not saved)";

    /// <summary>Plays the round once every team has decided; says what the next round opens with.</summary>
    public EditOutcome PlayRound()
    {
        var round = Session.CurrentRound;
        return Saving(() =>
        {
            var outcome = Session.Advance();
            if (!outcome.Advanced)
            {
                return EditOutcome.Refused("the round is not played: " + string.Join("; ", outcome.Problems));
            }

            ResetTicks();
            var played = $"played {round!.Name} ({round.From}-{round.To}).";
            if (Session.CurrentRound is not { } next)
            {
                return EditOutcome.Done($"{played} That was the last round: the real city's path is on the charts.");
            }

            var opened = Session.Events(WorkshopViewer.Participant).Where(e => e.Round.Index == next.Index).Select(e => e.Event.Name).ToList();
            return EditOutcome.Done($"{played} Now {next.Name}.{(opened.Count == 0 ? "" : " Events: " + string.Join("; ", opened) + ".")}");
        });
    }

    /// <summary>Undoes the last played round; its decisions become the round's again, to change or replay.</summary>
    public EditOutcome StepBack() => Saving(() =>
    {
        var outcome = Session.StepBack();
        if (!outcome.SteppedBack)
        {
            return EditOutcome.Refused(string.Join("; ", outcome.Problems));
        }

        ResetTicks();
        return EditOutcome.Done($"stepped back: {Session.CurrentRound!.Name} is to be played again; its decisions are kept, change them or press F5");
    });

    public void ToggleViewer()
    {
        Viewer = Viewer == WorkshopViewer.Trainer ? WorkshopViewer.Participant : WorkshopViewer.Trainer;
        Say(Viewer == WorkshopViewer.Trainer
            ? "trainer view: every event, future ones too, and what each team has entered"
            : "participant view: only events revealed so far, and who has decided but not what");
    }

    public void ToggleProjector()
    {
        Projector.Toggle();
        Say(Projector.IsOn
            ? "projector mode: Left and Right turn the pages, Esc or F8 goes back to the console"
            : "back to the console");
    }

    /// <summary>The events as the current viewer may see them.</summary>
    public IReadOnlyList<EventLine> Events() => EventLines.For(Session, Viewer);

    /// <summary>The events revealed as the current round opened (what the class is told now).</summary>
    public IReadOnlyList<EventLine> EventsThisRound() =>
        Session.CurrentRound is { } round ? EventLines.For(Session, WorkshopViewer.Participant).Where(e => e.Round == round.Index).ToList() : [];

    public void Say(string text, MessageKind kind = MessageKind.Info)
    {
        Message = new StatusMessage(text, kind);
        Changed?.Invoke();
    }

    internal static string Usd(double value) => DisplayUnits.Format(value, "USD") + " USD";

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    private string Opening()
    {
        if (Session.Teams.Count == 0)
        {
            return $"Session {SessionFileName}, saved after every change. F2 registers a team (2 to 8 in a class).";
        }

        return Session.IsFinished
            ? $"Session {SessionFileName}: every round played. F6 shows the league and the charts."
            : $"Session {SessionFileName}: {Session.RoundsPlayed} of {Exercise.Rounds.Count} rounds played. Tick cards with Space, Enter enters a team's decision.";
    }
}
