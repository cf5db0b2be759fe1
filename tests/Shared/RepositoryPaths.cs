namespace CoopSim.Tests.Shared;

/// <summary>Finds the repository's folders from a test's output folder, so tests read the real bundled files.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CoopSim.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CoopSim.sln not found above the test folder");
    });

    public static string Root => RootPath.Value;

    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static string Scenario(string fileName) => Path.Combine(Scenarios, fileName);

    /// <summary>Every bundled scenario file (workshop exercises excluded).</summary>
    public static IEnumerable<string> AllScenarios() =>
        Directory.EnumerateFiles(Scenarios, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal);

    /// <summary>The host's build output: the coopsim executable and its plugins folder.</summary>
    public static string HostOutput
    {
        get
        {
#if DEBUG
            const string configuration = "Debug";
#else
            const string configuration = "Release";
#endif
            return Path.Combine(Root, "src", "CoopSim", "bin", configuration, "net10.0");
        }
    }
}
