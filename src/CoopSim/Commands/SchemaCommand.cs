using System.CommandLine;
using CoopSim.Engine.Scenarios;
using CoopSim.Workshops;

namespace CoopSim.Cli.Commands;

internal static class SchemaCommand
{
    public static Command Create(CliServices services)
    {
        var output = CommonOptions.Out();
        var generic = new Option<bool>("--no-plugins")
        {
            Description = "Leave out the loaded plugins' parameters (the schema of the format alone).",
        };
        var workshop = new Option<bool>("--workshop")
        {
            Description = "Print the schema of workshop exercise files (scenarios/workshops/*.json) instead.",
        };
        var command = new Command("schema", "Print the JSON Schema of scenario files, with the loaded plugins' parameters.")
        {
            output, generic, workshop,
        };
        command.SetAction(parse =>
        {
            var outPath = parse.GetValue(output);
            if (!services.Results.Allows(parse, outPath, []))
            {
                return ExitCodes.Usage;
            }

            var catalog = parse.GetValue(workshop) || parse.GetValue(generic) ? null : services.LoadCatalog(parse);
            var text = parse.GetValue(workshop) ? WorkshopSchema.GenerateText() : ScenarioSchema.GenerateText(catalog);
            services.Results.Write(outPath, (TextWriter w) => w.Write(text));
            return ExitCodes.Success;
        });
        return command;
    }
}
