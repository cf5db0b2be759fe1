using System.CommandLine;
using CoopSim.Workshops;

namespace CoopSim.Cli.Commands;

internal static class WorkshopRunCommand
{
    public static Command Create(CliServices services)
    {
        var exerciseFile = new Argument<string>("EXERCISE") { Description = "The exercise file." };
        var decisions = new Option<string>("--decisions", "-d")
        {
            Description = "Every team's cards for every round (see docs/workshops.md).",
            HelpName = "FILE",
            Required = true,
        };
        var seed = new Option<int?>("--seed") { Description = "The session's seed (default: the decisions file's, else the exercise's)." };
        var session = new Option<string?>("--session", "-s") { Description = "Save the session to FILE (for 'workshop report' and 'workshop resume').", HelpName = "FILE" };
        var report = new Option<string?>("--report") { Description = "Also write the debrief (Markdown and PNG charts) into DIR.", HelpName = "DIR" };
        var command = new Command("run", "Play a whole exercise from a decisions file and print each round and the league table.")
        {
            exerciseFile, decisions, seed, session, report,
        };
        command.SetAction(parse =>
        {
            var catalog = services.LoadCatalog(parse);
            var compilation = services.CompileExercise(parse.GetValue(exerciseFile)!, catalog);
            if (compilation.Exercise is not { } exercise)
            {
                return ExitCodes.InvalidInput;
            }

            PlayOutcome outcome;
            try
            {
                outcome = HeadlessPlay.Run(exercise, catalog, parse.GetValue(decisions)!, parse.GetValue(seed), parse.GetValue(session));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                services.Error.WriteLine($"error: cannot save the session: {e.Message}");
                return ExitCodes.OutputFailed;
            }

            return WorkshopResumeCommand.Finish(services, outcome, fromRound: 0, parse.GetValue(report));
        });
        return command;
    }
}
