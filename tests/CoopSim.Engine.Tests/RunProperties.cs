using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Tests.Shared;
using FsCheck.Xunit;

namespace CoopSim.Engine.Tests;

public sealed class RunProperties
{
    private static readonly string[] Bundled = RepositoryPaths.AllScenarios().ToArray();

    private static ResolvedScenario Load(string path)
    {
        // Children are written to a temporary folder and extend the bundled scenarios: their folder is trusted.
        var compilation = ScenarioCompiler.Load(path, BundledPlugins.Catalog, [RepositoryPaths.Scenarios]);
        Assert.True(compilation.IsValid, string.Join(Environment.NewLine, compilation.Problems));
        return compilation.Scenario!;
    }

    private static void AssertSameValues(RunResult expected, RunResult actual)
    {
        Assert.Equal(expected.Series.Select(s => s.Key), actual.Series.Select(s => s.Key));
        for (var i = 0; i < expected.Series.Count; i++)
        {
            Assert.Equal(expected.Series[i].Values, actual.Series[i].Values);
        }
    }

    [Property(MaxTest = 40)]
    public void A_run_is_a_pure_function_of_scenario_and_seed(int seed, byte which)
    {
        var scenario = Load(Bundled[which % Bundled.Length]);

        AssertSameValues(Simulator.Run(scenario, seed), Simulator.Run(Load(Bundled[which % Bundled.Length]), seed));
    }

    [Property(MaxTest = 20)]
    public void A_child_scenario_with_no_overrides_gives_its_parents_results(byte which)
    {
        var parent = Bundled[which % Bundled.Length];
        using var folder = new TempFolder();
        var child = folder.File("child.json", $$"""{ "extends": {{System.Text.Json.JsonSerializer.Serialize(parent)}} }""");

        AssertSameValues(Simulator.Run(Load(parent)), Simulator.Run(Load(child)));
    }

    [Fact]
    public void Runs_in_parallel_equal_runs_one_after_another()
    {
        var scenario = Load(Bundled[0]);
        int[] seeds = [1, 2, 3, 4, 5, 6, 7, 8];

        var parallel = Simulator.RunMany(scenario, seeds);

        for (var i = 0; i < seeds.Length; i++)
        {
            Assert.Equal(seeds[i], parallel[i].Seed);
            AssertSameValues(Simulator.Run(scenario, seeds[i]), parallel[i]);
        }
    }

    [Fact]
    public void Model_seeds_differ_by_city_and_sector_and_are_stable()
    {
        Assert.NotEqual(SeedMixer.For(1, "a", "water"), SeedMixer.For(1, "b", "water"));
        Assert.NotEqual(SeedMixer.For(1, "a", "water"), SeedMixer.For(1, "a", "waste"));
        Assert.NotEqual(SeedMixer.For(1, "a", "water"), SeedMixer.For(2, "a", "water"));
        Assert.Equal(SeedMixer.For(42, "phnom-penh", "water"), SeedMixer.For(42, "phnom-penh", "water"));
    }
}
