using CoopSim.Tests.Shared;

namespace CoopSim.Samples.Tests;

/// <summary>
/// Makes a sector from the <c>coopsim-sector</c> template as docs/plugins.md tells an author to:
/// installs the template from this checkout (into a template store of its own, so nothing on the
/// machine changes), creates the plugin and its tests in a fresh folder, builds both and lays the
/// plugin out as a plugin folder. The contract is referenced from this checkout and is already built
/// with this test project, so no part of CoopSim is rebuilt.
/// </summary>
public sealed class TemplateBuild : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public const string Name = "Acme.Sectors.Drainage";

    private static readonly TimeSpan StepLimit = TimeSpan.FromMinutes(5);

    public TemplateBuild()
    {
        Root = Path.Combine(Path.GetTempPath(), "coopsim-template-tests", Guid.NewGuid().ToString("N"));
        var hive = Path.Combine(Root, "template-store");
        Directory.CreateDirectory(Root);
        ProjectFolder = Path.Combine(Root, Name);
        PluginsRoot = Path.Combine(Root, "plugins");
        PluginFolder = Path.Combine(PluginsRoot, Name);

        var log = new List<string>();
        ExitCode = Step(log, Root, "new", "install", Path.Combine(RepositoryPaths.Root, "templates", "coopsim-sector"), "--debug:custom-hive", hive)
            ?? Step(log, Root, "new", "coopsim-sector", "-n", Name, "--typeName", "Drainage", "--sectorId", "drainage",
                "--displayName", "Urban drainage", "--coopsimPath", RepositoryPaths.Root, "--debug:custom-hive", hive)
            ?? Step(log, ProjectFolder, "build", Path.Combine(Name, Name + ".csproj"), "-c", Configuration, "-p:BuildProjectReferences=false", "--nologo", "-v", "q")
            ?? Step(log, ProjectFolder, "build", Path.Combine(Name + ".Tests", Name + ".Tests.csproj"), "-c", Configuration, "-p:BuildProjectReferences=false", "--nologo", "-v", "q")
            ?? 0;
        Log = string.Join(Environment.NewLine, log);
        if (ExitCode == 0)
        {
            Directory.CreateDirectory(PluginFolder);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(ProjectFolder, Name, "bin", Configuration, "net10.0")))
            {
                File.Copy(file, Path.Combine(PluginFolder, Path.GetFileName(file)), overwrite: true);
            }
        }
    }

    /// <summary>0 when every step worked, else the failing step's exit code (its output is in <see cref="Log"/>).</summary>
    public int ExitCode { get; }

    /// <summary>Each dotnet command run and what it printed.</summary>
    public string Log { get; }

    public string Root { get; }

    /// <summary>The folder <c>dotnet new</c> created: the plugin, its tests, a solution and a scenario.</summary>
    public string ProjectFolder { get; }

    /// <summary>A folder of plugin folders holding only the new sector, as a person passes it to --plugins.</summary>
    public string PluginsRoot { get; }

    public string PluginFolder { get; }

    /// <summary>Runs dotnet in the new folder, as its author would.</summary>
    public static (int ExitCode, string Output) Dotnet(string workingDirectory, params string[] args) =>
        DotnetProcess.Run(workingDirectory, StepLimit, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the test's outcome is what matters.
        }
    }

    private static int? Step(List<string> log, string folder, params string[] args)
    {
        var (exitCode, output) = Dotnet(folder, args);
        log.Add($"$ dotnet {string.Join(' ', args)} (exit {exitCode}){Environment.NewLine}{output}");
        return exitCode == 0 ? null : exitCode;
    }
}
