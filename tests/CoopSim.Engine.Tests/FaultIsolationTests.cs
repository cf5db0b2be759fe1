using CoopSim.Abstractions;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Simulation;

namespace CoopSim.Engine.Tests;

/// <summary>
/// A faulty plugin ends its own run, named with sector, city and year, and the host carries on:
/// the same catalog runs the next scenario, and other runs are untouched.
/// </summary>
public sealed class FaultIsolationTests
{
    private static readonly RunLimits Short = new() { StepTimeLimit = TimeSpan.FromMilliseconds(300) };

    private static string FaultyScenario(int failure, int failYear) => $$"""
        {
          "schemaVersion": 1, "name": "Faulty", "startYear": 2000, "endYear": 2005,
          "cities": [ { "id": "c", "population": 1000,
                        "sectors": { "faulty": { "parameters": { "failure": {{failure}}, "failYear": {{failYear}} } } } } ]
        }
        """;

    [Fact]
    public void A_plugin_loaded_from_its_folder_that_throws_is_named_with_city_and_year_and_the_host_runs_the_next_scenario()
    {
        using var plugins = new TempFolder();
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Fixtures.Faulty");
        var catalog = PluginCatalog.Load([plugins.Path], includeBundled: false);

        var failed = Simulator.Run(TestScenarios.Resolve(FaultyScenario(failure: 1, failYear: 2003), catalog));
        var healthy = Simulator.Run(TestScenarios.Resolve(FaultyScenario(failure: 0, failYear: 2003), catalog));

        Assert.Equal(new RunFailure("faulty", "c", 2003, "InvalidOperationException: deliberate failure in 2003"), failed.Failure);
        Assert.Equal([1, 2, 3, double.NaN, double.NaN, double.NaN], failed.Find("c", "faulty", "years")!.Values);
        Assert.True(healthy.Succeeded);
        Assert.Equal([1.0, 2, 3, 4, 5, 6], healthy.Find("c", "faulty", "years")!.Values);
    }

    [Fact]
    public void A_plugin_loaded_from_its_folder_that_writes_nan_is_named()
    {
        using var plugins = new TempFolder();
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Fixtures.Faulty");
        var catalog = PluginCatalog.Load([plugins.Path], includeBundled: false);

        var failed = Simulator.Run(TestScenarios.Resolve(FaultyScenario(failure: 3, failYear: 2001), catalog));

        Assert.Equal(("faulty", "c", 2001), (failed.Failure!.SectorId, failed.Failure.CityId, failed.Failure.Year));
        Assert.Contains("wrote NaN to metric 'years'", failed.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_that_never_returns_is_abandoned_and_reported_and_its_late_writes_do_not_reach_the_result()
    {
        using var gate = new ManualResetEventSlim();
        using var returned = new ManualResetEventSlim();
        var plugin = new FakeSector(FakeSector.Declare("stuck"), setup =>
        {
            var metric = setup.Metric("value");
            return context =>
            {
                if (context.Year == 2002)
                {
                    gate.Wait();
                    context.WriteMetric(metric, 99);
                    returned.Set();
                    return;
                }

                context.WriteMetric(metric, 1);
            };
        });
        var scenario = TestScenarios.Resolve(FakeSector.ScenarioUsing("stuck"), PluginCatalog.FromPlugins([plugin]));

        var result = Simulator.Run(scenario, limits: Short);
        gate.Set();
        Assert.True(returned.Wait(TimeSpan.FromSeconds(30)), "the abandoned step should finish once released");

        var failure = result.Failure!;
        Assert.Equal(("stuck", "c", 2002), (failure.SectorId, failure.CityId, failure.Year));
        Assert.StartsWith("the step did not finish within 0.3 s (the step time limit) and was abandoned", failure.Message, StringComparison.Ordinal);
        Assert.Equal([1, 1, double.NaN, double.NaN, double.NaN], result.Find("c", "stuck", "value")!.Values);
    }

    [Fact]
    public void After_a_step_is_abandoned_the_host_runs_other_scenarios_normally()
    {
        using var gate = new ManualResetEventSlim();
        var stuck = new FakeSector(FakeSector.Declare("stuck"), setup => context => gate.Wait());
        var catalog = PluginCatalog.FromPlugins([stuck, FakeSector.Writing("fine")]);

        var abandoned = Simulator.Run(TestScenarios.Resolve(FakeSector.ScenarioUsing("stuck"), catalog), limits: Short);
        var next = Simulator.Run(TestScenarios.Resolve(FakeSector.ScenarioUsing("fine"), catalog), limits: Short);
        gate.Set();

        Assert.Equal("stuck", abandoned.Failure!.SectorId);
        Assert.True(next.Succeeded, next.Failure?.ToString());
        Assert.Equal([2000.0, 2001, 2002, 2003, 2004], next.Find("c", "fine", "value")!.Values);
    }

    [Fact]
    public void Creating_a_model_that_never_returns_is_abandoned_and_reported()
    {
        using var gate = new ManualResetEventSlim();
        var plugin = new FakeSector(FakeSector.Declare("stuck"), _ =>
        {
            gate.Wait();
            return _ => { };
        });

        var result = Simulator.Run(TestScenarios.Resolve(FakeSector.ScenarioUsing("stuck"), PluginCatalog.FromPlugins([plugin])), limits: Short);
        gate.Set();

        Assert.Equal(("stuck", "c", 2000), (result.Failure!.SectorId, result.Failure.CityId, result.Failure.Year));
        Assert.StartsWith("creating the model did not finish within 0.3 s", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_limit_a_run_is_the_same_as_with_one()
    {
        var scenario = TestScenarios.Resolve(TestScenarios.Minimal);

        var watched = Simulator.Run(scenario);
        var unwatched = Simulator.Run(scenario, limits: new RunLimits { StepTimeLimit = Timeout.InfiniteTimeSpan });

        Assert.Equal(watched.Series.Select(s => s.Values), unwatched.Series.Select(s => s.Values));
    }

    [Fact]
    public void The_default_limit_is_ten_seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(10), RunLimits.Default.StepTimeLimit);
    }

    [Fact]
    public void A_signal_published_outside_its_declared_range_is_a_failure()
    {
        var declared = FakeSector.Declare("share");
        var descriptor = new SectorDescriptor
        {
            Id = declared.Id,
            DisplayName = declared.DisplayName,
            Version = declared.Version,
            ContractVersion = declared.ContractVersion,
            Metrics = declared.Metrics,
            Publishes = [new SignalDeclaration("coverage", "fraction", "A share") { Minimum = 0, Maximum = 1 }],
        };
        var plugin = new FakeSector(descriptor, setup =>
        {
            var metric = setup.Metric("value");
            var signal = setup.PublishedSignal("coverage");
            return context =>
            {
                context.WriteMetric(metric, 1);
                context.PublishSignal(signal, 72);
            };
        });

        var result = Simulator.Run(TestScenarios.Resolve(FakeSector.ScenarioUsing("share"), PluginCatalog.FromPlugins([plugin])));

        Assert.Equal("published 72 for signal 'coverage', outside its declared range [0, 1]", result.Failure!.Message);
    }
}
