using System.Text.Json.Nodes;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Tests.Shared;

namespace CoopSim.Sectors.Tests.Support;

/// <summary>One activity phase of the single test programme in a sector.</summary>
public sealed record TestPhase(
    string Sector,
    int From,
    int To,
    double ExpertPersonMonths = 0,
    double Trainees = 0,
    double Demonstrations = 0,
    IReadOnlyDictionary<string, double>? Technologies = null)
{
    /// <summary>The same phase with every activity and technology multiplied by <paramref name="factor"/>.</summary>
    public TestPhase Scaled(double factor) => this with
    {
        ExpertPersonMonths = ExpertPersonMonths * factor,
        Trainees = Trainees * factor,
        Demonstrations = Demonstrations * factor,
        Technologies = Technologies?.ToDictionary(t => t.Key, t => t.Value * factor, StringComparer.Ordinal),
    };
}

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

    /// <summary>The phases of the programmes, one programme per sector named in a phase.</summary>
    public List<TestPhase> Phases { get; init; } = [];

    /// <summary>Two decades, 2000-2020, of a city growing by 2% a year: the world of the water and energy tests.</summary>
    public static TestScenario TwoDecades(double population = 1_000_000) => new() { EndYear = 2020, PopulationGrowth = 0.02, Population = population };

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
    public RunResult Run(PluginCatalog? catalog = null)
    {
        var source = ScenarioReader.ReadText(ToJson(), Path.Combine(RepositoryPaths.Scenarios, "in-memory-test.json"));
        var compilation = ScenarioCompiler.Compile(source, catalog ?? BundledPlugins.Catalog);
        Assert.True(compilation.IsValid, string.Join(Environment.NewLine, compilation.Problems));
        var result = Simulator.Run(compilation.Scenario!);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        return result;
    }
}
