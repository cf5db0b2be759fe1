using System.CommandLine;
using CoopSim.Engine.Reporting;
using CoopSim.Engine.Simulation;

namespace CoopSim.Cli.Commands;

internal static class RunCommand
{
    public static Command Create(CliServices services)
    {
        var file = new Argument<string>("FILE") { Description = "The scenario file (JSON)." };
        var format = CommonOptions.Format();
        var output = CommonOptions.Out();
        var years = CommonOptions.Years();
        var command = new Command("run", "Run a scenario and print its results per city, sector, metric and year.")
        {
            file, format, output, years,
        };
        command.SetAction(parse =>
        {
            if (!CommonOptions.TryYears(parse.GetValue(years), services.Error, out var selection))
            {
                return ExitCodes.Usage;
            }

            var catalog = services.LoadCatalog(parse);
            var compilation = services.Compile(parse.GetValue(file)!, catalog, parse);
            if (!compilation.IsValid)
            {
                return ExitCodes.InvalidInput;
            }

            var outPath = parse.GetValue(output);
            if (!services.Results.Allows(parse, outPath, compilation.Scenario!.Source.Chain))
            {
                return ExitCodes.Usage;
            }

            var result = Simulator.Run(compilation.Scenario!, limits: services.Limits(parse));
            var shownYears = selection.Apply(result.Years, out var yearError);
            if (yearError is not null)
            {
                services.Error.WriteLine($"error: --years: {yearError}");
                return ExitCodes.Usage;
            }

            if (result.Failure is { } failure && outPath is not null)
            {
                // A file of NaN results would look like an answer; the old file is worth more.
                services.Error.WriteLine($"error: the run stopped: {failure}; '{outPath}' was not written");
                return ExitCodes.RunFailed;
            }

            switch (parse.GetValue(format))
            {
                case "csv":
                    services.Results.Write(outPath, (TextWriter w) => RunReport.WriteCsv(result, shownYears, w));
                    break;
                case "json":
                    services.Results.Write(outPath, (Stream s) => RunReport.WriteJson(result, shownYears, s));
                    break;
                default:
                    services.Results.Write(outPath, (TextWriter w) => RunReport.WriteTable(result, shownYears, w));
                    break;
            }

            if (result.Failure is { } stopped)
            {
                services.Error.WriteLine($"error: the run stopped: {stopped}");
                return ExitCodes.RunFailed;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
