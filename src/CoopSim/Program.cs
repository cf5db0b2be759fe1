using System.Text;
using CoopSim.Cli;

Console.OutputEncoding = Encoding.UTF8;
return new CliApp(Console.Out, Console.Error, CoopSim.Cli.Terminal.IsInteractive).Run(args);
