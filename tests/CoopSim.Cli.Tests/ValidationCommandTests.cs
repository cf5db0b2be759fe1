using System.Text.Json;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

/// <summary>backtest and calibrate, run in process.</summary>
public sealed class ValidationCommandTests
{
    private static readonly string PhnomPenh = RepositoryPaths.Scenario("phnom-penh-water.json");

    [Fact]
    public void Validate_on_a_folder_checks_each_scenario_file_in_it()
    {
        var folder = Path.GetDirectoryName(PhnomPenh)!;
        var expected = Directory.EnumerateFiles(folder, "*.json").Count();

        var outcome = Coopsim.Run("validate", folder);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(expected, outcome.Output.Split('\n').Count(l => l.Contains(": valid - ", StringComparison.Ordinal)));
        Assert.Contains("phnom-penh-water.json: valid - ", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Backtest_reports_each_observed_metric_with_theils_shares()
    {
        var outcome = Coopsim.Run("backtest", PhnomPenh);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("U^M", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("cases.md W3: NRW 20% in 2003", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Backtest_as_json_gives_statistics_in_shown_units()
    {
        var outcome = Coopsim.Run("backtest", PhnomPenh, "--format", "json");

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Output);
        var nrw = json.RootElement[0].GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("metric").GetString() == "nrw");
        Assert.Equal(2, nrw.GetProperty("n").GetInt32());
        Assert.Equal(20.0, nrw.GetProperty("observations")[1].GetProperty("observed").GetDouble(), 9);
    }

    [Fact]
    public void A_statistic_over_its_fail_over_limit_exits_6_and_names_it()
    {
        var outcome = Coopsim.Run("backtest", PhnomPenh, "--fail-over", "nrw=0", "--fail-over", "coverage:mae=1");

        Assert.Equal(6, outcome.ExitCode);
        Assert.Contains("nrw of phnom-penh: rmse", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("coverage of phnom-penh", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_fail_over_is_a_usage_error()
    {
        var outcome = Coopsim.Run("backtest", PhnomPenh, "--fail-over", "nrw:median=0.1");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("'median' is not a statistic", outcome.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("calibrate")]
    [InlineData("backtest")]
    public void A_child_outside_its_parents_folder_runs_when_that_folder_is_trusted(string command)
    {
        var child = Path.Combine(Path.GetTempPath(), $"coopsim-{Guid.NewGuid():N}.json");
        File.WriteAllText(child, "{ \"extends\": " + JsonSerializer.Serialize(PhnomPenh) + ", \"name\": \"A child elsewhere\" }");
        try
        {
            string[] args = command == "calibrate"
                ? ["calibrate", child, "--fit", "cities.phnom-penh.sectors.water.capacity.ownership", "--trust-folder", Path.GetDirectoryName(PhnomPenh)!]
                : ["backtest", child, "--trust-folder", Path.GetDirectoryName(PhnomPenh)!];

            var outcome = Coopsim.Run(args);

            Assert.True(outcome.ExitCode == 0, outcome.ToString());
        }
        finally
        {
            File.Delete(child);
        }
    }

    [Theory]
    [InlineData("calibrate")]
    [InlineData("backtest")]
    public void Out_never_replaces_the_scenario_the_command_reads(string command)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"coopsim-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var scenario = Path.Combine(folder, "phnom-penh-water.json");
            File.Copy(PhnomPenh, scenario);
            var before = File.ReadAllText(scenario);
            string[] args = command == "calibrate"
                ? ["calibrate", scenario, "--fit", "cities.phnom-penh.sectors.water.capacity.ownership", "--out", scenario, "--force"]
                : ["backtest", scenario, "--out", scenario, "--force"];

            var outcome = Coopsim.Run(args);

            Assert.Equal(1, outcome.ExitCode);
            Assert.Contains("is a file this command reads", outcome.Error, StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllText(scenario));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Calibrate_with_until_reports_out_of_sample_error_and_writes_a_child_that_extends_the_original()
    {
        // A folder of its own, so the repository (wherever it is cloned) is never under the child's folder.
        var folder = Path.Combine(Path.GetTempPath(), $"coopsim-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var child = Path.Combine(folder, "fit.json");
        try
        {
            var outcome = Coopsim.Run("calibrate", PhnomPenh, "--fit", "cities.phnom-penh.sectors.water.capacity.ownership", "--until", "2003", "--out", child);

            Assert.True(outcome.ExitCode == 0, outcome.ToString());
            Assert.Contains("out of sample (after 2003), after:", outcome.Output, StringComparison.Ordinal);
            Assert.Contains("cities.phnom-penh.sectors.water.capacity.ownership", outcome.Output, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(File.ReadAllText(child));
            Assert.EndsWith("phnom-penh-water.json", json.RootElement.GetProperty("extends").GetString(), StringComparison.Ordinal);
            Assert.Contains("cases.md W3", json.RootElement.GetProperty("source").GetString(), StringComparison.Ordinal);
            Assert.False(json.RootElement.TryGetProperty("programmes", out _));
            Assert.Contains("run it with --trust-folder", outcome.Error, StringComparison.Ordinal);
            Assert.Equal(0, Coopsim.Run("validate", child, "--trust-folder", Path.GetDirectoryName(PhnomPenh)!).ExitCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Calibrate_refuses_an_unknown_input()
    {
        var outcome = Coopsim.Run("calibrate", PhnomPenh, "--fit", "cities.phnom-penh.sectors.water.parameters.initialNwr");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("did you mean 'initialNrw'?", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_warns_of_a_phase_that_changes_nothing_and_still_exits_0()
    {
        var file = Path.Combine(Path.GetTempPath(), $"coopsim-{Guid.NewGuid():N}.json");
        var extends = JsonSerializer.Serialize(PhnomPenh);
        File.WriteAllText(file, "{ \"extends\": " + extends + ",\n" +
            "  \"programmes\": [ { \"id\": \"pp-water\", \"phases\": [ { \"id\": \"idle\", \"from\": 2007, \"to\": 2008, \"scheme\": \"own budget\" } ] } ] }");
        try
        {
            var outcome = Coopsim.Run("validate", file, "--trust-folder", Path.GetDirectoryName(PhnomPenh)!);

            Assert.True(outcome.ExitCode == 0, outcome.ToString());
            Assert.Contains(": warning: $.programmes[0].phases[5]: phase 'idle' changes no outcome of sector water in phnom-penh", outcome.Error, StringComparison.Ordinal);
            Assert.Contains(Path.GetFileName(file) + ":2:", outcome.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
