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
            var compilation = services.Compile(parse.GetValue(file)!, catalog);
            if (!compilation.IsValid)
            {
                return ExitCodes.InvalidInput;
            }

            var result = Simulator.Run(compilation.Scenario!, limits: services.Limits(parse));
            var shownYears = selection.Apply(result.Years, out var yearError);
            if (yearError is not null)
            {
                services.Error.WriteLine($"error: --years: {yearError}");
                return ExitCodes.Usage;
            }

            var content = parse.GetValue(format) switch
            {
                "csv" => CliServices.Render(w => RunReport.WriteCsv(result, shownYears, w)),
                "json" => CliServices.Render(s => RunReport.WriteJson(result, shownYears, s)),
                _ => CliServices.Render(w => RunReport.WriteTable(result, shownYears, w)),
            };
            var written = services.Emit(parse.GetValue(output), content);
            if (result.Failure is { } failure)
            {
                services.Error.WriteLine($"error: the run stopped: {failure}");
                return ExitCodes.RunFailed;
            }

            return written;
        });
        return command;
    }
}
