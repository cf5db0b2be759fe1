using System.CommandLine;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Workshops;

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
            if (parse.GetValue(workshop))
            {
                return services.Emit(parse.GetValue(output), WorkshopSchema.GenerateText());
            }

            var catalog = parse.GetValue(generic) ? null : services.LoadCatalog(parse);
            return services.Emit(parse.GetValue(output), ScenarioSchema.GenerateText(catalog));
        });
        return command;
    }
}
