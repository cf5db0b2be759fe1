using System.CommandLine;
using System.Globalization;
using CoopSim.Charts;
using CoopSim.Engine;
using CoopSim.Engine.Reporting;
using CoopSim.Engine.Reporting.Charts;
using CoopSim.Engine.Simulation;
using CoopSim.Engine.Validation;

namespace CoopSim.Cli.Commands;

internal static class BacktestCommand
{
    public static Command Create(CliServices services)
    {
        var files = new Argument<string[]>("FILE") { Description = "Scenario files with observations.", Arity = ArgumentArity.OneOrMore };
        var failOver = new Option<string[]>("--fail-over")
        {
            Description = "Exit with code 6 when a statistic is above LIMIT: METRIC=LIMIT limits RMSE, METRIC:mae=LIMIT or " +
                          "METRIC:bias=LIMIT the mean absolute error or |bias|; * for every metric. LIMIT is in the metric's unit " +
                          "(0.05 for 5 percentage points). Repeatable.",
            HelpName = "METRIC[:STAT]=LIMIT",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var charts = new Option<string?>("--charts")
        {
            Description = "Also draw each observed metric as a PNG chart in DIR: the run as a line, the observations as points.",
            HelpName = "DIR",
        };
        var format = CommonOptions.Format();
        var output = CommonOptions.Out();
        var command = new Command("backtest",
            "Run scenarios and compare them with their observations: per metric and city n, MAE, RMSE, bias and Theil's decomposition.")
        {
            files, failOver, charts, format, output,
        };
        command.SetAction(parse =>
        {
            var thresholds = new List<BacktestThreshold>();
            foreach (var text in parse.GetValue(failOver) ?? [])
            {
                if (!BacktestThreshold.TryParse(text, out var threshold, out var error))
                {
                    services.Error.WriteLine($"error: --fail-over: {error}");
                    return ExitCodes.Usage;
                }

                thresholds.Add(threshold!);
            }

            var outPath = parse.GetValue(output);
            if (services.CompileAll(parse, parse.GetValue(files)!, outPath, out var refused) is not { } scenarios)
            {
                return refused;
            }

            var limits = services.Limits(parse);
            var backtests = new List<Backtest>();
            foreach (var scenario in scenarios)
            {
                var run = Simulator.Run(scenario, limits: limits);
                if (run.Failure is { } failure)
                {
                    services.Error.WriteLine($"error: {run.ScenarioName}: the run stopped: {failure}");
                    return ExitCodes.RunFailed;
                }

                backtests.Add(Backtest.Of(run));
            }

            switch (parse.GetValue(format))
            {
                case "csv":
                    services.Results.Write(outPath, (TextWriter w) => BacktestReport.WriteCsv(backtests, w));
                    break;
                case "json":
                    services.Results.Write(outPath, (Stream s) => BacktestReport.WriteJson(backtests, s));
                    break;
                default:
                    services.Results.Write(outPath, (TextWriter w) => BacktestReport.WriteTable(backtests, w));
                    break;
            }

            if (parse.GetValue(charts) is { } folder && WriteCharts(services, backtests, folder) is var drawn && drawn != ExitCodes.Success)
            {
                return drawn;
            }

            var exceeded = 0;
            foreach (var backtest in backtests)
            {
                foreach (var row in backtest.Rows)
                {
                    foreach (var threshold in thresholds.Where(t => t.IsExceededBy(row)))
                    {
                        exceeded++;
                        var value = threshold.ValueOf(row.Statistics).ToString("G4", CultureInfo.InvariantCulture);
                        services.Error.WriteLine(
                            $"error: {backtest.Run.ScenarioName}: {row.MetricId} of {row.CityId}: {threshold.Statistic.ToString().ToLowerInvariant()} {value} {row.Unit} is over the limit {threshold}");
                    }
                }
            }

            foreach (var unused in thresholds.Where(t => !backtests.Any(b => b.Rows.Any(t.Applies))))
            {
                services.Error.WriteLine($"warning: --fail-over {unused}: no observed metric '{unused.MetricId}' in these scenarios");
            }

            return exceeded > 0 ? ExitCodes.ThresholdExceeded : ExitCodes.Success;
        });
        return command;
    }

    private static int WriteCharts(CliServices services, IReadOnlyList<Backtest> backtests, string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var count = 0;
            foreach (var backtest in backtests)
            {
                var scenarioName = Path.GetFileNameWithoutExtension(backtest.Run.Scenario.Source.Path);
                foreach (var row in backtest.Rows)
                {
                    var series = backtest.Run.Find(row.CityId, row.SectorId, row.MetricId)!;
                    var png = PngChart.Render(ObservationChart.Of(backtest.Run, series));
                    AtomicFile.Write(Path.Combine(folder, $"{scenarioName}-{row.CityId}-{row.MetricId}.png"), stream => stream.Write(png));
                    count++;
                }
            }

            services.Error.WriteLine($"wrote {count} chart(s) to {folder}");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            services.Error.WriteLine($"error: cannot write charts to '{folder}': {e.Message}");
            return ExitCodes.OutputFailed;
        }
    }
}
