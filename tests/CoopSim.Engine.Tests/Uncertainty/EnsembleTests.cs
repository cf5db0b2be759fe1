using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Reporting;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Engine.Uncertainty;
using CoopSim.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CoopSim.Engine.Tests.Uncertainty;

public sealed class EnsembleTests
{
    private const string Uncertain = """
        "uncertain": {
          "initialNrw": { "distribution": "triangular(0.4, 0.5, 0.6)" },
          "realLossShare": { "distribution": "uniform(0.4, 0.7)" },
          "capacity.ownership": { "distribution": "normal(0.8, 0.1)", "source": "assumption" },
          "capacity.turnover": { "distribution": "lognormal(0.05, 0.5, 0.01, 0.2)" },
          "adoptionLag": { "distribution": "discrete(1, 2, 3)" }
        }
        """;

    private static string WithUncertain(string block) =>
        TestScenarios.Minimal.Replace("\"parameters\": { \"initialNrw\": 0.5 } }", $"\"parameters\": {{ \"initialNrw\": 0.5 }}, {block} }}", StringComparison.Ordinal);

    private static ResolvedScenario UncertainScenario() => TestScenarios.Resolve(WithUncertain(Uncertain));

    private static IReadOnlyList<ScenarioProblem> ProblemsOf(string block) => TestScenarios.Compile(WithUncertain(block)).Problems;

    private static void AssertSameValues(RunResult expected, RunResult actual)
    {
        Assert.Equal(expected.Series.Select(s => s.Key), actual.Series.Select(s => s.Key));
        for (var i = 0; i < expected.Series.Count; i++)
        {
            Assert.Equal(expected.Series[i].Values, actual.Series[i].Values);
        }
    }

    [Fact]
    public void Uncertain_inputs_are_read_in_city_sector_and_key_order()
    {
        var plan = new EnsemblePlan(UncertainScenario(), 10, SamplerKind.LatinHypercube, 7);

        Assert.Equal(
            ["city/water/adoptionLag", "city/water/capacity.ownership", "city/water/capacity.turnover", "city/water/initialNrw", "city/water/realLossShare"],
            plan.Inputs.Select(i => i.Label));
    }

    [Fact]
    public void A_plain_run_keeps_the_written_values_whatever_the_distributions()
    {
        AssertSameValues(Simulator.Run(TestScenarios.Resolve(TestScenarios.Minimal)), Simulator.Run(UncertainScenario()));
    }

    [Property(MaxTest = 30)]
    public Property Latin_hypercube_puts_each_run_in_its_own_stratum_for_every_input()
    {
        return Prop.ForAll(Gen.Choose(1, 200).ToArbitrary(), Gen.Choose(1, 6).ToArbitrary(), ArbMap.Default.ArbFor<int>(), (runs, inputs, seed) =>
        {
            var sampler = new EnsembleSampler(SamplerKind.LatinHypercube, seed, runs, inputs);
            return Enumerable.Range(0, inputs).All(i =>
                Enumerable.Range(0, runs).Select(k => (int)Math.Floor(sampler.Unit(k, i) * runs)).Order().SequenceEqual(Enumerable.Range(0, runs)));
        });
    }

    [Property(MaxTest = 30)]
    public Property Random_draws_lie_in_the_unit_interval_and_depend_only_on_seed_run_and_input()
    {
        return Prop.ForAll(Gen.Choose(1, 200).ToArbitrary(), ArbMap.Default.ArbFor<int>(), (runs, seed) =>
        {
            var a = new EnsembleSampler(SamplerKind.Random, seed, runs, 3);
            var b = new EnsembleSampler(SamplerKind.Random, seed, runs + 5, 3);
            return Enumerable.Range(0, runs).All(k => Enumerable.Range(0, 3).All(i =>
                a.Unit(k, i) is >= 0 and < 1 && a.Unit(k, i) == b.Unit(k, i)));
        });
    }

