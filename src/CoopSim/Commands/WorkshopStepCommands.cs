using System.CommandLine;
using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Reporting;
using CoopSim.Workshops;

namespace CoopSim.Cli.Commands;

/// <summary>
/// A class run one step at a time from the command line: start a session, list a team's cards,
/// enter decisions, advance, step back. Every step loads the session file and saves it again.
/// </summary>
internal static class WorkshopStepCommands
{
    public static IEnumerable<Command> Create(CliServices services) =>
        [Start(services), Cards(services), Decide(services), Advance(services), Back(services)];

    private static Argument<string> SessionArgument() => new("SESSION") { Description = "The session file." };

    private static Option<string> TeamOption() => new("--team", "-t") { Description = "The team's name.", HelpName = "NAME", Required = true };

    private static Command Start(CliServices services)
    {
        var exerciseFile = new Argument<string>("EXERCISE") { Description = "The exercise file." };
        var session = new Option<string>("--session", "-s") { Description = "The new session file.", HelpName = "FILE", Required = true };
        var teams = new Option<string[]>("--team", "-t")
        {
            Description = "A team's name (repeat for each team, up to 8).",
            HelpName = "NAME",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
            Required = true,
        };
        var seed = new Option<int?>("--seed") { Description = "The session's seed (default: the exercise's)." };
        var command = new Command("start", "Start a session of an exercise with its teams and save it.") { exerciseFile, session, teams, seed };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(session)!;
            if (File.Exists(path))
            {
                services.Error.WriteLine($"error: '{path}' already exists; a session file is never overwritten by 'start' (use 'workshop resume')");
                return ExitCodes.InvalidInput;
            }

            var catalog = services.LoadCatalog(parse);
            if (services.CompileExercise(parse.GetValue(exerciseFile)!, catalog).Exercise is not { } exercise)
            {
                return ExitCodes.InvalidInput;
            }

            return Saving(services, path, () =>
            {
                if (File.Exists(path))
                {
                    services.Error.WriteLine($"error: '{path}' was started by another command meanwhile; it is left as it is");
                    return ExitCodes.InvalidInput;
                }

                var started = WorkshopSession.Start(exercise, catalog, parse.GetValue(seed), path);
                foreach (var name in parse.GetValue(teams)!)
                {
                    if (started.RegisterTeam(name).Problem is { } problem)
                    {
                        services.Error.WriteLine($"error: --team '{name}': {problem}");
                        File.Delete(path);
                        return ExitCodes.Usage;
                    }
                }

                services.Output.WriteLine($"Started \"{exercise.Name}\" with {string.Join(", ", started.Teams.Select(t => t.Name))}, seed {started.Seed}; saved to {path}.");
                WriteOpening(started, services.Output);
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Cards(CliServices services)
    {
        var session = SessionArgument();
        var team = TeamOption();
        var command = new Command("cards", "List the cards a team can play this round, its budget, and why a card cannot be played.") { session, team };
        command.SetAction(parse => WithSession(services, parse, session, loaded =>
        {
            if (FindTeam(services, loaded, parse.GetValue(team)!) is not { } found || !Open(services, loaded))
            {
                return ExitCodes.Usage;
            }

            var budget = loaded.Ledger(found.Id).Budget(loaded.RoundsPlayed);
            services.Output.WriteLine($"{found.Name}, {budget.Round.Name} ({budget.Round.From}-{budget.Round.To}): {Usd(budget.Available)} to spend");
            var table = new TextTable("card", "cost (USD)", "name", "can it be played?");
            foreach (var option in loaded.Cards(found.Id))
            {
                table.Add(option.Card.Id, DisplayUnits.Format(option.Card.Cost, "USD"), option.Card.Name, option.Playable ? "yes" : $"no: {option.Reason}");
            }

            table.Write(services.Output, leftColumns: 1);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Decide(CliServices services)
    {
        var session = SessionArgument();
        var team = TeamOption();
        var cards = new Argument<string[]>("CARD") { Description = "The cards the team plays this round (none: it plays no card).", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("decide", "Enter a team's decision for the round being played.") { session, team, cards };
        command.SetAction(parse => WithSession(services, parse, session, loaded =>
        {
            if (FindTeam(services, loaded, parse.GetValue(team)!) is not { } found || !Open(services, loaded))
            {
                return ExitCodes.Usage;
            }

            var check = loaded.Decide(found.Id, parse.GetValue(cards) ?? []);
            if (!check.IsValid)
            {
                foreach (var problem in check.Problems)
                {
                    services.Error.WriteLine($"error: {problem.Text}");
                }

                return ExitCodes.InvalidInput;
            }

            services.Output.WriteLine($"{found.Name}: {(check.CardIds.Count == 0 ? "no card" : string.Join(", ", check.CardIds))} " +
                                      $"for {Usd(check.Cost)} of {Usd(check.Available)}.");
            var waiting = loaded.Teams.Where(t => loaded.Pending(t.Id) is null).Select(t => t.Name).ToList();
            services.Output.WriteLine(waiting.Count == 0 ? "Every team has decided: 'workshop advance' plays the round." : $"Still to decide: {string.Join(", ", waiting)}.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Advance(CliServices services)
    {
        var session = SessionArgument();
        var command = new Command("advance", "Play the round: apply every team's decision and simulate to the round's end.") { session };
        command.SetAction(parse => WithSession(services, parse, session, loaded =>
        {
            var outcome = loaded.Advance();
            if (!outcome.Advanced)
            {
                foreach (var problem in outcome.Problems)
                {
                    services.Error.WriteLine($"error: {problem}");
                }

                return ExitCodes.InvalidInput;
            }

            WorkshopCommand.WriteProgress(loaded, loaded.RoundsPlayed - 1, services.Output);
            WriteOpening(loaded, services.Output);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Back(CliServices services)
    {
        var session = SessionArgument();
        var command = new Command("back", "Step back one round: undo it, keeping its decisions to change or replay.") { session };
        command.SetAction(parse => WithSession(services, parse, session, loaded =>
        {
            var outcome = loaded.StepBack();
            if (!outcome.SteppedBack)
            {
                services.Error.WriteLine($"error: {string.Join("; ", outcome.Problems)}");
                return ExitCodes.InvalidInput;
            }

            services.Output.WriteLine($"Stepped back: {loaded.CurrentRound!.Name} is to be played again; its decisions are kept, change them with 'workshop decide'.");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The round about to be decided: its briefing and the events the class is told.</summary>
    private static void WriteOpening(WorkshopSession session, TextWriter output)
    {
        if (session.CurrentRound is not { } round)
        {
            output.WriteLine();
            output.WriteLine("The last round has been played: 'workshop report' writes the debrief.");
            return;
        }

        output.WriteLine();
        output.WriteLine($"Next: {round.Name} ({round.From}-{round.To}).{(round.Briefing is null ? "" : " " + round.Briefing)}");
        foreach (var e in session.Events(WorkshopViewer.Participant).Where(e => e.Round.Index == round.Index))
        {
            output.WriteLine($"Event: {e.Event.Name} ({string.Join(", ", e.Reaches.Select(t => t.Name))}). {e.Event.Text}");
        }
    }

    /// <summary>
    /// Loads the session, acts and saves while holding its lock, so that commands changing the same
    /// session at once take turns and every change is kept.
    /// </summary>
    private static int WithSession(CliServices services, ParseResult parse, Argument<string> session, Func<WorkshopSession, int> act)
    {
        var path = parse.GetValue(session)!;
        var catalog = services.LoadCatalog(parse);
        return Saving(services, path, () =>
        {
            var load = services.LoadSession(path, catalog);
            return load.Session is { } loaded ? act(loaded) : ExitCodes.InvalidInput;
        });
    }

    private static int Saving(CliServices services, string sessionPath, Func<int> act)
    {
        try
        {
            using var hold = SessionLock.Acquire(sessionPath);
            return act();
        }
        catch (SessionBusyException e)
        {
            services.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.OutputFailed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            services.Error.WriteLine($"error: cannot save the session: {e.Message}");
            return ExitCodes.OutputFailed;
        }
    }

    private static WorkshopTeam? FindTeam(CliServices services, WorkshopSession session, string name)
    {
        var team = session.Team(WorkshopTeam.IdFor(name));
        if (team is null)
        {
            services.Error.WriteLine($"error: --team: the session has no team '{name}' (teams: {string.Join(", ", session.Teams.Select(t => t.Name))})");
        }

        return team;
    }

    private static bool Open(CliServices services, WorkshopSession session)
    {
        if (session.IsFinished)
        {
            services.Error.WriteLine($"error: the last round has been played (session {DisplayPath.Of(session.SavePath!)})");
        }

        return !session.IsFinished;
    }

    private static string Usd(double value) => DisplayUnits.Format(value, "USD") + " USD";
}
