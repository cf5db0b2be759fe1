using System.Diagnostics;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

// Full tier: a Release publish of the host and its plugins.
[Trait("Tier", "Full")]
public sealed class PublishTests
{
    [Fact]
    public void A_published_coopsim_carries_the_bundled_plugins()
    {
        var work = Path.Combine(Path.GetTempPath(), "coopsim-publish-tests", Guid.NewGuid().ToString("N"));
        var output = Path.Combine(work, "out");
        try
        {
            // Its own artifacts folder keeps this build apart from the one the tests run from. The
            // analyzers and code style are the ordinary build's to check (it has run before any test);
            // skipping them here shortens the compile and leaves what is published as it is. A runtime
            // identifier is the harder case (the plugins are portable and built without one), so one
            // publish with it covers both; without it the plugins come from the same target.
            Run("dotnet", "publish", Path.Combine(RepositoryPaths.Root, "src", "CoopSim", "CoopSim.csproj"),
                "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-o", output, "--artifacts-path", Path.Combine(work, "artifacts"), "-v", "quiet", "-nologo",
                "-p:RunAnalyzers=false", "-p:EnforceCodeStyleInBuild=false");

            foreach (var name in new[] { "Water", "Waste", "Energy", "Education" })
            {
                Assert.True(File.Exists(Path.Combine(output, "plugins", $"CoopSim.Sectors.{name}", $"CoopSim.Sectors.{name}.dll")), name);
                Assert.False(File.Exists(Path.Combine(output, "plugins", $"CoopSim.Sectors.{name}", "CoopSim.Abstractions.dll")), name);
            }

            var listed = Run("dotnet", Path.Combine(output, "coopsim.dll"), "plugins");
            Assert.Equal(4, listed.Split('\n').Count(l => l.Contains("contract 1.", StringComparison.Ordinal)));
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static string Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {string.Join(' ', args)} did not finish in 5 minutes");
        }

        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }
}