    [Theory]
    [InlineData(SamplerKind.LatinHypercube)]
    [InlineData(SamplerKind.Random)]
    public void Replaying_run_k_alone_gives_run_k_of_the_ensemble(SamplerKind kind)
    {
        var scenario = UncertainScenario();
        var ensemble = EnsembleRunner.Run(new EnsemblePlan(scenario, 12, kind, 42));
        Assert.Equal(12, ensemble.Finished.Count);

        foreach (var k in new[] { 0, 5, 11 })
        {
            // A new plan over a newly compiled scenario: nothing is shared with the ensemble but (seed, k).
            var replay = EnsembleRunner.Replay(new EnsemblePlan(UncertainScenario(), 12, kind, 42), k);
            for (var s = 0; s < ensemble.Series.Count; s++)
            {
                Assert.Equal(replay.Series[s].Values, Enumerable.Range(0, ensemble.Years.Count).Select(t => ensemble.Value(k, s, t)));
            }
        }
    }

    [Fact]
    public void Runs_differ_where_inputs_are_uncertain()
    {
        var ensemble = EnsembleRunner.Run(new EnsemblePlan(UncertainScenario(), 8, SamplerKind.LatinHypercube, 1));
        var nrw = ensemble.Series.ToList().FindIndex(s => s.MetricId == "nrw");

        Assert.Equal(8, ensemble.Finished.Select(k => ensemble.Value(k, nrw, 0)).Distinct().Count());
    }

    [Fact]
    public void A_scenario_without_uncertain_inputs_gives_identical_runs_equal_to_run()
    {
        var scenario = TestScenarios.Resolve(TestScenarios.Minimal);
        var single = Simulator.Run(scenario);
        var ensemble = EnsembleRunner.Run(new EnsemblePlan(scenario, 5, SamplerKind.Random, 3));

        Assert.Empty(ensemble.Plan.Inputs);
        foreach (var k in ensemble.Finished)
        {
            for (var s = 0; s < single.Series.Count; s++)
            {
                Assert.Equal(single.Series[s].Values, Enumerable.Range(0, ensemble.Years.Count).Select(t => ensemble.Value(k, s, t)));
            }
        }

        Assert.Equal(5, ensemble.Finished.Count);
        Assert.Equal(0, ensemble.Statistics(0, 3).StandardDeviation);
    }

    [Fact]
    public void A_cancelled_ensemble_keeps_no_half_runs_and_says_it_stopped()
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        var ensemble = EnsembleRunner.Run(new EnsemblePlan(UncertainScenario(), 50, SamplerKind.Random, 1), cancellationToken: stop.Token);

