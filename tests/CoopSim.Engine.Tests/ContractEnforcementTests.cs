using CoopSim.Abstractions;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Simulation;

namespace CoopSim.Engine.Tests;

/// <summary>A plugin that breaks the contract ends its run with a named failure; nothing else is harmed.</summary>
public sealed class ContractEnforcementTests
{
    private static RunResult RunWith(Func<ModelSetup, Action<StepContext>> model)
    {
        var catalog = PluginCatalog.FromPlugins([new FakeSector(FakeSector.Declare("faulty"), model)]);
        return Simulator.Run(TestScenarios.Resolve(FakeSector.ScenarioUsing("faulty"), catalog));
    }

    [Fact]
    public void A_throwing_step_is_reported_with_sector_city_and_year()
    {
        var result = RunWith(setup =>
        {
            var metric = setup.Metric("value");
            return context =>
            {
                if (context.Year == 2002)
                {
                    throw new InvalidOperationException("boom");
                }

                context.WriteMetric(metric, 1);
            };
        });

        Assert.Equal(new RunFailure("faulty", "c", 2002, "InvalidOperationException: boom"), result.Failure);
        Assert.Equal([1, 1, double.NaN, double.NaN, double.NaN], result.Find("c", "faulty", "value")!.Values);
    }

    [Fact]
    public void Writing_nan_is_a_failure()
    {
        var result = RunWith(setup => context => context.WriteMetric(setup.Metric("value"), double.NaN));

        Assert.Contains("wrote NaN to metric 'value'", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaving_a_metric_unwritten_is_a_failure()
    {
        var result = RunWith(_ => _ => { });

        Assert.Equal("did not write metric 'value'", result.Failure!.Message);
        Assert.Equal(2000, result.Failure.Year);
    }

    [Fact]
    public void A_model_that_fails_to_be_created_is_reported()
    {
        var result = RunWith(_ => throw new ArgumentException("bad setup"));

        Assert.Contains("creating the model failed: ArgumentException: bad setup", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_outside_the_declared_range_is_a_failure()
    {
        var descriptor = FakeSector.Declare("faulty");
        var bounded = new SectorDescriptor
        {
            Id = descriptor.Id,
            DisplayName = descriptor.DisplayName,
            Version = descriptor.Version,
            ContractVersion = descriptor.ContractVersion,
            Metrics = [new MetricDeclaration("value", "fraction", "a share") { Minimum = 0, Maximum = 1 }],
        };
        var catalog = PluginCatalog.FromPlugins([new FakeSector(bounded, setup => context => context.WriteMetric(setup.Metric("value"), 1.2))]);

        var result = Simulator.Run(TestScenarios.Resolve(FakeSector.ScenarioUsing("faulty"), catalog));

        Assert.Contains("outside its declared range [0, 1]", result.Failure!.Message, StringComparison.Ordinal);
    }
}
