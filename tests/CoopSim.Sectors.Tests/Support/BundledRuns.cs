using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Tests.Shared;

namespace CoopSim.Sectors.Tests.Support;

/// <summary>Runs a bundled scenario file from scenarios/ in process, with the bundled plugins.</summary>
internal static class BundledRuns
{
    public static RunResult Run(string fileName)
    {
        var compilation = ScenarioCompiler.Load(RepositoryPaths.Scenario(fileName), BundledPlugins.Catalog);
        Assert.True(compilation.IsValid, string.Join(Environment.NewLine, compilation.Problems));
        var result = Simulator.Run(compilation.Scenario!);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        return result;
    }
}
