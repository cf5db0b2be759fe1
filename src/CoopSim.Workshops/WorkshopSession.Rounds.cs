using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;

namespace CoopSim.Workshops;

public sealed partial class WorkshopSession
{
    /// <summary>Enters a team's decision for the current round when it is valid (an empty one plays no card).</summary>
    public DecisionCheck Decide(string teamId, IReadOnlyList<string> cardIds)
    {
        var check = Check(teamId, cardIds);
        if (check.IsValid)
        {
            _pending[teamId] = [.. cardIds];
            Save();
        }

        return check;
    }

    /// <summary>Withdraws a team's decision for the current round.</summary>
    public void Undecide(string teamId)
    {
        if (_pending.Remove(RequireTeam(teamId).Id))
        {
            Save();
        }
    }

    /// <summary>
    /// Plays the current round: every team's decision is applied and every team's city simulated to
    /// the round's end. Nothing changes when a team has not decided or a simulation fails.
    /// </summary>
    public AdvanceOutcome Advance()
    {
        var problems = new List<string>();
        if (IsFinished)
        {
            problems.Add("the last round has been played");
        }
        else if (_teams.Count == 0)
        {
            problems.Add("no team is registered");
        }
        else
        {
            foreach (var team in _teams.Where(t => !_pending.ContainsKey(t.Id)))
            {
                problems.Add($"team '{team.Name}' has not decided (a decision may play no card)");
            }

            foreach (var team in _teams.Where(t => _pending.ContainsKey(t.Id)))
            {
                problems.AddRange(Check(team.Id, _pending[team.Id]).Problems.Select(p => $"team '{team.Name}': {p.Text}"));
            }
        }

        if (problems.Count > 0)
        {
            return new AdvanceOutcome(false, problems);
        }

        foreach (var team in _teams)
        {
            _decisions[team.Id].Add(_pending[team.Id]);
        }

        if (!Simulate(RoundsPlayed + 1, problems))
        {
            foreach (var team in _teams)
            {
                _decisions[team.Id].RemoveAt(RoundsPlayed);
            }

            return new AdvanceOutcome(false, problems);
        }

        RoundsPlayed++;
        _pending.Clear();
        Save();
        return new AdvanceOutcome(true, []);
    }

    /// <summary>
    /// Undoes the last played round; its decisions become the current round's, to change and replay.
    /// When the earlier rounds cannot be replayed (a plugin that now fails or runs past its time limit),
    /// the session is left exactly as it was and the outcome says why.
    /// </summary>
    public StepBackOutcome StepBack()
    {
        if (RoundsPlayed == 0)
        {
            return new StepBackOutcome(false, ["no round has been played yet"]);
        }

        var pendingBefore = new Dictionary<string, IReadOnlyList<string>>(_pending, StringComparer.Ordinal);
        RoundsPlayed--;
        _pending.Clear();
        foreach (var team in _teams)
        {
            _pending[team.Id] = _decisions[team.Id][RoundsPlayed];
            _decisions[team.Id].RemoveAt(RoundsPlayed);
        }

        var problems = new List<string>();
        if (RoundsPlayed == 0)
        {
            _results.Clear();
        }
        else if (!Simulate(RoundsPlayed, problems))
        {
            // The same decisions simulated before, so only a plugin that changed or ran out of time fails
            // here; Simulate keeps the results it had, and the round comes back as played.
            foreach (var team in _teams)
            {
                _decisions[team.Id].Add(_pending[team.Id]);
            }

            RoundsPlayed++;
            _pending.Clear();
            foreach (var (id, cards) in pendingBefore)
            {
                _pending[id] = cards;
            }

            return new StepBackOutcome(false, ["replaying the earlier rounds failed, so nothing was undone: " + string.Join("; ", problems)]);
        }

        Save();
        return new StepBackOutcome(true, []);
    }

    private bool Simulate(int rounds, List<string> problems)
    {
        var results = new Dictionary<string, RunResult>(StringComparer.Ordinal);
        foreach (var team in _teams)
        {
            var text = TeamScenario.Text(Exercise, team, Ledger(team.Id), rounds, Seed, Exercise.BaseScenarioPath);
            var virtualPath = Path.Combine(Path.GetDirectoryName(Exercise.Path)!, $"{team.Id}.team.json");
            // The text is CoopSim's own and extends the exercise's base scenario, wherever that is.
            var compilation = ScenarioCompiler.Compile(
                ScenarioReader.ReadText(text, virtualPath, [Path.GetDirectoryName(Exercise.BaseScenarioPath)!]), Catalog);
            if (!compilation.IsValid)
            {
                problems.AddRange(compilation.Problems.Select(p => $"team '{team.Name}': the team's scenario is invalid: {p}"));
                continue;
            }

            var result = Simulator.Run(compilation.Scenario!);
            if (result.Failure is { } failure)
            {
                problems.Add($"team '{team.Name}': the simulation stopped: {failure}");
                continue;
            }

            results[team.Id] = result;
        }

        if (problems.Count > 0)
        {
            return false;
        }

        _results.Clear();
        foreach (var (id, result) in results)
        {
            _results[id] = result;
        }

        return true;
    }
}
