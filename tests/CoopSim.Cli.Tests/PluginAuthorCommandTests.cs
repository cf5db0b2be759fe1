namespace CoopSim.Cli.Tests;

/// <summary>What a plugin author sees from coopsim: the folder check, and a faulty plugin's run reported without harm.</summary>
public sealed class PluginAuthorCommandTests
{
    private static string FaultyScenario(int failure)
    {
        var path = Path.Combine(Path.GetTempPath(), "coopsim-cli-tests", Guid.NewGuid().ToString("N"), "faulty.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $$"""
            { "schemaVersion": 1, "name": "Faulty", "startYear": 2000, "endYear": 2005,
              "cities": [ { "id": "c", "population": 1000, "sectors": { "faulty": { "parameters": { "failure": {{failure}}, "failYear": 2002 } } } } ] }
            """);
        return path;
    }

    // Full tier: plugins --check runs the plugin in a child process.
    [Trait("Tier", "Full")]
    [Fact]
    public void Check_passes_a_sound_plugin_folder_with_the_smoke_run()
    {
        var outcome = Coopsim.Run("plugins", "--check", Path.Combine(Coopsim.BundledPlugins, "CoopSim.Sectors.Water"));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("ok: water: the declaration passes the load-time checks", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("ok: water: smoke run: alone, no cooperation", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("ok: water: smoke run: a programme with no activity gives the no-cooperation baseline", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("fix:", outcome.Output, StringComparison.Ordinal);
    }

    // Full tier: plugins --check runs the plugin in a child process.
    [Trait("Tier", "Full")]
    [Fact]
    public void Check_lists_every_reason_a_nonsense_declaration_is_refused()
    {
        var outcome = Coopsim.Run("plugins", "--check", Coopsim.FixtureFolder("CoopSim.Fixtures.Nonsense"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("fix: ", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("metric 'level' is declared twice", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("parameter 'rate': minimum 1 is greater than maximum 0", outcome.Output, StringComparison.Ordinal);
    }

    // Full tier: plugins --check runs the plugin in a child process.
    [Trait("Tier", "Full")]
    [Fact]
    public void Check_runs_a_plugin_that_fails_at_run_time_and_says_where()
    {
        var outcome = Coopsim.Run("plugins", "--check", Coopsim.FixtureFolder("CoopSim.Fixtures.Faulty"));

        // Its defaults behave, so the load-time checks and the smoke run pass: the kit's generated parameters find the rest.
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("ok: faulty 1.0.0", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_that_throws_stops_the_run_with_exit_3_naming_sector_city_and_year()
    {
        var outcome = Coopsim.Run("run", FaultyScenario(failure: 1), "--plugins", Coopsim.FixtureFolder("CoopSim.Fixtures.Faulty"));

        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("the 'faulty' sector failed for city 'c' in 2002: InvalidOperationException: deliberate failure in 2002", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_that_fails_leaves_the_out_file_as_it_was()
    {
        var scenario = FaultyScenario(failure: 1);
        var file = Path.Combine(Path.GetDirectoryName(scenario)!, "results.csv");
        File.WriteAllText(file, "good results");

        var outcome = Coopsim.Run("run", scenario, "--format", "csv", "--out", file, "--plugins", Coopsim.FixtureFolder("CoopSim.Fixtures.Faulty"));

        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("'" + file + "' was not written", outcome.Error, StringComparison.Ordinal);
        Assert.Equal("good results", File.ReadAllText(file));
    }

    [Fact]
    public void A_step_time_limit_that_is_not_a_number_is_a_usage_error()
    {
        var outcome = Coopsim.Run("run", FaultyScenario(failure: 0), "--step-time-limit", "abc");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("--step-time-limit must be a number of seconds, 0 or more; found 'abc'", outcome.Error, StringComparison.Ordinal);
    }

    // Full tier: the real executable must exit past an abandoned step.
    [Trait("Tier", "Full")]
    [Fact]
    public void A_plugin_step_that_never_returns_is_stopped_at_the_step_time_limit_and_coopsim_exits()
    {
        var outcome = Coopsim.Process("run", FaultyScenario(failure: 2), "--plugins", Coopsim.FixtureFolder("CoopSim.Fixtures.Faulty"), "--step-time-limit", "1");

        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("the 'faulty' sector failed for city 'c' in 2002: the step did not finish within 1 s (the step time limit) and was abandoned",
            outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_step_time_limit_is_a_usage_error()
    {
        var outcome = Coopsim.Run("run", FaultyScenario(failure: 0), "--step-time-limit", "-1");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("--step-time-limit must be a number of seconds, 0 or more", outcome.Error, StringComparison.Ordinal);
    }
}
