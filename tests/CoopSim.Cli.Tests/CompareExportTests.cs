using CoopSim.Engine.Plugins;
using CoopSim.Tests.Shared;
using CoopSim.Tui.ViewModels;

namespace CoopSim.Cli.Tests;

/// <summary>The planners' UI exports a comparison through the same writer as <c>coopsim compare -f csv</c>.</summary>
public sealed class CompareExportTests : IDisposable
{
    private static readonly PluginCatalog Bundled = PluginCatalog.Load([Coopsim.BundledPlugins], includeBundled: false);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coopsim-tests", Guid.NewGuid().ToString("N"));

    public CompareExportTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("phnom-penh-water.json", "phnom-penh-water-no-cooperation.json", "")]
    [InlineData("surabaya-waste.json", "surabaya-waste-no-cooperation.json", "2000-2004")]
    [InlineData("hai-phong.json", "hai-phong-no-cooperation.json", "")]
    public void Compare_as_csv_and_the_UIs_export_of_the_same_comparison_are_the_same_bytes(string reference, string other, string years)
    {
        var workspace = new Workspace(Bundled, new InlineRunScheduler());
        Assert.True(workspace.Open(RepositoryPaths.Scenario(reference)).Accepted);
        Assert.True(workspace.ToggleComparison(RepositoryPaths.Scenario(other)).Accepted);
        Assert.True(workspace.Results.SetYears(years).Accepted);
        var metric = workspace.Results.Metric!.MetricId;
        var exported = Path.Combine(_folder, "ui.csv");
        Assert.True(workspace.ExportCsv(exported).Accepted);

        var compared = Path.Combine(_folder, "cli.csv");
        string[] yearArguments = years.Length == 0 ? [] : ["--years", years];
        var outcome = Coopsim.Run(["compare", RepositoryPaths.Scenario(reference), RepositoryPaths.Scenario(other),
            "-f", "csv", "-m", metric, "--out", compared, .. yearArguments]);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.True(File.ReadAllLines(exported).Length > 1, "the export holds no rows");
        Assert.Equal(File.ReadAllBytes(compared), File.ReadAllBytes(exported));
    }
}
