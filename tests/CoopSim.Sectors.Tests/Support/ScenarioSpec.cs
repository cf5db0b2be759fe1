using System.Text.Json.Nodes;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Tests.Shared;

namespace CoopSim.Sectors.Tests.Support;

/// <summary>
/// A small scenario built in memory: one simulated city with its sectors and parameters, Kitakyushu
/// as partner, and one programme per sector. It is compiled and run like a scenario file.
/// </summary>
internal sealed class ScenarioSpec
{
    public const string City = "test-city";

    public int StartYear { get; init; } = 2000;

    public int EndYear { get; init; } = 2020;

    public double Population { get; init; } = 1_000_000;

    public double PopulationGrowth { get; init; } = 0.02;

    /// <summary>Parameters by sector id; a sector listed here is simulated.</summary>
    public Dictionary<string, Dictionary<string, double>> Sectors { get; } = [];

    /// <summary>Phases of the programme in each sector, by sector id.</summary>
    public Dictionary<string, List<PhaseSpec>> Programmes { get; } = [];

    public string ToJson()
    {
        var programmes = new JsonArray();
        foreach (var (sector, phases) in Programmes)
        {
            var phaseArray = new JsonArray();
            for (var i = 0; i < phases.Count; i++)
            {
                phaseArray.Add(phases[i].ToJson($"phase-{i}"));
            }

            programmes.Add(ScenarioJson.Programme($"programme-{sector}", "kitakyushu", City, sector, phaseArray));
        }

        return ScenarioJson.Document("in-memory test scenario", StartYear, EndYear, "kitakyushu", 960000, City, Population, PopulationGrowth, Sectors, programmes);
    }

    /// <summary>Compiles and runs the scenario; a scenario the compiler refuses fails the test with its problems.</summary>
    public RunResult Run(PluginCatalog? catalog = null)
    {
        var source = ScenarioReader.ReadText(ToJson(), Path.Combine(Path.GetTempPath(), "coopsim-in-memory.json"));
        var compilation = ScenarioCompiler.Compile(source, catalog ?? BundledPlugins.Catalog);
        Assert.True(compilation.IsValid, string.Join(Environment.NewLine, compilation.Problems));
        return Simulator.Run(compilation.Scenario!);
    }
}

/// <summary>One phase: years, yearly activities and technologies adopted per year.</summary>
internal sealed record PhaseSpec(int From, int To, double ExpertPersonMonths, double Trainees, IReadOnlyDictionary<string, double> Technologies)
{
    public JsonObject ToJson(string id) => ScenarioJson.Phase(id, From, To, ExpertPersonMonths, Trainees, demonstrations: null, Technologies);

    /// <summary>The same phase with every activity and technology multiplied by <paramref name="factor"/>.</summary>
    public PhaseSpec Scaled(double factor) => new(
        From, To, ExpertPersonMonths * factor, Trainees * factor,
        Technologies.ToDictionary(t => t.Key, t => t.Value * factor, StringComparer.Ordinal));
}
