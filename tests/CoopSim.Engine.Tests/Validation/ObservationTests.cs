using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Engine.Validation;
using CoopSim.Tests.Shared;

namespace CoopSim.Engine.Tests.Validation;

public sealed class ObservationTests
{
    private static string WithObservations(string observations) =>
        TestScenarios.Minimal.TrimEnd()[..^1] + $$""", "observations": [ {{observations}} ] }""";

    private static string Observation(string metric = "nrw", int year = 2005, double value = 0.4, double uncertainty = 0.03, string city = "city", string sector = "water") =>
        $$"""{ "city": "{{city}}", "sector": "{{sector}}", "metric": "{{metric}}", "year": {{year}}, "value": {{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "uncertainty": {{uncertainty.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "source": "test" }""";

    [Fact]
    public void Observations_are_resolved_with_their_json_path()
    {
        var scenario = TestScenarios.Resolve(WithObservations(Observation() + ", " + Observation("coverage", 2008, 0.5)));

        Assert.Equal(2, scenario.Observations.Count);
        Assert.Equal(new ObservedValue("city", "water", "nrw", 2005, 0.4, 0.03, "test", "$.observations[0]"), scenario.Observations[0]);
        Assert.Equal("city/water/coverage", scenario.Observations[1].SeriesKey);
    }

    [Theory]
    [InlineData("nrww", 2005, 0.4, 0.03, "city", "water", "$.observations[0].metric", "did you mean 'nrw'?")]
    [InlineData("nrw", 2011, 0.4, 0.03, "city", "water", "$.observations[0].year", "outside the simulated years 2000-2010")]
    [InlineData("nrw", 2005, 40, 0.03, "city", "water", "$.observations[0].value", "shares are fractions")]
    [InlineData("nrw", 2005, 0.4, 0, "city", "water", "$.observations[0].uncertainty", "more than 0")]
    [InlineData("nrw", 2005, 0.4, 0.03, "town", "water", "$.observations[0].city", "unknown city 'town'")]
    [InlineData("nrw", 2005, 0.4, 0.03, "partner", "water", "$.observations[0].sector", "does not simulate sector 'water'")]
    public void A_bad_observation_is_a_located_problem(string metric, int year, double value, double uncertainty, string city, string sector, string path, string message)
    {
        var compilation = TestScenarios.Compile(WithObservations(Observation(metric, year, value, uncertainty, city, sector)));

        var problem = Assert.Single(compilation.Problems);
        Assert.Equal(path, problem.JsonPath);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Location.Line > 1, problem.ToString());
    }

    [Fact]
    public void The_same_value_observed_twice_is_a_problem()
    {
        var compilation = TestScenarios.Compile(WithObservations(Observation() + ", " + Observation(value: 0.3)));

        Assert.Contains(compilation.Problems, p => p.JsonPath == "$.observations[1]" && p.Message.Contains("observed twice", StringComparison.Ordinal));
    }

    [Fact]
    public void A_child_inherits_its_parents_observations_and_may_replace_them()
    {
        using var folder = new TempFolder();
        folder.File("parent.json", WithObservations(Observation()));
        var inheriting = folder.File("child.json", """{ "extends": "parent.json", "name": "child" }""");
        var replacing = folder.File("other.json", $$"""{ "extends": "parent.json", "observations": [ {{Observation("coverage", 2003, 0.3)}} ] }""");

        var inherited = ScenarioCompiler.Load(inheriting, BundledPlugins.Catalog).Scenario!;
        var replaced = ScenarioCompiler.Load(replacing, BundledPlugins.Catalog).Scenario!;

        Assert.Equal("nrw", Assert.Single(inherited.Observations).MetricId);
        Assert.Equal("coverage", Assert.Single(replaced.Observations).MetricId);
    }

    [Fact]
    public void A_child_that_shortens_the_run_leaves_out_inherited_observations_after_its_end()
    {
        using var folder = new TempFolder();
        folder.File("parent.json", WithObservations(Observation(year: 2003) + ", " + Observation(year: 2008)));
        var child = folder.File("child.json", """{ "extends": "parent.json", "endYear": 2005 }""");

        var compilation = ScenarioCompiler.Load(child, BundledPlugins.Catalog);

        Assert.True(compilation.IsValid, string.Join("; ", compilation.Problems));
        Assert.Equal([2003], compilation.Scenario!.Observations.Select(o => o.Year));
    }

    [Fact]
    public void Observations_with_ids_merge_with_the_parents_by_id()
    {
        using var folder = new TempFolder();
        var parent = Observation().Replace("{ ", "{ \"id\": \"a\", ", StringComparison.Ordinal) + ", "
                     + Observation("coverage", 2003, 0.3).Replace("{ ", "{ \"id\": \"b\", ", StringComparison.Ordinal);
        folder.File("parent.json", WithObservations(parent));
        var child = folder.File("child.json",
            "{ \"extends\": \"parent.json\", \"observations\": [ { \"id\": \"a\", \"$remove\": true }, "
            + Observation(year: 2009, value: 0.35).Replace("{ ", "{ \"id\": \"c\", ", StringComparison.Ordinal) + " ] }");

        var scenario = ScenarioCompiler.Load(child, BundledPlugins.Catalog).Scenario!;

        Assert.Equal([("coverage", 2003), ("nrw", 2009)], scenario.Observations.Select(o => (o.MetricId, o.Year)));
    }

    [Fact]
    public void A_backtest_pairs_each_observation_with_the_simulated_value_of_its_year()
    {
        var scenario = TestScenarios.Resolve(WithObservations(Observation(year: 2003) + ", " + Observation(year: 2008, value: 0.3)));
        var run = Simulator.Run(scenario);

        var backtest = Backtest.Of(run);

        var row = Assert.Single(backtest.Rows);
        Assert.Equal([2003, 2008], row.Pairs.Select(p => p.Observed.Year));
        var nrw = run.Find("city", "water", "nrw")!;
        Assert.Equal(nrw.At(2003), row.Pairs[0].Simulated);
        Assert.Equal(nrw.At(2008) - 0.3, row.Pairs[1].Error, 12);
        Assert.Equal(row.Pairs.Sum(p => Math.Pow((p.Simulated - p.Observed.Value) / 0.03, 2)), backtest.WeightedSquareError, 9);
    }

    [Fact]
    public void Every_bundled_case_scenario_with_observations_backtests()
    {
        var withObservations = 0;
        foreach (var file in RepositoryPaths.AllScenarios())
        {
            var scenario = ScenarioCompiler.Load(file, BundledPlugins.Catalog).Scenario!;
            var backtest = Backtest.Of(Simulator.Run(scenario));
            Assert.Equal(scenario.Observations.Count, backtest.Pairs.Count());
            withObservations += scenario.Observations.Count > 0 ? 1 : 0;
        }

        Assert.True(withObservations >= 4, $"{withObservations} bundled scenarios carry observations");
    }
}
