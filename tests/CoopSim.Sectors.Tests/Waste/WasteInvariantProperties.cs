using FsCheck.Xunit;

namespace CoopSim.Sectors.Tests.Waste;

/// <summary>What must hold for every parameter value inside the declared ranges and any programme.</summary>
public sealed class WasteInvariantProperties
{
    private static readonly string[] Pathways =
        ["homeComposted", "recycled", "centreComposted", "openDumping", "intermediateTreatment", "incinerated", "finalDisposal"];

    private static readonly string[] Shares = ["diversion", "householdsComposting", "householdsSeparating", "cadreReach"];

    [Property(MaxTest = 150)]
    public void Generated_waste_equals_the_sum_of_its_pathways_every_year(int seed)
    {
        var run = WasteWorlds.Random(seed).Run();
        var generated = run.Waste("generated");

        for (var t = 0; t < run.Years.Count; t++)
        {
            var sum = Pathways.Sum(p => run.Waste(p)[t]);
            Assert.True(Math.Abs(generated[t] - sum) <= 1e-9 * (1.0 + generated[t]),
                $"{run.Years[t]}: generated {generated[t]} but pathways sum to {sum}");
        }
    }

    [Property(MaxTest = 150)]
    public void Every_value_is_finite_and_every_share_lies_in_zero_to_one(int seed)
    {
        var run = WasteWorlds.Random(seed).Run();

        Assert.All(run.Result.Series, s => Assert.All(s.Values, v => Assert.True(double.IsFinite(v), $"{s.Key} has {v}")));
        foreach (var share in Shares)
        {
            Assert.All(run.Waste(share), v => Assert.InRange(v, 0.0, 1.0));
        }

        Assert.All(Pathways, p => Assert.All(run.Waste(p), v => Assert.True(v >= 0, $"{p} is {v}")));
    }

    [Property(MaxTest = 50)]
    public void The_same_scenario_gives_the_same_numbers(int seed)
    {
        var scenario = WasteWorlds.Random(seed);
        var first = scenario.Run();
        var second = scenario.Run();

        for (var i = 0; i < first.Result.Series.Count; i++)
        {
            Assert.Equal(first.Result.Series[i].Values, second.Result.Series[i].Values);
        }
    }
}
