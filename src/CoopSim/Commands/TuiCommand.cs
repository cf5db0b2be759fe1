using System.CommandLine;

namespace CoopSim.Cli.Commands;

internal static class TuiCommand
{
    public static Command Create(CliServices services, Func<bool> isInteractive)
    {
        var files = new Argument<string[]>("FILE") { Description = "Scenario files to open.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("tui", "Open the terminal UI (needs an interactive terminal).") { files };
        command.SetAction(parse => Open(services, parse, parse.GetValue(files) ?? [], isInteractive, printHelpWhenNotInteractive: null));
        return command;
    }

    public static int Open(CliServices services, ParseResult parse, string[] files, Func<bool> isInteractive, RootCommand? printHelpWhenNotInteractive)
    {
        if (!isInteractive())
        {
            if (printHelpWhenNotInteractive is not null)
            {
                printHelpWhenNotInteractive.Parse("--help").Invoke(new InvocationConfiguration { Output = services.Output, Error = services.Error });
            }

            services.Error.WriteLine("coopsim: not starting the terminal UI: standard input or output is not a terminal. " +
                                     "Use a command instead, e.g. 'coopsim run scenarios/phnom-penh-water.json'.");
            return ExitCodes.NoTerminal;
        }

        services.Error.WriteLine("coopsim: the terminal UI is not part of this build yet; use 'coopsim --help' for the commands.");
        _ = parse;
        _ = files;
        return ExitCodes.NoTerminal;
    }
}
