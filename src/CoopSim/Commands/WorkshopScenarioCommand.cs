using CoopSim.Workshops;
using System.CommandLine;

namespace CoopSim.Cli.Commands;

internal static class WorkshopScenarioCommand
{
    public static Command Create(CliServices services)
    {
        var sessionFile = new Argument<string>("SESSION") { Description = "A saved session file." };
        var team = new Option<string>("--team", "-t") { Description = "The team's name.", HelpName = "NAME", Required = true };
        var output = CommonOptions.Out();
        var command = new Command("scenario", "Write a team's city after the played rounds as a scenario file, to run or compare with 'coopsim run' and 'coopsim compare'.")
        {
            sessionFile, team, output,
        };
        command.SetAction(parse =>
        {
            var load = services.LoadSession(parse.GetValue(sessionFile)!, services.LoadCatalog(parse));
            if (load.Session is not { } session)
            {
                return ExitCodes.InvalidInput;
            }

            var name = parse.GetValue(team)!;
            var found = session.Team(WorkshopTeam.IdFor(name));
            if (found is null)
            {
                services.Error.WriteLine($"error: --team: the session has no team '{name}' (teams: {string.Join(", ", session.Teams.Select(t => t.Name))})");
                return ExitCodes.Usage;
            }

            if (session.RoundsPlayed == 0)
            {
                services.Error.WriteLine("error: no round has been played yet; the team's city is the base scenario");
                return ExitCodes.InvalidInput;
            }

            var outPath = parse.GetValue(output);
            string[] inputs = [parse.GetValue(sessionFile)!, session.Exercise.Path, .. session.Exercise.BaseScenario.Source.Chain];
            if (!services.Results.Allows(parse, outPath, inputs))
            {
                return ExitCodes.Usage;
            }

            var folder = outPath is null ? Environment.CurrentDirectory : Path.GetDirectoryName(Path.GetFullPath(outPath))!;
            var text = session.TeamScenarioText(found.Id, folder);
            services.Results.Write(outPath, (TextWriter w) => w.Write(text));
            if (!Engine.Scenarios.ScenarioReader.Reaches(Path.Combine(folder, "team.json"), session.Exercise.BaseScenarioPath))
            {
                services.Error.WriteLine($"note: the scenario extends '{Engine.Diagnostics.DisplayPath.Of(session.Exercise.BaseScenarioPath)}', outside its own folder; " +
                                         $"run it with --trust-folder {Engine.Diagnostics.DisplayPath.Of(Path.GetDirectoryName(session.Exercise.BaseScenarioPath)!)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
