using System.Globalization;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Engine.Validation;
using CoopSim.Tests.Shared;

namespace CoopSim.Engine.Tests.Validation;

public sealed class CalibrationTests
{
    private const string Ownership = "cities.city.sectors.water.capacity.ownership";

    /// <summary>The minimal scenario with a given ownership and observations of capacity.</summary>
    private static string Scenario(double? ownership, string observations = "")
    {
        var capacity = ownership is { } o ? $$""", "capacity": { "ownership": {{o.ToString(CultureInfo.InvariantCulture)}} }""" : "";
        var json = TestScenarios.Minimal.Replace(
            "\"parameters\": { \"initialNrw\": 0.5 } ", "\"parameters\": { \"initialNrw\": 0.5 }" + capacity + " ", StringComparison.Ordinal);
        return json.TrimEnd()[..^1] + $$""", "observations": [ {{observations}} ] }""";
    }

    /// <summary>Observations of coop.capacity taken from a run at a known ownership: a fit must find it again.</summary>
    private static string ObservedAt(double ownership, params int[] years)
    {
        var run = Simulator.Run(TestScenarios.Resolve(Scenario(ownership)));
        var capacity = run.Find("city", "water", "coop.capacity")!;
        return string.Join(", ", years.Select(y =>
            $$"""{ "city": "city", "sector": "water", "metric": "coop.capacity", "year": {{y}}, "value": {{capacity.At(y).ToString("R", CultureInfo.InvariantCulture)}}, "uncertainty": 0.01, "source": "a run at ownership {{ownership}}" }"""));
    }

    private static FitTarget Target(ResolvedScenario scenario, string text)
    {
        Assert.True(FitTarget.TryParse(text, scenario, out var target, out var error), error);
        return target!;
    }

    [Fact]
    public void A_fit_finds_again_the_value_that_made_the_observations()
    {
        var scenario = TestScenarios.Resolve(Scenario(null, ObservedAt(0.5, 2004, 2006, 2008, 2010)));
        var calibration = new Calibration(scenario, BundledPlugins.Catalog, [Target(scenario, Ownership)]);

        var result = calibration.Fit();

        Assert.Equal(0.5, result.Fitted[0], 2);
        Assert.True(result.ObjectiveAfter < result.ObjectiveBefore);
        Assert.False(result.Determination[0].PoorlyDetermined, result.Determination[0].ToString());
        Assert.InRange(result.Determination[0].StandardError!.Value, 1e-6, 0.25);
    }

    [Fact]
    public void Until_fits_on_earlier_observations_and_holds_later_ones_out()
    {
        var scenario = TestScenarios.Resolve(Scenario(null, ObservedAt(0.5, 2004, 2006, 2008, 2010)));
        var calibration = new Calibration(scenario, BundledPlugins.Catalog, [Target(scenario, Ownership)], until: 2006);

        var result = calibration.Fit();

        Assert.Equal(2, calibration.FittedObservations);
        Assert.Equal(2, calibration.HeldOutObservations);
        Assert.Equal([2004, 2006], result.InSampleAfter.Pairs.Select(p => p.Observed.Year));
        Assert.Equal([2008, 2010], result.OutOfSampleAfter!.Pairs.Select(p => p.Observed.Year));
        Assert.True(result.OutOfSampleAfter.WeightedSquareError <= result.OutOfSampleBefore!.WeightedSquareError);
    }

    [Fact]
    public void An_input_no_observation_responds_to_is_poorly_determined()
    {
        // Turnover in a sector the observations do not cover leaves the objective flat.
        var json = Scenario(null, ObservedAt(0.5, 2004, 2008));
        var scenario = TestScenarios.Resolve(json);
        var calibration = new Calibration(scenario, BundledPlugins.Catalog,
            [Target(scenario, Ownership), Target(scenario, "cities.city.sectors.water.parameters.initialNrw=0.4..0.6")]);

        var result = calibration.Fit();

        Assert.True(result.Determination[1].PoorlyDetermined);
    }

    [Theory]
    [InlineData("cities.city.sectors.water.parameters.nrw", "has no parameter 'nrw'")]
    [InlineData("cities.town.sectors.water.capacity.ownership", "no city 'town'")]
    [InlineData("cities.city.sectors.water.capacity.courage", "not a capacity setting")]
    [InlineData("cities.city.sectors.water.capacity.ownership=0.5..2", "leave the accepted range")]
    [InlineData("cities.city.sectors.water.capacity.ownership=0.5", "not MIN..MAX")]
    [InlineData("city.water.ownership", "is not cities.CITY.sectors.SECTOR")]
    public void A_bad_fit_path_is_explained(string text, string message)
    {
        var scenario = TestScenarios.Resolve(Scenario(null));

        Assert.False(FitTarget.TryParse(text, scenario, out _, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_ranges_are_the_default_bounds()
    {
        var scenario = TestScenarios.Resolve(Scenario(null));
        var declared = scenario.Cities.Single(c => c.Id == "city").Sector("water")!.Sector.Descriptor.Parameters.Single(p => p.Id == "initialNrw");

        var target = Target(scenario, "cities.city.sectors.water.parameters.initialNrw");

        Assert.Equal((declared.Minimum, declared.Maximum), (target.Minimum, target.Maximum));
        Assert.Equal(0.5, target.CurrentValue(scenario));
    }
}
