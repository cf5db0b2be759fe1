using System.Text.Json;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

/// <summary>backtest and calibrate, run in process.</summary>
public sealed class ValidationCommandTests
{
    private static readonly string PhnomPenh = RepositoryPaths.Scenario("phnom-penh-water.json");

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
}
