using System.Diagnostics;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

/// <summary>Runs coopsim in this process (fast) or as the real executable in a child process.</summary>
internal static class Coopsim
{
    public sealed record Outcome(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }

    public static string BundledPlugins => Path.Combine(RepositoryPaths.HostOutput, "plugins");

    /// <summary>In process, with the host's bundled plugins (this test's own folder has none).</summary>
    public static Outcome Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = new CliApp(output, error, isInteractive: () => false).Run([.. args, "--plugins", BundledPlugins]);
        return new Outcome(exit, output.ToString(), error.ToString());
    }

    /// <summary>The real executable, from the repository root, with no terminal attached; killed after the timeout.</summary>
    public static Outcome Process(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(RepositoryPaths.HostOutput, "coopsim.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"coopsim {string.Join(' ', args)} did not finish within 90 s");
        }

        return new Outcome(process.ExitCode, output.Result, error.Result);
    }
}
