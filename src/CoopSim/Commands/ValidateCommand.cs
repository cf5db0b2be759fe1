using System.CommandLine;
using CoopSim.Engine.Validation;

namespace CoopSim.Cli.Commands;

internal static class ValidateCommand
{
    public static Command Create(CliServices services)
    {
        var files = new Argument<string[]>("FILE") { Description = "Scenario files to check; a folder stands for its *.json files.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check scenario files against the format and the loaded plugins; exit 0 when all are valid.")
        {
            files,
        };
        command.SetAction(parse =>
        {
            var catalog = services.LoadCatalog(parse);
            var invalid = 0;
            foreach (var file in ScenarioFiles(parse.GetValue(files)!))
            {
                var compilation = services.Compile(file, catalog, parse);
                if (compilation.IsValid)
                {
                    var scenario = compilation.Scenario!;
                    services.Output.WriteLine(
                        $"{file}: valid - \"{scenario.Name}\", {scenario.StartYear}-{scenario.EndYear}, " +
                        $"{scenario.Cities.Count(c => c.Sectors.Count > 0)} simulated city(ies), sectors {string.Join(", ", scenario.SectorOrder.Select(s => s.Id))}");
                    // Warnings only: a phase that changes nothing is legal, but rarely what the planner meant.
                    foreach (var warning in PhaseEffects.FindIneffective(scenario, catalog, services.Limits(parse)))
                    {
                        services.Error.WriteLine($"{warning.Location}: warning: {warning.JsonPath}: {warning.Message}");
                    }
                }
                else
                {
                    invalid++;
                    services.Output.WriteLine($"{file}: invalid - {compilation.Problems.Count} problem(s)");
                }
            }

            return invalid == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }

    /// <summary>
    /// The files named, with a folder replaced by the JSON files directly in it (in name order), so
    /// `validate scenarios` checks a whole library; subfolders (e.g. workshops) are not entered.
    /// </summary>
    private static IEnumerable<string> ScenarioFiles(IEnumerable<string> named) =>
        named.SelectMany<string, string>(path => Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal)
            : [path]);
}
