using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Json;
using CoopSim.Engine.Plugins;

namespace CoopSim.Workshops;

/// <summary>
/// Plays an exercise, or the rest of a resumed session, from a decisions file: registers its teams,
/// enters each team's cards round by round and advances. A decision that cannot be played is reported
/// at its place in the decisions file, and play stops before that round.
/// </summary>
public static class HeadlessPlay
{
    /// <summary>Reads and checks a decisions file's shape (its cards are checked as rounds are played).</summary>
    public static (DecisionsDocument? Document, IReadOnlyList<ScenarioProblem> Problems) ReadDecisions(string path)
    {
        var problems = new List<ScenarioProblem>();
        var file = BoundFile<DecisionsDocument>.Read(path, problems, "a decisions file");
        return (problems.Count == 0 ? file.Document : null, problems);
    }

    /// <summary>Starts a session and plays every round from the decisions file.</summary>
    public static PlayOutcome Run(Exercise exercise, PluginCatalog catalog, string decisionsPath, int? seed = null, string? savePath = null)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var problems = new List<ScenarioProblem>();
        var file = BoundFile<DecisionsDocument>.Read(decisionsPath, problems, "a decisions file");
        if (file.Document is not { } document || problems.Count > 0)
        {
            return new PlayOutcome(null, problems, []);
        }

        var session = WorkshopSession.Start(exercise, catalog, seed ?? document.Seed, savePath);
        for (var i = 0; i < document.Teams.Count; i++)
        {
            var registration = session.RegisterTeam(document.Teams[i].Name);
            if (registration.Team is null)
            {
                file.Problem(JsonPath.Index("$.teams", i) + ".name", $"team '{document.Teams[i].Name}' cannot be registered: {registration.Problem}");
            }
        }

        if (document.Teams.Count == 0)
        {
            file.Problem("$.teams", "the decisions file has no teams");
        }

        if (problems.Count > 0)
        {
            return new PlayOutcome(session, problems, []);
        }

        return Continue(session, file, document);
    }

    /// <summary>Plays a resumed session's remaining rounds; decisions for rounds already played are left as the session has them.</summary>
    public static PlayOutcome Continue(WorkshopSession session, string decisionsPath)
    {
        ArgumentNullException.ThrowIfNull(session);
        var problems = new List<ScenarioProblem>();
        var file = BoundFile<DecisionsDocument>.Read(decisionsPath, problems, "a decisions file");
        if (file.Document is not { } document || problems.Count > 0)
        {
            return new PlayOutcome(session, problems, []);
        }

        for (var i = 0; i < document.Teams.Count; i++)
        {
            if (session.Team(WorkshopTeam.IdFor(document.Teams[i].Name)) is null)
            {
                file.Problem(JsonPath.Index("$.teams", i) + ".name",
                    $"the session has no team '{document.Teams[i].Name}' (teams: {string.Join(", ", session.Teams.Select(t => t.Name))})");
            }
        }

        return problems.Count > 0 ? new PlayOutcome(session, problems, []) : Continue(session, file, document);
    }

    private static PlayOutcome Continue(WorkshopSession session, BoundFile<DecisionsDocument> file, DecisionsDocument document)
    {
        var notes = new List<string>();
        var exercise = session.Exercise;
        for (var i = 0; i < document.Teams.Count; i++)
        {
            foreach (var roundId in document.Teams[i].Rounds.Keys)
            {
                var round = exercise.Round(roundId);
                var path = JsonPath.Property(JsonPath.Index("$.teams", i) + ".rounds", roundId);
                if (round is null)
                {
                    var ids = exercise.Rounds.Select(r => r.Id).ToList();
                    file.Problem(path, $"the exercise has no round '{roundId}' (rounds: {string.Join(", ", ids)})");
                }
                else if (round.Index < session.RoundsPlayed)
                {
                    notes.Add($"{file.Display}: {path}: round '{roundId}' was already played in the session; its decisions there stand");
                }
            }
        }

        while (!session.IsFinished && file.Problems.Count == 0)
        {
            var round = session.CurrentRound!;
            for (var i = 0; i < document.Teams.Count; i++)
            {
                var team = session.Team(WorkshopTeam.IdFor(document.Teams[i].Name))!;
                var path = JsonPath.Property(JsonPath.Index("$.teams", i) + ".rounds", round.Id);
                var cards = document.Teams[i].Rounds.TryGetValue(round.Id, out var listed) ? listed : session.Pending(team.Id)?.ToList() ?? [];
                var check = session.Decide(team.Id, cards);
                foreach (var problem in check.Problems)
                {
                    file.Problem(problem.Index is { } at ? JsonPath.Index(path, at) : path,
                        $"team '{team.Name}', round '{round.Id}': {problem.Text}");
                }
            }

            if (file.Problems.Count > 0)
            {
                break;
            }

            var outcome = session.Advance();
            if (!outcome.Advanced)
            {
                file.Problem("$", $"round '{round.Id}' could not be played: {string.Join("; ", outcome.Problems)}");
            }
        }

        return new PlayOutcome(session, file.Problems, notes);
    }
}

/// <summary>The session as far as it got, the problems that stopped it (file, JSON path, line, column), and notes.</summary>
public sealed record PlayOutcome(WorkshopSession? Session, IReadOnlyList<ScenarioProblem> Problems, IReadOnlyList<string> Notes)
{
    public bool Finished => Session is { IsFinished: true } && Problems.Count == 0;
}
