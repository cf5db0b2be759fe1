using System.Text.Json.Nodes;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Tests.Shared;

namespace CoopSim.Sectors.Tests.Support;

/// <summary>One activity phase of the single test programme in a sector.</summary>
internal sealed record TestPhase(
    string Sector,
    int From,
    int To,
    double ExpertPersonMonths = 0,
    double Trainees = 0,
    double Demonstrations = 0,
    IReadOnlyDictionary<string, double>? Technologies = null);

/// <summary>
/// A small scenario written in memory: one simulated city with the given sectors and parameters,
/// one partner, and phases; read, compiled and run in process like a scenario file.
/// </summary>
internal sealed class TestScenario
{
    public const string CityId = "city";

    public int StartYear { get; init; } = 2000;

    public int EndYear { get; init; } = 2014;

    public double Population { get; init; } = 1_000_000;

    public double PopulationGrowth { get; init; } = 0.01;

    /// <summary>Sectors simulated for the city, with the parameters set (others take defaults).</summary>
    public Dictionary<string, Dictionary<string, double>> Sectors { get; init; } = [];

    public List<TestPhase> Phases { get; init; } = [];

    public string ToJson()
    {
        var programmes = new JsonArray();
        foreach (var group in Phases.GroupBy(p => p.Sector))
        {
            var phases = new JsonArray();
            var index = 0;
            foreach (var phase in group)
            {
                phases.Add(ScenarioJson.Phase($"phase-{index++}", phase.From, phase.To, phase.ExpertPersonMonths, phase.Trainees, phase.Demonstrations, phase.Technologies));
            }

            programmes.Add(ScenarioJson.Programme($"test-{group.Key}", "partner", CityId, group.Key, phases));
        }

        return ScenarioJson.Document("test scenario", StartYear, EndYear, "partner", 1_000_000, CityId, Population, PopulationGrowth, Sectors, programmes);
    }

    /// <summary>Compiles and runs the scenario; fails the test if it is invalid or the run fails.</summary>
    public TestRun Run()
    {
        var source = ScenarioReader.ReadText(ToJson(), Path.Combine(RepositoryPaths.Scenarios, "in-memory-test.json"));
        var compilation = ScenarioCompiler.Compile(source, BundledPlugins.Catalog);
        Assert.True(compilation.IsValid, string.Join(Environment.NewLine, compilation.Problems));
        var result = Simulator.Run(compilation.Scenario!);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        return new TestRun(result);
    }
}

/// <summary>A finished run of a <see cref="TestScenario"/>, read by sector and metric.</summary>
internal sealed class TestRun(RunResult result)
{
    public RunResult Result { get; } = result;

    public IReadOnlyList<int> Years => Result.Years;

    public IReadOnlyList<double> Series(string sector, string metric) =>
        (Result.Find(TestScenario.CityId, sector, metric) ?? throw new InvalidOperationException($"no series {sector}/{metric}")).Values;

    public IReadOnlyList<double> Waste(string metric) => Series("waste", metric);

    public IReadOnlyList<double> Education(string metric) => Series("education", metric);
}
