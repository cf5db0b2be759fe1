using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Engine.Validation;
using CoopSim.Tests.Shared;

namespace CoopSim.Engine.Tests.Validation;

public sealed class PhaseEffectsTests
{
    /// <summary>The minimal scenario with a second phase that does nothing at all.</summary>
    private static readonly string WithEmptyPhase = TestScenarios.Minimal.Replace(
        "\"technologies\": { \"distributionBlocks\": 2 } } }",
        "\"technologies\": { \"distributionBlocks\": 2 } } }, { \"id\": \"idle\", \"from\": 2006, \"to\": 2008, \"scheme\": \"S\" }",
        StringComparison.Ordinal);

    [Fact]
    public void A_phase_with_no_activities_is_named_with_its_location()
    {
        var scenario = TestScenarios.Resolve(WithEmptyPhase);

        var warnings = PhaseEffects.FindIneffective(scenario, BundledPlugins.Catalog);

        var warning = Assert.Single(warnings);
        Assert.Equal("$.programmes[0].phases[1]", warning.JsonPath);
        Assert.Contains("phase 'idle' changes no outcome of sector water in city: it has no activities", warning.Message, StringComparison.Ordinal);
        Assert.True(warning.Location.Line > 1, warning.ToString());
    }

    [Fact]
    public void Phases_whose_removal_moves_an_outcome_are_not_named()
    {
        var scenario = ScenarioCompiler.Load(RepositoryPaths.Scenario("phnom-penh-water.json"), BundledPlugins.Catalog).Scenario!;
        var baseline = Simulator.Run(scenario).Find("phnom-penh", "water", "nrw")!;

        var warnings = PhaseEffects.FindIneffective(scenario, BundledPlugins.Catalog);

        // Each named phase, removed, must leave NRW as it was; the crews phase is the utility's own leak detection.
        Assert.DoesNotContain(warnings, w => w.Message.Contains("phase 'leak-detection'", StringComparison.Ordinal));
        Assert.True(baseline.At(2003) < baseline.At(1993));
    }
}
