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
        (ExitCode, BuildLog) = DotnetProcess.Run(SampleFolder, TimeSpan.FromMinutes(5),
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

    /// <summary>Runs coopsim (through dotnet) with the arguments, no terminal attached; the exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Coopsim(params string[] args) => DotnetProcess.Run(RepositoryPaths.Root, TimeSpan.FromSeconds(90), args);

    public static string SampleFolder => Path.Combine(RepositoryPaths.Root, "samples", "sanitation");

    public static string Scenario => Path.Combine(SampleFolder, "scenario.json");

    public int ExitCode { get; }

    public string BuildLog { get; }

    /// <summary>A folder of plugin folders holding only the sample, as a person passes it to --plugins.</summary>
    public string PluginsRoot { get; }

    public string PluginFolder { get; }
}
