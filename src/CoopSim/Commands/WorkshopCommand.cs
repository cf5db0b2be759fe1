using System.CommandLine;
using CoopSim.Workshops;

namespace CoopSim.Cli.Commands;

/// <summary><c>coopsim workshop</c>: check exercises, play them from a decisions file, resume sessions, write debriefs.</summary>
internal static class WorkshopCommand
{
    public static Command Create(CliServices services, Func<bool> isInteractive)
    {
        var command = new Command("workshop", "Workshop exercises for trainers: validate, rehearse from a decisions file, run a class in the trainer console or step by step, resume, write a debrief.")
        {
            Validate(services),
            WorkshopRunCommand.Create(services),
            WorkshopResumeCommand.Create(services, isInteractive),
            WorkshopConsoleCommand.Create(services, isInteractive),
            WorkshopReportCommand.Create(services),
            WorkshopScenarioCommand.Create(services),
        };
        foreach (var step in WorkshopStepCommands.Create(services))
        {
            command.Add(step);
        }

        return command;
    }

    private static Command Validate(CliServices services)
    {
        var files = new Argument<string[]>("FILE") { Description = "Exercise files (scenarios/workshops/*.json).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check exercise files against the format, their scenarios and the loaded plugins.") { files };
        command.SetAction(parse =>
        {
            var catalog = services.LoadCatalog(parse);
            var invalid = 0;
            foreach (var file in parse.GetValue(files)!)
            {
                var compilation = services.CompileExercise(file, catalog);
                if (compilation.Exercise is { } exercise)
                {
                    services.Output.WriteLine(
                        $"{file}: valid - \"{exercise.Name}\", {exercise.Rounds.Count} rounds {exercise.Rounds[0].From}-{exercise.LastYear}, " +
                        $"{exercise.Cards.Count} cards, {exercise.Events.Count} events");
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

    /// <summary>After each played round: what each team did, then the league table.</summary>
    public static void WriteProgress(WorkshopSession session, int fromRound, TextWriter writer)
    {
        for (var r = fromRound; r < session.RoundsPlayed; r++)
        {
            writer.WriteLine();
            WorkshopText.WriteRound(session, r, writer);
        }

        if (session.RoundsPlayed > 0)
        {
            writer.WriteLine();
            var league = session.League();
            writer.WriteLine($"League table in {league.Year} ({WorkshopText.LeagueRule(league)})");
            WorkshopText.WriteLeague(league, writer, session.IsFinished ? session.Exercise.History?.Label : null);
        }
    }
}