        Assert.True(ensemble.Cancelled);
        Assert.All(ensemble.Finished, k => Assert.False(double.IsNaN(ensemble.Value(k, 0, 0))));
    }

    [Theory]
    [InlineData("\"initialNrv\": { \"distribution\": \"uniform(0.4, 0.6)\" }", "$.cities[1].sectors.water.uncertain.initialNrv", "did you mean 'initialNrw'?")]
    [InlineData("\"initialNrw\": { \"distribution\": \"uniform(0.6, 0.4)\" }", "$.cities[1].sectors.water.uncertain.initialNrw.distribution", "min is greater than max")]
    [InlineData("\"initialNrw\": { \"distribution\": \"uniform(0.4, 1.2)\" }", "$.cities[1].sectors.water.uncertain.initialNrw.distribution", "leave the accepted range 0.03 to 0.9")]
    [InlineData("\"initialNrw\": { \"distribution\": \"uniform(0.6, 0.8)\" }", "$.cities[1].sectors.water.uncertain.initialNrw.distribution", "'initialNrw' is 0.5 in a plain run")]
    [InlineData("\"capacity.ownership\": { \"distribution\": \"uniform(0.5, 1.5)\" }", "$.cities[1].sectors.water.uncertain['capacity.ownership'].distribution", "leave the accepted range 0 to 1")]
    [InlineData("\"capacity.owner\": { \"distribution\": \"uniform(0.5, 1)\" }", "$.cities[1].sectors.water.uncertain['capacity.owner']", "is not an input of sector 'water'")]
    public void A_bad_uncertain_input_is_a_problem_at_its_place(string entry, string path, string message)
    {
        var problem = Assert.Single(ProblemsOf($"\"uncertain\": {{ {entry} }}"));

        Assert.Equal(path, problem.JsonPath);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Location.Line > 1 && problem.Location.Column > 1, problem.ToString());
    }

    [Fact]
    public void A_distribution_that_is_not_a_string_is_a_problem_not_a_crash()
    {
        Assert.NotEmpty(ProblemsOf("\"uncertain\": { \"initialNrw\": { \"distribution\": [0.4, 0.6] } }"));
        Assert.NotEmpty(ProblemsOf("\"uncertain\": { \"initialNrw\": { \"triangular\": [0.4, 0.5, 0.6] } }"));
        Assert.NotEmpty(ProblemsOf("\"uncertain\": { \"initialNrw\": 0.5 }"));
    }

    [Fact]
    public void A_child_scenario_narrows_a_parents_distribution_and_adds_one()
    {
        using var folder = new TempFolder();
        folder.File("parent.json", WithUncertain(Uncertain));
        var child = folder.File("child.json", """
            { "extends": "parent.json", "name": "Child",
              "cities": [ { "id": "city", "sectors": { "water": { "uncertain": {
                "initialNrw": { "distribution": "triangular(0.45, 0.5, 0.55)" },
                "capacity.leadership": { "distribution": "uniform(0.7, 0.9)" },
                "adoptionLag": null } } } } ] }
            """);

        var compilation = ScenarioCompiler.Load(child, BundledPlugins.Catalog);
        Assert.True(compilation.IsValid, string.Join(Environment.NewLine, compilation.Problems));
        var uncertain = compilation.Scenario!.Cities[1].Sectors[0].Uncertain;

        Assert.Equal("triangular(0.45, 0.5, 0.55)", uncertain["initialNrw"].Text);
        Assert.Equal("uniform(0.7, 0.9)", uncertain["capacity.leadership"].Text);
        Assert.False(uncertain.ContainsKey("adoptionLag"));
        Assert.Equal(5, uncertain.Count);
    }

    [Fact]
    public void The_bundled_uncertain_case_runs_as_its_parent_does()
    {
        var parent = ScenarioCompiler.Load(Path.Combine(RepositoryPaths.Scenarios, "phnom-penh-water.json"), BundledPlugins.Catalog).Scenario!;
        var child = ScenarioCompiler.Load(Path.Combine(RepositoryPaths.Scenarios, "phnom-penh-water-uncertain.json"), BundledPlugins.Catalog);
        Assert.True(child.IsValid, string.Join(Environment.NewLine, child.Problems));

        Assert.True(child.Scenario!.Cities.SelectMany(c => c.Sectors).Sum(s => s.Uncertain.Count) >= 6);
        AssertSameValues(Simulator.Run(parent), Simulator.Run(child.Scenario));
    }

    [Fact]
    public void The_probability_of_a_target_is_the_share_of_runs_meeting_it_in_the_shown_unit()
    {
        var ensemble = EnsembleRunner.Run(new EnsemblePlan(UncertainScenario(), 40, SamplerKind.LatinHypercube, 5));
        var nrw = ensemble.Series.ToList().FindIndex(s => s.MetricId == "nrw");
        var last = ensemble.Years.Count - 1;
        var median = ensemble.Statistics(nrw, last).P50;
        Assert.True(EnsembleTarget.TryParse($"nrw <= {median * 100}", out var target, out var error), error);

        // nrw is a fraction, so the target is written in %; about half the runs are at or below the median.
        var expected = ensemble.Finished.Count(k => ensemble.Value(k, nrw, last) <= median) / 40.0;
        Assert.Equal(expected, target!.Probability(ensemble, nrw, last));
        Assert.InRange(expected, 0.5, 0.55);
        Assert.True(double.IsNaN(target.Probability(ensemble, nrw == 0 ? 1 : 0, last)));
    }

    [Theory]
    [InlineData("nrw=10")]
    [InlineData("<=10")]
    [InlineData("nrw<=ten")]
    [InlineData("nrw<=10<=12")]
    public void A_malformed_target_says_how_to_write_one(string text)
    {
        Assert.False(EnsembleTarget.TryParse(text, out _, out var error));
        Assert.Contains("METRIC<=VALUE", error, StringComparison.Ordinal);
    }
}
