using CoopSim.Sectors.Tests.Support;
using FsCheck.Xunit;

namespace CoopSim.Sectors.Tests.Waste;

/// <summary>What must hold for every parameter value inside the declared ranges and any programme.</summary>
// Full tier: hundreds of drawn cities, each simulated.
[Trait("Tier", "Full")]
public sealed class WasteInvariantProperties
{
    private static readonly string[] Pathways =
        ["homeComposted", "recycled", "centreComposted", "openDumping", "intermediateTreatment", "incinerated", "finalDisposal"];

    private static readonly string[] Shares = ["diversion", "householdsComposting", "householdsSeparating", "cadreReach"];

    [Property(Arbitrary = [typeof(WasteArbitraries)], MaxTest = 150)]
    public void Generated_waste_equals_the_sum_of_its_pathways_every_year(DrawnCity city)
    {
        var run = city.Scenario().Run();
        var generated = run.Waste("generated");

        for (var t = 0; t < run.Years.Count; t++)
        {
            var sum = Pathways.Sum(p => run.Waste(p)[t]);
            Assert.True(Math.Abs(generated[t] - sum) <= 1e-9 * (1.0 + generated[t]),
                $"{run.Years[t]}: generated {generated[t]} but pathways sum to {sum}");
        }
    }

    [Property(Arbitrary = [typeof(WasteArbitraries)], MaxTest = 150)]
    public void Every_value_is_finite_and_every_share_lies_in_zero_to_one(DrawnCity city)
    {
        var run = city.Scenario().Run();

        Assert.All(run.Series, s => Assert.All(s.Values, v => Assert.True(double.IsFinite(v), $"{s.Key} has {v}")));
        foreach (var share in Shares)
        {
            Assert.All(run.Waste(share), v => Assert.InRange(v, 0.0, 1.0));
        }

        Assert.All(Pathways, p => Assert.All(run.Waste(p), v => Assert.True(v >= 0, $"{p} is {v}")));
    }

    [Property(Arbitrary = [typeof(WasteArbitraries)], MaxTest = 50)]
    public void The_same_scenario_gives_the_same_numbers(DrawnCity city)
    {
        var scenario = city.Scenario();
        var first = scenario.Run();
        var second = scenario.Run();

        for (var i = 0; i < first.Series.Count; i++)
        {
            Assert.Equal(first.Series[i].Values, second.Series[i].Values);
        }
    }
}
