using CoopSim.Engine.Reporting;
using CoopSim.Workshops;

namespace CoopSim.Tui.ViewModels.Trainer;

public sealed partial class TrainerConsole
{
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
}
