using CoopSim.Engine.Plugins;
using CoopSim.Tests.Shared;

namespace CoopSim.Engine.Tests;

public sealed class ScenarioCompilerTests
{
    private static IReadOnlyList<string> ProblemsOf(string json, PluginCatalog? catalog = null) =>
        TestScenarios.Compile(json, catalog: catalog).Problems.Select(p => $"{p.JsonPath}: {p.Message}").ToList();

    private static string Edit(string from, string to) => TestScenarios.Minimal.Replace(from, to, StringComparison.Ordinal);

    [Fact]
    public void The_minimal_scenario_is_valid()
    {
        Assert.True(TestScenarios.Compile(TestScenarios.Minimal).IsValid);
    }

    [Fact]
    public void An_unknown_sector_names_the_loaded_ones_and_a_likely_meant_one()
    {
        var problems = ProblemsOf(Edit("\"water\": {", "\"watr\": {"));

        Assert.Contains(problems, p => p.StartsWith("$.cities[1].sectors.watr: unknown sector 'watr'; did you mean 'water'?", StringComparison.Ordinal)
                                       && p.Contains("loaded sectors: education, energy, waste, water", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_sector_like_no_loaded_one_is_named_with_the_loaded_ones()
    {
        var problems = ProblemsOf(Edit("\"water\": {", "\"steel\": {"));

        Assert.Contains("$.cities[1].sectors.steel: unknown sector 'steel' (loaded sectors: education, energy, waste, water)", problems);
    }

    [Fact]
    public void A_parameter_out_of_the_plugins_range_is_refused_with_the_range()
    {
        var problem = Assert.Single(ProblemsOf(Edit("\"initialNrw\": 0.5", "\"initialNrw\": 1.5")));

        var declared = BundledPlugins.Catalog.Find("water")!.Descriptor.Parameters.Single(p => p.Id == "initialNrw");
        Assert.Equal(
            $"$.cities[1].sectors.water.parameters.initialNrw: 1.5 is out of range for 'initialNrw': the water plugin accepts {declared.Minimum} to {declared.Maximum} fraction",
            problem);
    }

    [Fact]
    public void An_unknown_parameter_is_refused_with_a_suggestion()
    {
        Assert.Contains(ProblemsOf(Edit("\"initialNrw\": 0.5", "\"initialNRW\": 0.5")),
            p => p.Contains("has no parameter 'initialNRW'; did you mean 'initialNrw'?", StringComparison.Ordinal));
    }

    [Fact]
    public void An_inverted_year_range_is_refused()
    {
        Assert.Contains(ProblemsOf(Edit("\"endYear\": 2010", "\"endYear\": 1990")),
            p => p.StartsWith("$.endYear: the year range is inverted", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_cities_technologies_and_schemes_are_refused()
    {
        var json = Edit("\"partner\": \"partner\"", "\"partner\": \"partnr\"")
            .Replace("\"distributionBlocks\"", "\"blocks\"", StringComparison.Ordinal)
            .Replace("\"programmes\": [", "\"fundingCuts\": [ { \"scheme\": \"T\", \"fromYear\": 2003 } ], \"programmes\": [", StringComparison.Ordinal);

        var problems = ProblemsOf(json);

        Assert.Contains(problems, p => p.StartsWith("$.programmes[0].partner: unknown city 'partnr'; did you mean 'partner'?", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.programmes[0].phases[0].activities.technologies.blocks: sector 'water' has no technology 'blocks'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.fundingCuts[0].scheme: no phase is funded by scheme 'T'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_programme_in_a_sector_the_city_does_not_simulate_is_refused()
    {
        Assert.Contains(ProblemsOf(Edit("\"sector\": \"water\"", "\"sector\": \"waste\"")),
            p => p.Contains("city 'city' does not simulate sector 'waste'", StringComparison.Ordinal));
    }

    [Fact]
    public void Inverted_phase_years_and_negative_activities_are_refused()
    {
        var json = Edit("\"from\": 2002, \"to\": 2005", "\"from\": 2005, \"to\": 2002");
        Assert.Contains(ProblemsOf(json), p => p.StartsWith("$.programmes[0].phases[0].to: the phase's years are inverted", StringComparison.Ordinal));

        json = Edit("\"expertPersonMonths\": 10", "\"expertPersonMonths\": -1");
        Assert.Contains(ProblemsOf(json), p => p.StartsWith("$.programmes[0].phases[0].activities.expertPersonMonths: must not be negative", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sector_dependency_cycle_is_refused_naming_the_loop()
    {
        var catalog = PluginCatalog.FromPlugins(
        [
            FakeSector.Writing("alpha", publishes: ["a"], reads: ["b"]),
            FakeSector.Writing("beta", publishes: ["b"], reads: ["a"]),
        ]);

        var problem = Assert.Single(ProblemsOf(FakeSector.ScenarioUsing("alpha", "beta"), catalog));

        Assert.Contains("sector dependency cycle: alpha -> beta -> alpha", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Sectors_step_after_the_sectors_whose_signals_they_read()
    {
        var catalog = PluginCatalog.FromPlugins(
        [
            FakeSector.Writing("aaa", reads: ["z"]),
            FakeSector.Writing("zzz", publishes: ["z"]),
        ]);

        var scenario = TestScenarios.Resolve(FakeSector.ScenarioUsing("aaa", "zzz"), catalog);

        Assert.Equal(["zzz", "aaa"], scenario.SectorOrder.Select(s => s.Id));
    }

    [Fact]
    public void A_funding_cut_ends_the_schemes_phases_the_year_before()
    {
        var json = TestScenarios.Minimal.Replace("\"programmes\": [", "\"fundingCuts\": [ { \"scheme\": \"S\", \"fromYear\": 2004 } ], \"programmes\": [", StringComparison.Ordinal);

        var phase = TestScenarios.Resolve(json).Programmes.Single().Phases.Single();

        Assert.Equal((2002, 2003), (phase.From, phase.To));
        Assert.Equal(1000, phase.FundingPerYear);
    }
}
