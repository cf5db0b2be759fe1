using System.CommandLine;
using CoopSim.Engine.Diagnostics;
using CoopSim.Workshops;
using CoopSim.Tui.ViewModels.Trainer;

namespace CoopSim.Cli.Commands;

internal static class WorkshopResumeCommand
{
    public static Command Create(CliServices services, Func<bool> isInteractive)
    {
        var sessionFile = new Argument<string>("SESSION") { Description = "A saved session file." };
        var decisions = new Option<string?>("--decisions", "-d")
        {
            Description = "Play the remaining rounds from this decisions file (rounds already played keep their decisions).",
            HelpName = "FILE",
        };
        var report = new Option<string?>("--report") { Description = "Also write the debrief (Markdown and PNG charts) into DIR.", HelpName = "DIR" };
        var text = new Option<bool>("--text") { Description = "Print where the session stands instead of opening the trainer console (what happens anyway without a terminal)." };
        var command = new Command("resume",
            "Continue a saved session after a crash or a closed laptop: replay its rounds, then open the trainer console on it " +
            "(at a terminal) or show where it stands, or play on from a decisions file.")
        {
            sessionFile, decisions, report, text,
        };
        command.SetAction(parse =>
        {
            var catalog = services.LoadCatalog(parse);
            if (isInteractive() && parse.GetValue(decisions) is null && parse.GetValue(report) is null && !parse.GetValue(text))
            {
                return WorkshopConsoleCommand.Run(services, ConsoleLaunch.Resume(parse.GetValue(sessionFile)!, catalog));
            }

            var load = services.LoadSession(parse.GetValue(sessionFile)!, catalog);
            if (load.Session is not { } session)
            {
                return ExitCodes.InvalidInput;
            }

            services.Output.WriteLine($"Resumed \"{session.Exercise.Name}\": {session.RoundsPlayed} of {session.Exercise.Rounds.Count} rounds played, " +
                                      $"teams {string.Join(", ", session.Teams.Select(t => t.Name))}, seed {session.Seed}.");
            var played = session.RoundsPlayed;
            if (parse.GetValue(decisions) is { } decisionsFile)
            {
                PlayOutcome outcome;
                try
                {
                    outcome = HeadlessPlay.Continue(session, decisionsFile);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    services.Error.WriteLine($"error: cannot save the session: {e.Message}");
                    return ExitCodes.OutputFailed;
                }

                return Finish(services, outcome, played, parse.GetValue(report));
            }

            WorkshopCommand.WriteProgress(session, 0, services.Output);
            if (session.CurrentRound is { } round)
            {
                services.Output.WriteLine();
                services.Output.WriteLine($"Next: {round.Name} ({round.From}-{round.To}).");
                foreach (var team in session.Teams)
                {
                    var pending = session.Pending(team.Id);
                    services.Output.WriteLine($"  {team.Name}: {(pending is null ? "not decided" : pending.Count == 0 ? "decided: no card" : "decided: " + string.Join(", ", pending))}");
                }

                services.Output.WriteLine("Play on with 'coopsim workshop resume SESSION --decisions FILE'.");
            }

            return parse.GetValue(report) is { } folder ? WorkshopReportCommand.Write(services, session, folder) : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Prints the rounds played from <paramref name="fromRound"/>, the problems that stopped play, and writes the report.</summary>
    public static int Finish(CliServices services, PlayOutcome outcome, int fromRound, string? reportFolder)
    {
        foreach (var note in outcome.Notes)
        {
            services.Error.WriteLine($"note: {note}");
        }

        if (outcome.Session is { } session)
        {
            WorkshopCommand.WriteProgress(session, fromRound, services.Output);
            if (session.SavePath is { } saved)
            {
                services.Error.WriteLine($"saved the session to {DisplayPath.Of(saved)}");
            }
        }

        if (outcome.Problems.Count > 0)
        {
            services.PrintProblems(outcome.Problems);
            return ExitCodes.InvalidInput;
        }

        return reportFolder is not null && outcome.Session is { } finished
            ? WorkshopReportCommand.Write(services, finished, reportFolder)
            : ExitCodes.Success;
    }
}
