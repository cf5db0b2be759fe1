using System.CommandLine;
using System.Globalization;
using CoopSim.Engine.Reporting;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Validation;

namespace CoopSim.Cli.Commands;

internal static class CalibrateCommand
{
    public static Command Create(CliServices services)
    {
        var file = new Argument<string>("FILE") { Description = "The scenario file with observations." };
        var fit = new Option<string[]>("--fit")
        {
            Description = "An input to fit: cities.CITY.sectors.SECTOR.parameters.ID or cities.CITY.sectors.SECTOR.capacity.SETTING, " +
                          "optionally =MIN..MAX (default: the declared range). Repeatable.",
            HelpName = "PATH[=MIN..MAX]",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
            Required = true,
        };
        var until = new Option<int?>("--until")
        {
            Description = "Fit only observations up to YEAR and report the error on later ones (out of sample).",
            HelpName = "YEAR",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write the fit as a child scenario (extends FILE, holds only the fitted values), atomically.",
            HelpName = "CHILD.json",
        };
        var command = new Command("calibrate", "Fit scenario inputs to the scenario's observations and report how well each is determined.")
        {
            file, fit, until, output,
        };
        command.SetAction(parse =>
        {
            var catalog = services.LoadCatalog(parse);
            var path = parse.GetValue(file)!;
            var compilation = services.Compile(path, catalog, parse);
            if (!compilation.IsValid)
            {
                return ExitCodes.InvalidInput;
            }

            var scenario = compilation.Scenario!;
            if (!services.Results.Allows(parse, parse.GetValue(output), scenario.Source.Chain))
            {
                return ExitCodes.Usage;
            }

            var targets = new List<FitTarget>();
            foreach (var text in parse.GetValue(fit)!)
            {
                if (!FitTarget.TryParse(text, scenario, out var target, out var error))
                {
                    services.Error.WriteLine($"error: --fit: {error}");
                    return ExitCodes.Usage;
                }

                targets.Add(target!);
            }

            var calibration = new Calibration(scenario, catalog, targets, parse.GetValue(until), services.Limits(parse));
            if (calibration.FittedObservations == 0)
            {
                services.Error.WriteLine(scenario.Observations.Count == 0
                    ? $"error: {path}: the scenario has no observations to fit to"
                    : $"error: --until: no observation is in or before {parse.GetValue(until)}");
                return ExitCodes.Usage;
            }

            if (Engine.Simulation.Simulator.Run(scenario, limits: services.Limits(parse)).Failure is { } failure)
            {
                services.Error.WriteLine($"error: the run stopped: {failure}");
                return ExitCodes.RunFailed;
            }

            var result = calibration.Fit();
            services.Output.Write(CliServices.Render(w => CalibrationReport.Write(result, calibration.Until, w)));
            return parse.GetValue(output) is { } outPath ? WriteChild(services, compilation.Scenario!, calibration, result, path, outPath) : ExitCodes.Success;
        });
        return command;
    }

    private static int WriteChild(CliServices services, ResolvedScenario scenario, Calibration calibration, CalibrationResult result, string parentPath, string outPath)
    {
        var edited = calibration.DocumentWith(result.Fitted);
        var fittedTo = result.InSampleAfter.Pairs.Select(p => p.Observed).ToList();
        edited.Name = $"{scenario.Name}, calibrated";
        var values = string.Join("; ", result.Targets.Select((t, i) =>
            $"{t.Path} = {result.Fitted[i].ToString("G6", CultureInfo.InvariantCulture)}" +
            (result.Determination[i].StandardError is { } se ? $" (± {se.ToString("G2", CultureInfo.InvariantCulture)})" : " (poorly determined)")));
        edited.Description = $"{scenario.Name} with inputs fitted by `coopsim calibrate` (weighted least squares) to {fittedTo.Count} observation(s)" +
                             (calibration.Until is { } u ? $" up to {u}" : "") + $": {values}.";
        edited.Source = "fitted to " + string.Join("; ", fittedTo.Select(o => $"{o.MetricId} {o.Year} ({o.Source})"));
        if (!ChildScenario.TryCreate(scenario.Document, edited, parentPath, outPath, out var child, out var problem))
        {
            services.Error.WriteLine($"error: cannot write the fit as a child of '{parentPath}': {problem}");
            return ExitCodes.OutputFailed;
        }

        var text = child.ToText();
        services.Results.Write(outPath, (TextWriter w) => w.Write(text));
        if (!Engine.Scenarios.ScenarioReader.Reaches(Path.GetFullPath(outPath), Path.GetFullPath(parentPath)))
        {
            services.Error.WriteLine($"note: the fit extends '{Engine.Diagnostics.DisplayPath.Of(parentPath)}', outside its own folder; " +
                                     $"run it with --trust-folder {Engine.Diagnostics.DisplayPath.Of(Path.GetDirectoryName(Path.GetFullPath(parentPath))!)}");
        }

        return ExitCodes.Success;
    }
}
