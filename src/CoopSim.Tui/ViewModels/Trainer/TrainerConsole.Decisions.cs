using CoopSim.Workshops;

namespace CoopSim.Tui.ViewModels.Trainer;

public sealed partial class TrainerConsole
{
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
