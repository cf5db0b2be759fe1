using System.CommandLine;
using CoopSim.Cli.Commands;
using CoopSim.Cli.Output;

namespace CoopSim.Cli;

/// <summary>The <c>coopsim</c> command line. Output goes to the given writers so tests can run it in process.</summary>
internal sealed class CliApp(TextWriter output, TextWriter error, Func<bool> isInteractive)
{
    public int Run(string[] args)
    {
        var terminalOutput = new TerminalWriter(output, "standard output");
        var terminalError = new TerminalWriter(error, "standard error");
        var debug = args.Contains(CliServices.DebugOptionName, StringComparer.Ordinal);
        try
        {
            return Invoke(args, terminalOutput, terminalError);
        }
        catch (Exception e)
        {
            var code = CommandFailure.Report(e, terminalError, debug);
            CommandFailure.FlushQuietly(terminalOutput);
            return code;
        }
    }

    private int Invoke(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var services = new CliServices(stdout, stderr);
        var root = new RootCommand(
            "CoopSim: simulate city-to-city environmental cooperation programmes and compare scenarios.\n" +
            "With no command at an interactive terminal, opens the terminal UI.")
        {
            RunCommand.Create(services),
            EnsembleCommand.Create(services),
            CompareCommand.Create(services),
            ValidateCommand.Create(services),
            BacktestCommand.Create(services),
            CalibrateCommand.Create(services),
            PluginsCommand.Create(services),
            SchemaCommand.Create(services),
            WorkshopCommand.Create(services, isInteractive),
            TuiCommand.Create(services, isInteractive),
            BenchCommand.Create(services),
        };
        root.Add(services.PluginsOption);
        root.Add(services.StepTimeLimitOption);
        root.Add(services.LockedOption);
        root.Add(services.LockFileOption);
        root.Add(services.TrustFolderOption);
        root.Add(services.ForceOption);
        root.Add(services.DebugOption);
        root.SetAction(parse => TuiCommand.Open(services, parse, [], isInteractive, printHelpWhenNotInteractive: root));
        // Exceptions go to Run's one catch, not System.CommandLine's handler (which prints a stack trace).
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        var exit = root.Parse(args).Invoke(configuration);
        stdout.Flush();
        return exit;
    }
}
