using CoopSim.Engine.Scenarios;
using CoopSim.Tests.Shared;
using CoopSim.Tui.Tests.Fixtures;
using CoopSim.Tui.ViewModels;

namespace CoopSim.Tui.Tests.Views;

/// <summary>
/// The real bundled scenarios, opened as a planner opens them. These check only what holds for any
/// scenario file, so they keep passing while the bundled scenarios' contents change.
/// </summary>
// Full tier: draws every bundled scenario at several terminal sizes.
[Trait("Tier", "Full")]
public sealed class BundledScenarioSmokeTests : IDisposable
{
    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Files() => [.. RepositoryPaths.AllScenarios().Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Files))]
    public void A_bundled_scenario_opens_runs_when_the_engine_accepts_it_and_says_why_not_otherwise(string file)
    {
        var path = RepositoryPaths.Scenario(file);
        var compilation = ScenarioCompiler.Load(path, ScenarioFolder.Catalog);
        var workspace = new Workspace(ScenarioFolder.Catalog, new InlineRunScheduler());

        var outcome = workspace.Open(path);

        Assert.Equal(compilation.IsValid, outcome.Accepted);
        if (!compilation.IsValid)
        {
            Assert.Contains(compilation.Problems[0].Message, outcome.Message, StringComparison.Ordinal);
            return;
        }

        Assert.Null(workspace.Failure());
        Assert.True(workspace.Results.HasResults);
        var chart = workspace.Results.Chart();
        Assert.NotEmpty(chart.Lines);
        Assert.Contains(chart.Lines, l => l.Values.Any(double.IsFinite));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_bundled_scenario_fits_a_small_terminal(string file)
    {
        using var screen = new Screen(_folder, 80, 24);
        var outcome = screen.Workspace.Open(RepositoryPaths.Scenario(file));
        screen.View.Refresh();
        screen.Draw();

        var name = screen.Workspace.Editor?.Document.Name;
        Assert.NotNull(name);
        Assert.StartsWith($"CoopSim  A: {name[..Math.Min(name.Length, 20)]}", screen.Lines.First(), StringComparison.Ordinal);
        Assert.All(screen.Lines, l => Assert.True(l.Length <= 80, l));
        Assert.Contains(outcome.Accepted ? "Results: chart" : "! opened", screen.Text, StringComparison.Ordinal);
    }
}
