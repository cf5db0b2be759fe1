using System.CommandLine;
using CoopSim.Engine.Diagnostics;
using CoopSim.Tui;
using CoopSim.Tui.ViewModels.Trainer;

namespace CoopSim.Cli.Commands;

/// <summary><c>coopsim workshop console</c>: the trainer console in the terminal UI, on a new session of an exercise or a saved session.</summary>
internal static class WorkshopConsoleCommand
{
    public static Command Create(CliServices services, Func<bool> isInteractive)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "An exercise (starts a new session) or a saved session (resumes it); without it, choose one on the first screen.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var session = new Option<string?>("--session", "-s")
        {
            Description = "The new session's file, when FILE is an exercise (default: EXERCISE.session.json in the working folder, never overwritten).",
            HelpName = "FILE",
        };
        var seed = new Option<int?>("--seed") { Description = "The new session's seed (default: the exercise's)." };
        var command = new Command("console", "Open the trainer console (needs an interactive terminal): register teams, enter decisions, play rounds, show the league, project it.")
        {
            file, session, seed,
        };
        command.SetAction(parse =>
        {
            if (!isInteractive())
            {
                return NoTerminal(services);
            }

            var catalog = services.LoadCatalog(parse);
            if (parse.GetValue(file) is not { } path)
            {
                return Choose(services, catalog);
            }

            var opening = ConsoleLaunch.Open(path, catalog, parse.GetValue(session), parse.GetValue(seed));
            return Run(services, opening);
        });
        return command;
    }

    private static int Choose(CliServices services, Engine.Plugins.PluginCatalog catalog)
    {
        TrainerConsole? console;
        try
        {
            console = TrainerConsoleHost.RunChooser(catalog, Environment.CurrentDirectory);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or PlatformNotSupportedException)
        {
            services.Error.WriteLine($"coopsim: the trainer console could not start: {e.Message}");
            return ExitCodes.NoTerminal;
        }

        return console?.Session.SavePath is { } saved ? WriteWhereSaved(services, console, saved) : ExitCodes.Success;
    }

    /// <summary>Says why the console does not start where nobody can use it, and what works instead.</summary>
    public static int NoTerminal(CliServices services)
    {
        services.Error.WriteLine("coopsim: not starting the trainer console: standard input or output is not a terminal. " +
                                 "Use the step commands instead, e.g. 'coopsim workshop resume SESSION' or 'coopsim workshop advance SESSION'.");
        return ExitCodes.NoTerminal;
    }

    /// <summary>Opens the console on what was opened, or prints why it cannot be; prints warnings and where the session is after the console closes.</summary>
    public static int Run(CliServices services, ConsoleOpening opening)
    {
        services.PrintProblems(opening.Problems);
        if (opening.Refusal is { } refusal)
        {
            services.Error.WriteLine($"error: {refusal}");
        }

        if (opening.Console is not { } console)
        {
            foreach (var warning in opening.Warnings)
            {
                services.Error.WriteLine($"warning: {warning}");
            }

            return ExitCodes.InvalidInput;
        }

        try
        {
            TrainerConsoleHost.Run(console);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or PlatformNotSupportedException)
        {
            services.Error.WriteLine($"coopsim: the trainer console could not start: {e.Message}");
            return ExitCodes.NoTerminal;
        }

        // Written after the console has given the terminal back; anything written while it ran is lost.
        foreach (var warning in opening.Warnings)
        {
            services.Error.WriteLine($"warning: {warning}");
        }

        return console.Session.SavePath is { } saved ? WriteWhereSaved(services, console, saved) : ExitCodes.Success;
    }

    private static int WriteWhereSaved(CliServices services, TrainerConsole console, string saved)
    {
        var session = console.Session;
        if (console.NotSaved is { } reason)
        {
            services.Error.WriteLine($"error: the session is not saved: the last save to {DisplayPath.Of(saved)} failed ({reason}); " +
                                     "the file holds the session as it was at the last save that worked.");
            return ExitCodes.OutputFailed;
        }

        services.Error.WriteLine($"The session is saved in {DisplayPath.Of(saved)} ({session.RoundsPlayed} of {session.Exercise.Rounds.Count} rounds played); " +
                                 $"'coopsim workshop console {DisplayPath.Of(saved)}' goes on.");
        return ExitCodes.Success;
    }
}
