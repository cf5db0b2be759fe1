using System.Runtime.CompilerServices;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

public sealed class TuiCommandTests
{
    [ModuleInitializer]
    internal static void KeepTerminalGuiHeadless() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");

    private static (int Code, string Output, string Error) Run(bool interactive, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = new CliApp(output, error, () => interactive).Run(args);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData]
    [InlineData("tui")]
    [InlineData("tui", "scenarios/phnom-penh-water.json")]
    public void Without_a_terminal_the_ui_does_not_start_and_says_why(params string[] args)
    {
        var (code, _, error) = Run(false, args);

        Assert.Equal(ExitCodes.NoTerminal, code);
        Assert.Contains("not starting the terminal UI", error, StringComparison.Ordinal);
        Assert.Contains("coopsim run", error, StringComparison.Ordinal);
    }

    // Full tier: times repeated redraws of the whole UI.
    [Trait("Tier", "Full")]
    [Fact]
    public void The_benchmark_reports_the_median_of_an_edit_to_the_screen()
    {
        var plugins = Path.Combine(RepositoryPaths.HostOutput, "plugins");
        var (code, output, error) = Run(false, "bench", RepositoryPaths.Scenario("phnom-penh-water.json"), "--iterations", "3", "--size", "80x24", "--plugins", plugins);

        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("phnom-penh-water.json", output, StringComparison.Ordinal);
        Assert.Contains("redraw what changed", output, StringComparison.Ordinal);
        Assert.Matches(@"median \d+\.\d\d ms", output);
    }

    // Full tier: runs the engine for seconds and starts processes.
    [Trait("Tier", "Full")]
    [Fact]
    public void The_engine_benchmark_sets_the_engine_beside_the_kernel_and_a_run_beside_a_hello_world_process()
    {
        var plugins = Path.Combine(RepositoryPaths.HostOutput, "plugins");
        var (code, output, error) = Run(false, "bench", "--engine", RepositoryPaths.Scenario("phnom-penh-water.json"), "--plugins", plugins);

        Assert.True(code == ExitCodes.Success, error);
        Assert.Matches(@"hand-inlined water kernel +[\d,]+ sector-city-years/s +1\.000x", output);
        Assert.Matches(@"engine, watchdog on \(default\) +[\d,]+ sector-city-years/s +\d+\.\d{3}x", output);
        Assert.Matches(@"173 cities x 4 sectors x 50 years in-process: median \d+\.\d ms", output);
        Assert.Matches(@"coopsim run phnom-penh-water\.json +\d+ ms +\d+\.\d\dx", output);
        Assert.Contains(".NET " + Environment.Version, output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_benchmark_refuses_a_bad_size()
    {
        var (code, _, error) = Run(false, "bench", RepositoryPaths.Scenario("phnom-penh-water.json"), "--size", "wide");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--size", error, StringComparison.Ordinal);
    }
}
