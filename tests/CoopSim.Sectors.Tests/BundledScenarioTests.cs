using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Tests.Shared;

namespace CoopSim.Sectors.Tests;

public sealed class BundledScenarioTests
{
    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var path in RepositoryPaths.AllScenarios())
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_bundled_scenario_is_valid_and_runs_to_its_end_year(string fileName)
    {
        var compilation = ScenarioCompiler.Load(RepositoryPaths.Scenario(fileName), BundledPlugins.Catalog);

        Assert.True(compilation.IsValid, string.Join(Environment.NewLine, compilation.Problems));
        var result = Simulator.Run(compilation.Scenario!);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.All(result.Series, s => Assert.All(s.Values, v => Assert.True(double.IsFinite(v), $"{s.Key} has {v}")));
    }
}
