namespace CoopSim.Cli.Tests;

/// <summary>
/// Plugin code that does what in-process code can do to its host: end the process, hang while
/// loading, crash it. coopsim must never seem to succeed, and must name the plugin.
/// </summary>
// Full tier: each test runs a plugin that kills its process, in a process of its own.
[Trait("Tier", "Full")]
public sealed class RoguePluginTests
{
    private const string Rogue = "CoopSim.Fixtures.Rogue";

    private static string RogueScenario()
    {
        var path = Path.Combine(Path.GetTempPath(), "coopsim-cli-tests", Guid.NewGuid().ToString("N"), "rogue.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, """
            { "schemaVersion": 1, "name": "Rogue", "startYear": 2000, "endYear": 2005,
              "cities": [ { "id": "c", "population": 1000, "sectors": { "rogue": {} } } ] }
            """);
        return path;
    }

    [Fact]
    public void A_plugin_that_calls_Environment_Exit_0_in_its_step_makes_the_run_fail_naming_sector_city_and_year()
    {
        var outcome = Coopsim.Process("run", RogueScenario(), "--plugins", Coopsim.FixtureFolder(Rogue, "exit-in-step"));

        Assert.True(outcome.ExitCode == 3, outcome.ToString());
        Assert.Contains("plugin code ended the process (Environment.Exit(0)) during the step of the 'rogue' sector for city 'c' in 2002",
            outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_that_calls_Environment_Exit_0_in_its_constructor_makes_every_command_fail_naming_the_plugin()
    {
        var folder = Coopsim.FixtureFolder(Rogue, "exit-in-constructor");

        var outcome = Coopsim.Process("validate", RogueScenario(), "--plugins", folder);

        Assert.True(outcome.ExitCode == 3, outcome.ToString());
        Assert.Contains("plugin code ended the process (Environment.Exit(0)) during the loading of the plugin", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("CoopSim.Fixtures.Rogue.dll' (its constructor or declaration)", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_constructor_that_never_returns_is_refused_at_the_time_limit_and_the_command_finishes()
    {
        var outcome = Coopsim.Process("plugins", "--plugins", Coopsim.FixtureFolder(Rogue, "hang-in-constructor"), "--step-time-limit", "1");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("water", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("loading it (its constructor or declaration) did not finish within 1 s (the step time limit) and was abandoned",
            outcome.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stack-overflow-in-step", "crashed the process (exit 134, aborted: a stack overflow", "Stack overflow")]
    [InlineData("fail-fast-in-step", "crashed the process (exit 134", "deliberate fail-fast")]
    [InlineData("throw-on-own-thread", "crashed the process (exit 134", "deliberate failure on a thread of its own")]
    [InlineData("exit-in-step", "ended the process (exit 3)", "Environment.Exit(0)")]
    public void Check_survives_a_plugin_that_kills_the_process_and_names_plugin_stage_and_fault(string behaviour, string fault, string said)
    {
        var outcome = Coopsim.Run("plugins", "--check", Coopsim.FixtureFolder(Rogue, behaviour));

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Contains("ok: rogue: the declaration passes the load-time checks", outcome.Output, StringComparison.Ordinal);
        Assert.Contains($"the plugin {fault}", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("during the smoke run of 'rogue': alone, no cooperation", outcome.Output, StringComparison.Ordinal);
        Assert.Contains(said, outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("coopsim-check-stage", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void With_locked_a_plugin_not_in_the_lock_file_is_refused_before_any_of_its_code_runs()
    {
        var folder = Path.Combine(Path.GetTempPath(), "coopsim-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var lockFile = Path.Combine(folder, "coopsim.plugins.lock");
        var pinned = Coopsim.Process("plugins", "--lock", "--lock-file", lockFile);

        var outcome = Coopsim.Process("--locked", "--lock-file", lockFile, "validate", RogueScenario(),
            "--plugins", Coopsim.FixtureFolder(Rogue, "exit-in-constructor"));

        Assert.True(pinned.ExitCode == 0, pinned.ToString());
        Assert.Contains("pinned 4 plugin folder(s)", pinned.Error, StringComparison.Ordinal);
        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Contains("warning: plugin not loaded:", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("--locked: not in the lock file", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("ended the process", outcome.Error, StringComparison.Ordinal);
    }
}
