using System.CommandLine;
using CoopSim.Engine.Scenarios;

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
        var command = new Command("schema", "Print the JSON Schema of scenario files, with the loaded plugins' parameters.")
        {
            output, generic,
        };
        command.SetAction(parse =>
        {
            var catalog = parse.GetValue(generic) ? null : services.LoadCatalog(parse);
            return services.Emit(parse.GetValue(output), ScenarioSchema.GenerateText(catalog));
        });
        return command;
    }
}
