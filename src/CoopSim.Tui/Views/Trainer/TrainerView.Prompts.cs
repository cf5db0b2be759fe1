using CoopSim.Tui.ViewModels;

namespace CoopSim.Tui.Views.Trainer;

public sealed partial class TrainerView
{
    /// <summary>Quits; asks first when a team has cards ticked but not entered (the session itself is always saved).</summary>
    public void RequestQuit()
    {
        if (_console.NotSaved is not null && !_console.SaveNow().Accepted)
        {
            _prompt.Ask($"Session not saved: q quit and lose what changed since the last save, Esc stay ({_console.NotSaved})", "q", _ => Stop());
            return;
        }

        var unentered = _console.Session.Teams.Where(t => _console.HasUnenteredTicks(t.Id)).Select(t => t.Name).ToList();
        if (unentered.Count == 0)
        {
            Stop();
            return;
        }

        _prompt.Ask($"{string.Join(", ", unentered)}: cards ticked but not entered. q quit without them, Esc stay", "q", _ => Stop());
    }

    private void Stop() => App?.RequestStop(this);

    /// <summary>A status bar command that does nothing while a name is typed or a question is open, so nothing runs behind it.</summary>
    private Action Unasked(Action command) => () =>
    {
        if (!_prompt.IsAsking)
        {
            command();
        }
    };

    private void RegisterTeam()
    {
        if (_console.Session.RoundsPlayed > 0)
        {
            _console.Say("teams are registered before the first round is played", MessageKind.Error);
            return;
        }

        ShowTeams();
        _prompt.Input("New team's name:", "", name =>
        {
            if (_console.RegisterTeam(name).Accepted)
            {
                _teams.FocusList();
            }
        });
    }

    private void AskRemoveTeam(string teamId)
    {
        if (_console.Session.Team(teamId) is not { } team)
        {
            return;
        }

        if (_console.Session.RoundsPlayed > 0)
        {
            _console.Say("teams can be removed only before the first round is played", MessageKind.Error);
            return;
        }

        _prompt.Ask($"remove team {team.Name}? y remove, n or Esc keep", "yn", answer =>
        {
            if (answer == 'y')
            {
                _console.RemoveTeam(teamId);
            }
        });
    }

    private void StepBack()
    {
        if (_console.Session.RoundsPlayed == 0)
        {
            _console.Say("no round has been played yet", MessageKind.Error);
            return;
        }

        var round = _console.Exercise.Rounds[_console.Session.RoundsPlayed - 1];
        _prompt.Ask($"step back: undo {round.Name} ({round.From}-{round.To}) to play it again? y step back, n or Esc stay", "yn", answer =>
        {
            if (answer == 'y')
            {
                _console.StepBack();
            }
        });
    }
}
