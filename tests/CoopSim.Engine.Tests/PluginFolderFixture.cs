using CoopSim.Tests.Shared;

namespace CoopSim.Engine.Tests;

/// <summary>Lays out plugin folders the way a person would: a folder per plugin, its build output inside.</summary>
internal static class PluginFolderFixture
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static readonly string[] BundledNames =
        ["CoopSim.Sectors.Education", "CoopSim.Sectors.Energy", "CoopSim.Sectors.Waste", "CoopSim.Sectors.Water"];

    public static string BuildOutput(string projectName)
    {
        var folder = projectName.StartsWith("CoopSim.Sectors.", StringComparison.Ordinal)
            ? Path.Combine(RepositoryPaths.Root, "plugins", projectName)
            : Path.Combine(RepositoryPaths.Root, "tests", "Fixtures", projectName);
        var output = Path.Combine(folder, "bin", Configuration, "net10.0");
        Assert.True(File.Exists(Path.Combine(output, projectName + ".dll")), $"{projectName} is not built at {output}");
        return output;
    }

    /// <summary>Copies a project's build output into <paramref name="pluginsRoot"/>/<paramref name="folderName"/>.</summary>
    public static string Install(string pluginsRoot, string projectName, string? folderName = null)
    {
        var target = Path.Combine(pluginsRoot, folderName ?? projectName);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(BuildOutput(projectName)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        return target;
    }

    public static void InstallBundled(string pluginsRoot)
    {
        foreach (var name in BundledNames)
        {
            Install(pluginsRoot, name);
        }
    }
}
