using CoopSim.Tests.Shared;

namespace CoopSim.Workshops.Tests;

/// <summary>The bundled exercises and their rehearsal decisions, and short ways to play them.</summary>
internal static class Workshops
{
    public const string PhnomPenh = "phnom-penh-water-turnaround";
    public const string Surabaya = "surabaya-after-the-landfill";
    public const string FirstSteps = "first-steps-45-minutes";

    public static string Folder => Path.Combine(RepositoryPaths.Scenarios, "workshops");

    public static string ExercisePath(string name) => Path.Combine(Folder, name + ".json");

    public static string DecisionsPath(string name) => Path.Combine(Folder, "rehearsals", name + ".decisions.json");

    public static IEnumerable<string> All() =>
        Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static Exercise Load(string name)
    {
        var compilation = ExerciseCompiler.Load(ExercisePath(name), BundledPlugins.Catalog);
        Assert.True(compilation.IsValid, string.Join(Environment.NewLine, compilation.Problems));
        return compilation.Exercise!;
    }

    /// <summary>A session of the exercise with the named teams registered, kept in memory.</summary>
    public static WorkshopSession Start(Exercise exercise, int? seed = null, string? savePath = null, params string[] teams)
    {
        var session = WorkshopSession.Start(exercise, BundledPlugins.Catalog, seed, savePath);
        foreach (var team in teams)
        {
            Assert.Null(session.RegisterTeam(team).Problem);
        }

        return session;
    }

    /// <summary>Enters a decision that must be valid.</summary>
    public static void Decide(WorkshopSession session, string team, params string[] cards)
    {
        var check = session.Decide(WorkshopTeam.IdFor(team), cards);
        Assert.True(check.IsValid, string.Join("; ", check.Problems));
    }

    public static void Advance(WorkshopSession session)
    {
        var outcome = session.Advance();
        Assert.True(outcome.Advanced, string.Join("; ", outcome.Problems));
    }

    /// <summary>Every series of every team, as (key, values) pairs, for comparing sessions.</summary>
    public static List<(string Key, double[] Values)> Snapshot(WorkshopSession session) =>
        session.Teams.SelectMany(t => session.Result(t.Id)?.Series.Select(s => ($"{t.Id}/{s.Key}", s.Values.ToArray())) ?? [])
            .ToList();

    public static void AssertSameResults(WorkshopSession expected, WorkshopSession actual)
    {
        var a = Snapshot(expected);
        var b = Snapshot(actual);
        Assert.Equal(a.Select(x => x.Key), b.Select(x => x.Key));
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal(a[i].Values, b[i].Values);
        }

        Assert.Equal(expected.League(), actual.League(), LeagueComparer.Instance);
    }

    private sealed class LeagueComparer : IEqualityComparer<LeagueTable>
    {
        public static readonly LeagueComparer Instance = new();

        public bool Equals(LeagueTable? x, LeagueTable? y) =>
            x is not null && y is not null && x.Year == y.Year && x.Rows.Count == y.Rows.Count
            && x.Rows.Zip(y.Rows).All(p => p.First.Rank == p.Second.Rank && p.First.Team == p.Second.Team
                                            && p.First.Values.SequenceEqual(p.Second.Values) && p.First.BudgetSpent == p.Second.BudgetSpent);

        public int GetHashCode(LeagueTable obj) => obj.Rows.Count;
    }
}

/// <summary>A temporary folder removed after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "coopsim-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
