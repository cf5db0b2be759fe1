using System.Runtime.InteropServices;
using System.Text;
using CoopSim.Cli;
using CoopSim.Engine;
using CoopSim.Engine.Plugins;

Console.OutputEncoding = Encoding.UTF8;
var guard = PluginExitGuard.Install(Console.Error, ExitCodes.RunFailed);

// An interrupted or terminated write leaves the old file and no partial one beside it.
AppDomain.CurrentDomain.ProcessExit += (_, _) => AtomicFile.DeletePending();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => AtomicFile.DeletePending());
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => AtomicFile.DeletePending());
using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => AtomicFile.DeletePending());

// Buffered: a large table or CSV is written in blocks rather than a system call per line.
var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 65536);
var error = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
var exitCode = new CliApp(output, error, CoopSim.Cli.Terminal.IsInteractive).Run(args);
guard.HostFinished();
return exitCode;
