using System.CommandLine;
using System.Globalization;
using CoopSim.Engine.Reporting;
using CoopSim.Engine.Simulation;
using CoopSim.Engine.Uncertainty;

namespace CoopSim.Cli.Commands;

/// <summary>`coopsim ensemble`: many runs of one scenario with its uncertain inputs drawn, summarised per metric and year (docs/ensembles.md).</summary>
internal static class EnsembleCommand
{
    public static Command Create(CliServices services)
    {
        var file = new Argument<string>("FILE") { Description = "The scenario file (JSON), with uncertain inputs (docs/scenarios.md)." };
        var runs = new Option<int>("--runs", "-n") { Description = "How many runs.", Required = true, HelpName = "N" };
        var sampler = new Option<string>("--sampler")
        {
            Description = "lhs (Latin hypercube) or random.",
            DefaultValueFactory = _ => "lhs",
        }.AcceptOnlyFromAmong("lhs", "random");
        var seed = new Option<int?>("--seed") { Description = "The ensemble's seed (default: the scenario's seed).", HelpName = "S" };
        var replay = new Option<int?>("--run") { Description = "Run only run K (0-based) of the ensemble and print its results as `run` does.", HelpName = "K" };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table (for people) or csv (one row per metric and year).",
            DefaultValueFactory = _ => "table",
        }.AcceptOnlyFromAmong("table", "csv");
        var targetOption = new Option<string?>("--target")
        {
            Description = "A target for one metric, METRIC<=VALUE or METRIC>=VALUE in the unit tables show (% for fractions), e.g. nrw<=10: adds the share of runs that meet it.",
            HelpName = "TARGET",
        };
        var output = CommonOptions.Out();
        var years = CommonOptions.Years();
        var command = new Command("ensemble", "Run a scenario many times with its uncertain inputs drawn, and print mean, sd and quantiles per city, sector, metric and year.")
        {
            file, runs, sampler, seed, replay, targetOption, format, output, years,
        };
        command.SetAction(parse =>
        {
            if (!CommonOptions.TryYears(parse.GetValue(years), services.Error, out var selection))
            {
                return ExitCodes.Usage;
            }

            var count = parse.GetValue(runs);
            var only = parse.GetValue(replay);
            if (count < 1 || only < 0 || only >= count)
            {
                services.Error.WriteLine(count < 1 ? "error: --runs must be at least 1" : $"error: --run must be 0 to {count - 1}");
                return ExitCodes.Usage;
            }

            EnsembleTarget? target = null;
            if (parse.GetValue(targetOption) is { } targetText && !EnsembleTarget.TryParse(targetText, out target, out var targetError))
            {
                services.Error.WriteLine($"error: --target: {targetError}");
                return ExitCodes.Usage;
            }

            var catalog = services.LoadCatalog(parse);
            var compilation = services.Compile(parse.GetValue(file)!, catalog, parse);
            if (!compilation.IsValid)
            {
                return ExitCodes.InvalidInput;
            }

            var scenario = compilation.Scenario!;
            var outPath = parse.GetValue(output);
            if (!services.Results.Allows(parse, outPath, scenario.Source.Chain))
            {
                return ExitCodes.Usage;
            }

            var kind = parse.GetValue(sampler) == "random" ? SamplerKind.Random : SamplerKind.LatinHypercube;
            var plan = new EnsemblePlan(scenario, count, kind, parse.GetValue(seed) ?? scenario.Seed);
            var csv = parse.GetValue(format) == "csv";
            return only is { } k
                ? Replay(services, plan, k, selection, csv, outPath, parse)
                : Summarise(services, plan, selection, csv, outPath, parse, target);
        });
        return command;
    }

    private static int Replay(CliServices services, EnsemblePlan plan, int run, YearSelection selection, bool csv, string? outPath, ParseResult parse)
    {
        var drawn = plan.Draw(run);
        for (var i = 0; i < drawn.Length; i++)
        {
            services.Error.WriteLine($"run {run}: {plan.Inputs[i].Label} = {drawn[i].ToString("R", CultureInfo.InvariantCulture)}");
        }

        var result = EnsembleRunner.Replay(plan, run, services.Limits(parse));
        var shownYears = selection.Apply(result.Years, out var yearError);
        if (yearError is not null)
        {
            services.Error.WriteLine($"error: --years: {yearError}");
            return ExitCodes.Usage;
        }

        if (result.Failure is { } failure)
        {
            services.Error.WriteLine($"error: run {run} stopped: {failure}");
            return ExitCodes.RunFailed;
        }

        services.Results.Write(outPath, (TextWriter w) => (csv ? (Action<RunResult, IReadOnlyList<int>, TextWriter>)RunReport.WriteCsv : RunReport.WriteTable)(result, shownYears, w));
        return ExitCodes.Success;
    }

    private static int Summarise(
        CliServices services, EnsemblePlan plan, YearSelection selection, bool csv, string? outPath, ParseResult parse, EnsembleTarget? target)
    {
        // Ctrl+C stops starting runs; the ones finished are summarised and written.
        using var stop = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            stop.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        EnsembleResult result;
        try
        {
            result = EnsembleRunner.Run(plan, services.Limits(parse), stop.Token);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }

        foreach (var (run, failure) in result.Failures.Take(5))
        {
            services.Error.WriteLine($"warning: run {run} stopped: {failure} (replay it with --run {run})");
        }

        if (result.Cancelled)
        {
            services.Error.WriteLine($"warning: stopped; {result.Finished.Count} of {plan.Runs} runs finished and are summarised");
        }

        if (result.Finished.Count == 0)
        {
            services.Error.WriteLine("error: no run finished");
            return ExitCodes.RunFailed;
        }

        var shownYears = selection.Apply(result.Years, out var yearError);
        if (yearError is not null)
        {
            services.Error.WriteLine($"error: --years: {yearError}");
            return ExitCodes.Usage;
        }

        if (target is not null && !result.Series.Any(s => s.MetricId == target.MetricId))
        {
            services.Error.WriteLine($"error: --target: no series reports '{target.MetricId}'; metrics: {string.Join(", ", result.Series.Select(s => s.MetricId).Distinct())}");
            return ExitCodes.Usage;
        }

        services.Results.Write(outPath, (TextWriter w) =>
            (csv ? (Action<EnsembleResult, IReadOnlyList<int>, TextWriter, EnsembleTarget?>)EnsembleReport.WriteCsv : EnsembleReport.WriteTable)(result, shownYears, w, target));
        return result.Failures.Count > 0 ? ExitCodes.RunFailed : ExitCodes.Success;
    }
}
