using System.Globalization;
using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Reporting;
using CoopSim.Engine.Workshops;

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

    public IReadOnlyList<TeamLine> Teams() => Session.Teams.Select(team =>
    {
        if (Session.IsFinished)
        {
            return new TeamLine(team.Id, team.Name, $"spent {Usd(Session.Ledger(team.Id).SpentBefore(Session.RoundsPlayed))}", true);
        }

        var pending = Session.Pending(team.Id);
        var status = pending is null ? "not decided"
            : Viewer == WorkshopViewer.Participant ? "decided"
            : pending.Count == 0 ? "no card"
            : $"{Count(pending.Count, "card")}, {DisplayUnits.Format(pending.Sum(id => Exercise.Card(id)?.Cost ?? 0), "USD")}";
        return new TeamLine(team.Id, team.Name, status, pending is not null);
    }).ToList();

    public void SelectTeam(string teamId)
    {
        if (Session.Team(teamId) is not null && teamId != SelectedTeamId)
        {
            SelectedTeamId = teamId;
            Changed?.Invoke();
        }
    }

    public EditOutcome RegisterTeam(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Saving(() =>
        {
            var registration = Session.RegisterTeam(name);
            if (registration.Team is not { } team)
            {
                return EditOutcome.Refused($"team '{name.Trim()}' not registered: {registration.Problem}");
            }

            SelectedTeamId = team.Id;
            return EditOutcome.Done($"registered {team.Name} ({Count(Session.Teams.Count, "team")}; at most {WorkshopSession.MaxTeams})");
        });
    }

    public EditOutcome RemoveTeam(string teamId) => Saving(() =>
    {
        var name = Session.Team(teamId)?.Name ?? teamId;
        if (Session.RemoveTeam(teamId) is { } problem)
        {
            return EditOutcome.Refused(problem);
        }

        _ticked.Remove(teamId);
        if (SelectedTeamId == teamId)
        {
            SelectedTeamId = Session.Teams.FirstOrDefault()?.Id;
        }

        return EditOutcome.Done($"removed {name}");
    });

    /// <summary>
    /// The selected team's cards this round: ticked or not, whether each can be played, and why not.
    /// The participant view shows no ticks: teams decide at the same time.
    /// </summary>
    public IReadOnlyList<CardLine> Cards()
    {
        if (SelectedTeam is not { } team || Session.IsFinished)
        {
            return [];
        }

        var ticked = Viewer == WorkshopViewer.Trainer ? Ticked(team.Id) : [];
        return Session.Cards(team.Id).Select(o => new CardLine(o.Card, ticked.Contains(o.Card.Id), o.Playable, o.Reason)).ToList();
    }

    /// <summary>Ticks or unticks a card for the selected team; nothing is entered until <see cref="EnterDecision"/>.</summary>
    public EditOutcome ToggleCard(string cardId)
    {
        if (HiddenFromParticipants() is { } hidden)
        {
            return hidden;
        }

        if (SelectedTeam is not { } team || Session.IsFinished || Exercise.Card(cardId) is not { } card)
        {
            return Report(EditOutcome.Refused(Session.IsFinished ? "the last round has been played" : "register a team first (F2)"));
        }

        var ticked = Ticked(team.Id);
        if (!ticked.Remove(cardId))
        {
            ticked.Add(cardId);
        }

        var option = Session.Cards(team.Id).First(o => o.Card.Id == cardId);
        var said = ticked.Contains(cardId)
            ? option.Playable ? $"ticked '{card.Name}' for {team.Name}" : $"ticked '{card.Name}' for {team.Name}, but it {option.Reason}"
            : $"unticked '{card.Name}' for {team.Name}";
        return Report(option.Playable || !ticked.Contains(cardId) ? EditOutcome.Done(said) : EditOutcome.Refused(said));
    }

    /// <summary>The selected team's ticked cards, checked as they would be entered; null without a team or after the last round.</summary>
    public DecisionCheck? Draft() =>
        SelectedTeam is { } team && !Session.IsFinished && Viewer == WorkshopViewer.Trainer ? Session.Check(team.Id, Ticked(team.Id)) : null;

    /// <summary>Whether the ticked cards differ from what is entered for the team (so quitting would drop them).</summary>
    public bool HasUnenteredTicks(string teamId) =>
        !Session.IsFinished && _ticked.TryGetValue(teamId, out var ticked) && !ticked.SequenceEqual(Session.Pending(teamId) ?? [])
        && !(ticked.Count == 0 && Session.Pending(teamId) is null);

    /// <summary>Enters the ticked cards as the selected team's decision (none ticked: the team plays no card); refused with every reason when it cannot be played.</summary>
    public EditOutcome EnterDecision()
    {
        if (HiddenFromParticipants() is { } hidden)
        {
            return hidden;
        }

        if (SelectedTeam is not { } team)
        {
            return Report(EditOutcome.Refused("register a team first (F2)"));
        }

        if (Session.IsFinished)
        {
            return Report(EditOutcome.Refused("the last round has been played"));
        }

        return Saving(() =>
        {
            var check = Session.Decide(team.Id, [.. Ticked(team.Id)]);
            if (!check.IsValid)
            {
                return EditOutcome.Refused($"{team.Name}'s decision is not entered: {string.Join("; ", check.Problems.Select(p => p.Text))}");
            }

            var waiting = Session.Teams.Where(t => Session.Pending(t.Id) is null).Select(t => t.Name).ToList();
            var cards = check.CardIds.Count == 0 ? "no card" : string.Join(", ", check.CardIds);
            return EditOutcome.Done($"{team.Name}: {cards} for {Usd(check.Cost)} of {Usd(check.Available)}. " +
                                    (waiting.Count == 0 ? "Every team has decided: F5 plays the round." : $"Still to decide: {string.Join(", ", waiting)}."));
        });
    }

    /// <summary>Withdraws the selected team's entered decision (its ticks stay, to change).</summary>
    public EditOutcome WithdrawDecision()
    {
        if (HiddenFromParticipants() is { } hidden)
        {
            return hidden;
        }

        if (SelectedTeam is not { } team || Session.IsFinished || Session.Pending(team.Id) is null)
        {
            return Report(EditOutcome.Refused("no decision entered to withdraw"));
        }

        return Saving(() =>
        {
            Session.Undecide(team.Id);
            return EditOutcome.Done($"withdrew {team.Name}'s decision");
        });
    }

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

    /// <summary>Each team's ticks start as what it has entered for the round (after a step back: the replayed round's cards).</summary>
    private void ResetTicks()
    {
        _ticked.Clear();
        foreach (var team in Session.Teams)
        {
            _ticked[team.Id] = Session.IsFinished ? [] : [.. Session.Pending(team.Id) ?? []];
        }
    }

    /// <summary>Decisions are entered in the trainer view only, so that the class never sees a team's cards before the round is played.</summary>
    private EditOutcome? HiddenFromParticipants() =>
        Viewer == WorkshopViewer.Participant
            ? Report(EditOutcome.Refused("decisions are entered in the trainer view (F7), out of the class's sight"))
            : null;

    private List<string> Ticked(string teamId)
    {
        if (!_ticked.TryGetValue(teamId, out var ticked))
        {
            ticked = [];
            _ticked[teamId] = ticked;
        }

        return ticked;
    }
}

/// <summary>A team on the console: its name and where it stands in the round.</summary>
public sealed record TeamLine(string Id, string Name, string Status, bool HasDecided);

/// <summary>A card as the selected team sees it this round: ticked or not, and why it cannot be played.</summary>
public sealed record CardLine(ExerciseCard Card, bool Ticked, bool Playable, string? Reason);
