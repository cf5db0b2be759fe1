using System.Diagnostics;
using CoopSim.Tests.Shared;

namespace CoopSim.Samples.Tests;

/// <summary>
/// Builds the sanitation sample on its own, as its author does (it is not in CoopSim.sln), once for
/// all tests here, and lays its output out as a plugin folder. The contract it references is already
/// built with this test project, so the build does not rebuild any of CoopSim.
/// </summary>
public sealed class SampleBuild
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public const string Name = "CoopSim.Sectors.Sanitation";

    public SampleBuild()
    {
        var project = Path.Combine(SampleFolder, Name, Name + ".csproj");
        (ExitCode, BuildLog) = Dotnet(SampleFolder, TimeSpan.FromMinutes(5),
            "build", project, "-c", Configuration, "-p:BuildProjectReferences=false", "--nologo", "-v", "q");
        PluginsRoot = Path.Combine(Path.GetTempPath(), "coopsim-samples-tests", Guid.NewGuid().ToString("N"));
        PluginFolder = Path.Combine(PluginsRoot, Name);
        if (ExitCode == 0)
        {
            Directory.CreateDirectory(PluginFolder);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(SampleFolder, Name, "bin", Configuration, "net10.0")))
            {
                File.Copy(file, Path.Combine(PluginFolder, Path.GetFileName(file)), overwrite: true);
            }
        }
    }

    /// <summary>Runs dotnet with the arguments, no terminal attached; the exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Coopsim(params string[] args) => Dotnet(RepositoryPaths.Root, TimeSpan.FromSeconds(90), args);

    private static (int ExitCode, string Output) Dotnet(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} took more than {timeout}");
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    public static string SampleFolder => Path.Combine(RepositoryPaths.Root, "samples", "sanitation");

    public static string Scenario => Path.Combine(SampleFolder, "scenario.json");

    public int ExitCode { get; }

    public string BuildLog { get; }

    /// <summary>A folder of plugin folders holding only the sample, as a person passes it to --plugins.</summary>
    public string PluginsRoot { get; }

    public string PluginFolder { get; }
}
