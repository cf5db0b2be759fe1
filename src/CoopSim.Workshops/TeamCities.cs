using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;

namespace CoopSim.Workshops;

/// <summary>
/// Simulates each team's city through the played rounds: the team's cards, written as a child of the
/// exercise's base scenario, are compiled and run by the ordinary pipeline.
/// </summary>
internal static class TeamCities
{
    /// <summary>Every team's result, or null (and the problems) when any team's scenario is invalid or its run stops.</summary>
    public static Dictionary<string, RunResult>? Simulate(WorkshopSession session, int rounds, List<string> problems)
    {
        var exercise = session.Exercise;
        var results = new Dictionary<string, RunResult>(StringComparer.Ordinal);
        foreach (var team in session.Teams)
        {
            var text = TeamScenario.Text(exercise, team, session.Ledger(team.Id), rounds, session.Seed, exercise.BaseScenarioPath);
            var virtualPath = Path.Combine(Path.GetDirectoryName(exercise.Path)!, $"{team.Id}.team.json");
            // The text is CoopSim's own and extends the exercise's base scenario, wherever that is.
            var compilation = ScenarioCompiler.Compile(
                ScenarioReader.ReadText(text, virtualPath, [Path.GetDirectoryName(exercise.BaseScenarioPath)!]), session.Catalog);
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

        return problems.Count > 0 ? null : results;
    }
}
