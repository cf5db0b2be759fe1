using System.CommandLine;
using CoopSim.Tui;

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

        var catalog = services.LoadCatalog(parse, reportRefusals: false);
        IReadOnlyList<string> notes;
        try
        {
            notes = TuiHost.Run(catalog, files);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or PlatformNotSupportedException)
        {
            services.Error.WriteLine($"coopsim: the terminal UI could not start: {e.Message}");
            return ExitCodes.NoTerminal;
        }

        // Written after the UI has given the terminal back; anything written while it ran is lost.
        foreach (var refusal in catalog.Refusals)
        {
            services.Error.WriteLine($"warning: plugin not loaded: {refusal}");
        }

        foreach (var note in notes)
        {
            services.Error.WriteLine(note);
        }

        return ExitCodes.Success;
    }
}
