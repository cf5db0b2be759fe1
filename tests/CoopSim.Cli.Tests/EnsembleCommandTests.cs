using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

public sealed class EnsembleCommandTests
{
    private static readonly string PhnomPenh = Path.Combine(RepositoryPaths.Scenarios, "phnom-penh-water.json");
    private static readonly string Uncertain = Path.Combine(RepositoryPaths.Scenarios, "phnom-penh-water-uncertain.json");

    /// <summary>The value columns of CSV rows (the scenario's name, which may hold commas, dropped).</summary>
    private static string[] ValueRows(string csv) =>
        [.. csv.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l[(l.LastIndexOf('"') + 2)..])];

    [Fact]
    public void Without_uncertain_inputs_every_quantile_is_the_plain_runs_value()
    {
        var run = Coopsim.Run("run", PhnomPenh, "-f", "csv", "--years", "2002,2010");
        var ensemble = Coopsim.Run("ensemble", PhnomPenh, "--runs", "3", "-f", "csv", "--years", "2002,2010");

        Assert.True(ensemble.ExitCode == 0, ensemble.ToString());
        var expected = ValueRows(run.Output).Select(r => r.Split(','));
        var actual = ValueRows(ensemble.Output).Select(r => r.Split(','));
        Assert.Equal(
            expected.Select(c => string.Join(',', c[..^1]) + ",3,," + string.Join(',', Enumerable.Repeat(c[^1], 5))),
            actual.Select(c => string.Join(',', c[..^7]) + ",," + string.Join(',', c[^5..])));
    }

    [Fact]
    public void Replaying_a_run_prints_its_drawn_inputs_and_its_results_as_run_does()
    {
        var first = Coopsim.Run("ensemble", Uncertain, "--runs", "20", "--run", "7", "-f", "csv", "--years", "2010");
        var again = Coopsim.Run("ensemble", Uncertain, "--runs", "20", "--run", "7", "-f", "csv", "--years", "2010");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("run 7: phnom-penh/water/initialNrw = ", first.Error, StringComparison.Ordinal);
        Assert.StartsWith("scenario,city,sector,metric,unit,year,value", first.Output, StringComparison.Ordinal);
        Assert.Equal(first.Output, again.Output);
        Assert.NotEqual(first.Output, Coopsim.Run("run", Uncertain, "-f", "csv", "--years", "2010").Output);
    }

    [Fact]
    public void A_run_outside_the_ensemble_is_a_usage_error()
    {
        var outcome = Coopsim.Run("ensemble", Uncertain, "--runs", "5", "--run", "5");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("--run must be 0 to 4", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_distribution_is_reported_at_its_file_line_and_column()
    {
        var folder = Path.Combine(Path.GetTempPath(), "coopsim-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.Copy(PhnomPenh, Path.Combine(folder, "phnom-penh-water.json"));
        var child = Path.Combine(folder, "child.json");
        File.WriteAllText(child, """
            { "extends": "phnom-penh-water.json", "name": "Child",
              "cities": [ { "id": "phnom-penh", "sectors": { "water": { "uncertain": {
                "initialNrw": { "distribution": "triangular(0.8, 0.72, 0.6)" } } } } } ] }
            """);

        var outcome = Coopsim.Run("ensemble", child, "--runs", "5");
        Directory.Delete(folder, recursive: true);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("child.json:3:", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("$.cities[1].sectors.water.uncertain.initialNrw.distribution: 'triangular(0.8, 0.72, 0.6)': it needs min <= mode <= max", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_adds_the_share_of_runs_meeting_it_and_an_unknown_metric_is_refused()
    {
        var met = Coopsim.Run("ensemble", Uncertain, "--runs", "10", "--years", "2010", "-f", "csv", "--target", "nrw<=100");
        var unknown = Coopsim.Run("ensemble", Uncertain, "--runs", "2", "--target", "leaks<=1");

        Assert.True(met.ExitCode == 0, met.ToString());
        Assert.EndsWith(",pTarget", met.Output.ReplaceLineEndings("\n").Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains(ValueRows(met.Output), r => r.StartsWith("phnom-penh,water,nrw,%,2010,10,", StringComparison.Ordinal) && r.EndsWith(",1", StringComparison.Ordinal));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no series reports 'leaks'", unknown.Error, StringComparison.Ordinal);
    }
}
