using CoopSim.Engine.Scenarios;
using CoopSim.Tests.Shared;

namespace CoopSim.Engine.Tests;

public sealed class InheritanceTests
{
    private static ScenarioCompilation Load(string path) => ScenarioCompiler.Load(path, BundledPlugins.Catalog);

    [Fact]
    public void A_child_overrides_values_merges_cities_by_id_and_keeps_the_rest()
    {
        using var folder = new TempFolder();
        folder.File("parent.json", TestScenarios.Minimal);
        var child = folder.File("child.json", """
            {
              "extends": "parent.json",
              "name": "Child",
              "cities": [ { "id": "city", "sectors": { "water": { "parameters": { "initialCoverage": 0.9 } } } } ]
            }
            """);

        var scenario = Assert.IsType<ResolvedScenario>(Load(child).Scenario);

        Assert.Equal("Child", scenario.Name);
        Assert.Equal(2010, scenario.EndYear);
        var water = scenario.Cities.Single(c => c.Id == "city").Sector("water")!;
        Assert.Equal(0.9, water.Parameters["initialCoverage"]);
        Assert.Equal(0.5, water.Parameters["initialNrw"]);
        Assert.Equal(2, scenario.Cities.Count);
        Assert.Single(scenario.Programmes);
    }

    [Fact]
    public void Remove_drops_an_inherited_item_and_an_empty_array_replaces_the_list()
    {
        using var folder = new TempFolder();
        folder.File("parent.json", TestScenarios.Minimal);
        var removePhase = folder.File("a.json", """
            { "extends": "parent.json", "programmes": [ { "id": "p", "phases": [ { "id": "one", "$remove": true } ] } ] }
            """);
        var noProgrammes = folder.File("b.json", """{ "extends": "parent.json", "programmes": [] }""");

        Assert.Empty(Load(removePhase).Scenario!.Programmes.Single().Phases);
        Assert.Empty(Load(noProgrammes).Scenario!.Programmes);
    }

    [Fact]
    public void A_problem_in_an_inherited_value_points_into_the_parent_file()
    {
        using var folder = new TempFolder();
        folder.File("parent.json", TestScenarios.Minimal.Replace("\"initialNrw\": 0.5", "\"initialNrw\": 1.5", StringComparison.Ordinal));
        var child = folder.File("child.json", """{ "extends": "parent.json", "name": "Child" }""");

        var problem = Assert.Single(Load(child).Problems);

        Assert.EndsWith("parent.json", problem.Location.File, StringComparison.Ordinal);
        Assert.Equal(12, problem.Location.Line);
        Assert.Contains("out of range", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_parent_is_reported_at_the_extends_value()
    {
        using var folder = new TempFolder();
        var child = folder.File("child.json", "{\n  \"extends\": \"nowhere.json\"\n}");

        var problem = Assert.Single(Load(child).Problems);

        Assert.Equal("$.extends", problem.JsonPath);
        Assert.Equal((2, 14), (problem.Location.Line, problem.Location.Column));
        Assert.Contains("nowhere.json' does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extends_cycle_is_reported()
    {
        using var folder = new TempFolder();
        folder.File("a.json", """{ "extends": "b.json" }""");
        folder.File("b.json", """{ "extends": "a.json" }""");

        var problem = Assert.Single(Load(System.IO.Path.Combine(folder.Path, "a.json")).Problems);

        Assert.Contains("cycle", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_in_a_scenario_without_a_parent_is_a_problem()
    {
        var json = TestScenarios.Minimal.Replace("\"programmes\": [", "\"programmes\": [ { \"id\": \"x\", \"$remove\": true },", StringComparison.Ordinal);

        Assert.Contains(TestScenarios.Compile(json).Problems, p => p.Message.Contains("extends nothing", StringComparison.Ordinal));
    }
}
