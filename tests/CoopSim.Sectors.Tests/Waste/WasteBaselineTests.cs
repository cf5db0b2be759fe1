using CoopSim.Sectors.Tests.Support;
using FsCheck.Xunit;

namespace CoopSim.Sectors.Tests.Waste;

/// <summary>Without cooperation the city follows its documented baseline (docs/models/waste.md, "Baseline").</summary>
public sealed class WasteBaselineTests
{
    [Property(Arbitrary = [typeof(WasteArbitraries)], MaxTest = 150)]
    public void Without_programmes_waste_follows_generation_informal_recovery_and_collection_only(DrawnCity city)
    {
        Dictionary<string, double> p = [];
        var scenario = city.Scenario(drawn =>
        {
            drawn["initialHomeComposting"] = 0;
            drawn["initialSeparation"] = 0;
            drawn["existingCompostCapacity"] = 0;
            p = drawn;
        });
        scenario.Phases.Clear();
        var run = scenario.Run();

        var shares = new[] { "organicShare", "paperShare", "plasticShare", "glassMetalShare", "woodShare", "textileShare", "nappyShare", "rubberLeatherShare" }.Sum(s => p[s]);
        var scale = shares > 1 ? 1 / shares : 1;
        var recyclable = (p["paperShare"] + p["plasticShare"] + p["glassMetalShare"]) * scale;
        for (var t = 0; t < run.Years.Count; t++)
        {
            var population = scenario.Population * Math.Pow(1 + scenario.PopulationGrowth, t);
            var generated = population * p["generationPerCapita"] * Math.Pow(1 + p["generationGrowth"], t) / 1000;
            var recycled = generated * recyclable * p["informalRecovery"];
            var left = generated - recycled;

            Approx.Equal(generated, run.Waste("generated")[t], "generated");
            Approx.Equal(recycled, run.Waste("recycled")[t], "recycled");
            Approx.Equal((1 - p["collectionCoverage"]) * left, run.Waste("openDumping")[t], "open dumping");
            Approx.Equal(p["collectionCoverage"] * left, run.Waste("finalDisposal")[t], "final disposal");
            foreach (var none in new[] { "homeComposted", "centreComposted", "intermediateTreatment", "incinerated", "householdsComposting", "householdsSeparating", "technologyCost", "methaneRecovered" })
            {
                Assert.Equal(0, run.Waste(none)[t]);
            }
        }
    }

    [Fact]
    public void Households_already_separating_above_their_potential_keep_doing_so()
    {
        var run = new TestScenario
        {
            Sectors = { ["waste"] = new() { ["initialSeparation"] = 0.3, ["assumedAwareness"] = 0.1 } },
        }.Run();

        Assert.All(run.Waste("householdsSeparating"), s => Assert.Equal(0.3, s));
    }

    [Fact]
    public void Handed_out_baskets_start_households_composting_and_word_of_mouth_spreads_it()
    {
        var run = new TestScenario
        {
            Population = 400_000,
            Sectors = { ["waste"] = new() { ["assumedAwareness"] = 0.6, ["householdSize"] = 4 } },
            Phases = { new TestPhase("waste", 2003, 2003, Technologies: new Dictionary<string, double> { ["compostBaskets"] = 1_000 }) },
        }.Run();

        var composting = run.Waste("householdsComposting");
        Assert.Equal(0, composting[2]);
        Assert.True(composting[3] > 0);
        for (var t = 4; t < run.Years.Count; t++)
        {
            Assert.True(composting[t] > composting[t - 1], "word of mouth keeps adding households while below the potential");
            Assert.True(composting[t] <= 0.3 * 0.6 + 1e-12, "never beyond the potential: willingness x awareness");
        }
    }
}
