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

    /// <summary>
    /// A copy of a fixture plugin's build output in a folder of its own, as a person would install
    /// it; <paramref name="behaviour"/> goes to its behaviour.txt (read by the Rogue fixture).
    /// </summary>
    public static string FixtureFolder(string name, string? behaviour = null)
    {
        var configuration = Path.GetFileName(Path.GetDirectoryName(RepositoryPaths.HostOutput))!;
        var built = Path.Combine(RepositoryPaths.Root, "tests", "Fixtures", name, "bin", configuration, "net10.0");
        var folder = Path.Combine(Path.GetTempPath(), "coopsim-cli-tests", Guid.NewGuid().ToString("N"), name);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(built))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        if (behaviour is not null)
        {
            File.WriteAllText(Path.Combine(folder, "behaviour.txt"), behaviour);
        }

        return folder;
    }

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
