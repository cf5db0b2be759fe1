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
            var found = session.Team(Engine.Workshops.WorkshopTeam.IdFor(name));
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
            var folder = outPath is null ? Environment.CurrentDirectory : Path.GetDirectoryName(Path.GetFullPath(outPath))!;
            return services.Emit(outPath, session.TeamScenarioText(found.Id, folder));
        });
        return command;
    }
}
