using System.CommandLine;
using CoopSim.Engine.Reporting;
using CoopSim.Engine.Simulation;

namespace CoopSim.Cli.Commands;

internal static class CompareCommand
{
    public const int MaxScenarios = 8;

    public static Command Create(CliServices services)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Two or more scenario files; the first is the reference the others are compared with.",
            Arity = new ArgumentArity(2, MaxScenarios),
        };
        var metric = new Option<string?>("--metric", "-m") { Description = "Compare this metric over the years (e.g. nrw).", HelpName = "ID" };
        var format = CommonOptions.Format();
        var output = CommonOptions.Out();
        var years = CommonOptions.Years();
        var command = new Command("compare", "Run scenarios and show them side by side with their differences from the first.")
        {
            files, metric, format, output, years,
        };
        command.SetAction(parse =>
        {
            if (!CommonOptions.TryYears(parse.GetValue(years), services.Error, out var selection))
            {
                return ExitCodes.Usage;
            }

            var outPath = parse.GetValue(output);
            if (services.CompileAll(parse, parse.GetValue(files)!, outPath, out var refused) is not { } scenarios)
            {
                return refused;
            }

            var limits = services.Limits(parse);
            var runs = scenarios.Select(s => Simulator.Run(s, limits: limits)).ToList();
            var failed = runs.FirstOrDefault(r => !r.Succeeded);
            if (failed is not null)
            {
                services.Error.WriteLine($"error: {failed.ScenarioName}: the run stopped: {failed.Failure}");
                return ExitCodes.RunFailed;
            }

            var comparison = new Comparison(runs);
            var metricId = parse.GetValue(metric);
            if (metricId is not null && comparison.Series.All(s => s.Metric.Id != metricId))
            {
                var known = comparison.Series.Select(s => s.Metric.Id).Distinct().Order();
                services.Error.WriteLine($"error: --metric: no scenario reports '{metricId}'; metrics: {string.Join(", ", known)}");
                return ExitCodes.Usage;
            }

            IReadOnlyList<int> shownYears = metricId is null ? [comparison.Years[^1]] : comparison.Years;
            if (!selection.IsAll)
            {
                shownYears = selection.Apply(comparison.Years, out var yearError);
                if (yearError is not null)
                {
                    services.Error.WriteLine($"error: --years: {yearError}");
                    return ExitCodes.Usage;
                }
            }

            switch (parse.GetValue(format))
            {
                case "csv":
                    services.Results.Write(outPath, (TextWriter w) => ComparisonReport.WriteCsv(comparison, metricId, shownYears, w));
                    break;
                case "json":
                    services.Results.Write(outPath, (Stream s) => ComparisonReport.WriteJson(comparison, metricId, shownYears, s));
                    break;
                default:
                    services.Results.Write(outPath, (TextWriter w) => WriteTables(comparison, metricId, shownYears, w));
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTables(Comparison comparison, string? metricId, IReadOnlyList<int> shownYears, TextWriter w)
    {
        if (metricId is not null)
        {
            ComparisonReport.WriteMetricTable(comparison, metricId, shownYears, w);
            return;
        }

        ComparisonReport.WriteLegend(comparison, w);
        foreach (var year in shownYears)
        {
            ComparisonReport.WriteSummaryTable(comparison, year, w, includeCooperation: true);
        }
    }
}
