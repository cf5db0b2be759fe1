using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Tests.Shared;

namespace CoopSim.Sectors.Tests.Calibration;

/// <summary>Runs a bundled scenario file as the command line would, and reads its series by year.</summary>
internal sealed class BundledRun
{
    private readonly RunResult _result;

    private BundledRun(RunResult result) => _result = result;

    public static BundledRun Of(string fileName)
    {
        var compilation = ScenarioCompiler.Load(RepositoryPaths.Scenario(fileName), BundledPlugins.Catalog);
        Assert.True(compilation.IsValid, string.Join(Environment.NewLine, compilation.Problems));
        var result = Simulator.Run(compilation.Scenario!);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        return new BundledRun(result);
    }

    public double At(string city, string sector, string metric, int year) =>
        (_result.Find(city, sector, metric) ?? throw new InvalidOperationException($"no series {city}/{sector}/{metric}")).At(year);
}
