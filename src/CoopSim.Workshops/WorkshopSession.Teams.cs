namespace CoopSim.Workshops;

public sealed partial class WorkshopSession
{
    /// <summary>Registers a team before the first round is played; the problem says why not otherwise.</summary>
    public TeamRegistration RegisterTeam(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        var id = WorkshopTeam.IdFor(trimmed);
        string? problem = null;
        if (RoundsPlayed > 0)
        {
            problem = "teams are registered before the first round is played";
        }
        else if (_teams.Count >= MaxTeams)
        {
            problem = $"a session has at most {MaxTeams} teams";
        }
        else if (id.Length == 0)
        {
            problem = "a team's name needs at least one letter or digit";
        }
        else if (trimmed.Length > WorkshopTeam.MaxNameLength)
        {
            problem = $"a team's name has at most {WorkshopTeam.MaxNameLength} characters";
        }
        else if (Team(id) is { } existing)
        {
            problem = $"'{trimmed}' is too like the name of team '{existing.Name}'";
        }

        if (problem is not null)
        {
            return new TeamRegistration(null, problem);
        }

        var team = new WorkshopTeam(id, trimmed);
        _teams.Add(team);
        _decisions[id] = [];
        Save();
        return new TeamRegistration(team, null);
    }

    /// <summary>Removes a team before the first round is played.</summary>
    public string? RemoveTeam(string teamId)
    {
        if (RoundsPlayed > 0)
        {
            return "teams can be removed only before the first round is played";
        }

        if (Team(teamId) is not { } team)
        {
            return $"there is no team '{teamId}'";
        }

        _teams.Remove(team);
        _decisions.Remove(teamId);
        _pending.Remove(teamId);
        Save();
        return null;
    }
}
