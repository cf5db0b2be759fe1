using CoopSim.Sectors.Tests.Support;
using FsCheck.Xunit;

namespace CoopSim.Sectors.Tests.Waste;

/// <summary>Cost per tonne diverted against the run's own start (docs/models/waste.md, "Money").</summary>
public sealed class WasteMoneyTests
{
    [Property(Arbitrary = [typeof(WasteArbitraries)], MaxTest = 60)]
    public void Without_programmes_nothing_is_diverted_and_nothing_is_paid_per_tonne(DrawnCity city)
    {
        var scenario = city.Scenario(drawn =>
        {
            drawn["initialHomeComposting"] = 0;
            drawn["initialSeparation"] = 0;
            drawn["existingCompostCapacity"] = 0;
        });
        scenario.Phases.Clear();

        var run = scenario.Run();

        var generated = run.Waste("generated");
        var diverted = run.Waste("divertedFromDisposal");
        for (var t = 0; t < run.Years.Count; t++)
        {
            Assert.True(Math.Abs(diverted[t]) <= 1e-9 * (1 + generated[t]), $"year {t}: {diverted[t]} t/day diverted");
            Assert.Equal(0, run.Waste("costPerTonneDiverted")[t]);
        }
    }

    [Property(Arbitrary = [typeof(WasteArbitraries)], MaxTest = 100)]
    public void Cost_per_tonne_is_technology_cost_to_date_over_waste_diverted_and_never_negative(DrawnCity city)
    {
        var run = city.Scenario().Run();

        var generated = run.Waste("generated");
        var disposed = run.Waste("finalDisposal").Zip(run.Waste("openDumping"), (f, o) => f + o).ToArray();
        var cost = run.Waste("technologyCost");
        var diverted = run.Waste("divertedFromDisposal");
        var costPer = run.Waste("costPerTonneDiverted");
        var startShare = generated[0] > 0 ? disposed[0] / generated[0] : 0;
        var spent = 0.0;
        for (var t = 0; t < run.Years.Count; t++)
        {
            spent += cost[t];
            Approx.Equal((startShare * generated[t]) - disposed[t], diverted[t], $"diverted, year {t}");
            Assert.True(double.IsFinite(costPer[t]) && costPer[t] >= 0, $"year {t}: {costPer[t]}");
            Approx.Equal(diverted[t] > 1e-6 * generated[t] ? spent / diverted[t] : 0, costPer[t], $"cost per t/day, year {t}");
        }
    }

    [Fact]
    public void A_compost_programme_diverts_waste_at_a_cost_per_tonne_per_day()
    {
        var run = new TestScenario
        {
            Sectors = { ["waste"] = new() { ["initialHomeComposting"] = 0, ["initialSeparation"] = 0, ["existingCompostCapacity"] = 0 } },
            Phases =
            [
                new TestPhase("waste", 2002, 2006, ExpertPersonMonths: 6, Trainees: 4, Demonstrations: 1,
                    Technologies: new Dictionary<string, double> { ["compostBaskets"] = 5_000, ["cadres"] = 500, ["compostCentres"] = 2, ["householdOrganicRoutes"] = 5 }),
            ],
        }.Run();

        var last = run.Years.Count - 1;
        var diverted = run.Waste("divertedFromDisposal")[last];
        Assert.True(diverted > 0, $"{diverted} t/day diverted");
        Approx.Equal(run.Waste("technologyCost").Sum() / diverted, run.Waste("costPerTonneDiverted")[last]);
    }
}
