using System.Text;
using CoopSim.Cli;
using CoopSim.Engine.Plugins;

Console.OutputEncoding = Encoding.UTF8;
var guard = PluginExitGuard.Install(Console.Error, ExitCodes.RunFailed);
var exitCode = new CliApp(Console.Out, Console.Error, CoopSim.Cli.Terminal.IsInteractive).Run(args);
guard.HostFinished();
return exitCode;
