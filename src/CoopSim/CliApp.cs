using System.CommandLine;
using CoopSim.Cli.Commands;

namespace CoopSim.Cli;

/// <summary>The <c>coopsim</c> command line. Output goes to the given writers so tests can run it in process.</summary>
internal sealed class CliApp(TextWriter output, TextWriter error, Func<bool> isInteractive)
{
    public int Run(string[] args)
    {
        var services = new CliServices(output, error);
        var root = new RootCommand(
            "CoopSim: simulate city-to-city environmental cooperation programmes and compare scenarios.\n" +
            "With no command at an interactive terminal, opens the terminal UI.")
        {
            RunCommand.Create(services),
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
        root.SetAction(parse => TuiCommand.Open(services, parse, [], isInteractive, printHelpWhenNotInteractive: root));
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).Invoke(configuration);
    }
}
