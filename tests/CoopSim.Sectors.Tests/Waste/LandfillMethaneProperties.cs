using CoopSim.Sectors.Tests.Support;
using FsCheck.Xunit;

namespace CoopSim.Sectors.Tests.Waste;

/// <summary>The IPCC 2006 first-order decay method (vol. 5 ch. 3) as the waste model applies it.</summary>
public sealed class LandfillMethaneProperties
{
    private const double MethanePerCarbon = 16.0 / 12.0;

    // Full tier: hundreds of drawn cities, each simulated.
    [Trait("Tier", "Full")]
    [Property(Arbitrary = [typeof(WasteArbitraries)], MaxTest = 150)]
    public void Methane_is_non_negative_and_no_more_is_recovered_or_emitted_than_generated(DrawnCity city)
    {
        var run = city.Scenario().Run();
        var generated = run.Waste("methaneGenerated");
        var recovered = run.Waste("methaneRecovered");
        var emitted = run.Waste("methane");

        for (var t = 0; t < run.Years.Count; t++)
        {
            Assert.True(generated[t] >= 0 && recovered[t] >= 0 && emitted[t] >= 0);
            Assert.True(recovered[t] <= generated[t] * (1 + 1e-12));
            Assert.True(emitted[t] <= (generated[t] - recovered[t]) * (1 + 1e-12) + 1e-9);
        }
    }

    // Full tier: hundreds of drawn cities, each simulated.
    [Trait("Tier", "Full")]
    [Property(Arbitrary = [typeof(WasteArbitraries)], MaxTest = 150)]
    public void The_decaying_pool_balances_deposits_and_decomposition_every_year(DrawnCity city)
    {
        double f = 0;
        var run = city.Scenario(p => f = p["methaneFraction"] = Math.Max(0.05, p["methaneFraction"])).Run();
        var deposited = run.Waste("ddocmDeposited");
        var accumulated = run.Waste("ddocmAccumulated");
        var generated = run.Waste("methaneGenerated");

        for (var t = 1; t < run.Years.Count; t++)
        {
            // DDOCm_a(T) = DDOCm_a(T−1) + DDOCm_d(T) − decomposed(T), decomposed = CH4 / (F·16/12).
            var decomposed = generated[t] / (f * MethanePerCarbon);
            var expected = accumulated[t - 1] + deposited[t] - decomposed;
            Assert.True(Math.Abs(accumulated[t] - expected) <= 1e-9 * (1 + accumulated[t]),
                $"{run.Years[t]}: pool {accumulated[t]}, expected {expected}");
            Assert.True(decomposed <= (accumulated[t - 1] + deposited[t]) * (1 + 1e-12), "more decomposed than was in the site");
        }
    }

    // Full tier: hundreds of drawn cities, each simulated.
    [Trait("Tier", "Full")]
    [Property(Arbitrary = [typeof(WasteArbitraries)], MaxTest = 100)]
    public void Emissions_in_co2_equivalents_are_emitted_methane_times_its_gwp(DrawnCity city)
    {
        double gwp = 0;
        var run = city.Scenario(p => gwp = p["methaneGwp"]).Run();

        var methane = run.Waste("methane");
        var emissions = run.Waste("methaneEmissions");
        for (var t = 0; t < run.Years.Count; t++)
        {
            Approx.Equal(methane[t] * gwp, emissions[t]);
        }
    }

    [Fact]
    public void The_first_year_matches_a_hand_calculation_for_food_waste_disposed_of_for_years_before()
    {
        // Only food waste decays; everything is collected and landfilled.
        const double population = 1_000_000, perCapita = 0.5, organic = 0.6, doc = 0.15, docf = 0.5, mcf = 0.8, k = 0.4, f = 0.5, years = 7;
        var run = new TestScenario
        {
            Population = population,
            PopulationGrowth = 0,
            EndYear = 2001,
            Sectors =
            {
                ["waste"] = OnlyFood(new()
                {
                    ["generationPerCapita"] = perCapita, ["organicShare"] = organic, ["docOrganic"] = doc, ["docf"] = docf,
                    ["landfillMcf"] = mcf, ["kOrganic"] = k, ["methaneFraction"] = f, ["priorDisposalYears"] = years,
                }),
            },
        }.Run();

        var deposit = population * perCapita / 1000 * organic * 365 * doc * docf * mcf;
        Approx.Equal(deposit, run.Waste("ddocmDeposited")[0]);

        // Seven equal deposits before the run: D·Σ e^(−k·i), i = 0..6, of which (1 − e^(−k)) decomposes.
        var pool = Enumerable.Range(0, (int)years).Sum(i => deposit * Math.Exp(-k * i));
        Approx.Equal(pool * (1 - Math.Exp(-k)) * f * MethanePerCarbon, run.Waste("methaneGenerated")[0]);
        Approx.Equal((pool * Math.Exp(-k)) + deposit, run.Waste("ddocmAccumulated")[0]);
        Approx.Equal(run.Waste("ddocmAccumulated")[0] * (1 - Math.Exp(-k)) * f * MethanePerCarbon, run.Waste("methaneGenerated")[1]);
    }

    [Fact]
    public void A_site_filled_at_a_steady_rate_for_a_century_emits_what_it_receives()
    {
        var run = new TestScenario
        {
            PopulationGrowth = 0,
            Sectors = { ["waste"] = OnlyFood(new() { ["priorDisposalYears"] = 100, ["kOrganic"] = 0.4 }) },
        }.Run();

        var deposited = run.Waste("ddocmDeposited");
        var generated = run.Waste("methaneGenerated");
        for (var t = 0; t < run.Years.Count; t++)
        {
            Approx.Equal(deposited[t] * 0.5 * MethanePerCarbon, generated[t]);
        }
    }

    [Fact]
    public void Gas_recovery_cuts_emissions_by_the_recovered_share()
    {
        var withoutRecovery = new TestScenario { Sectors = { ["waste"] = new() } }.Run();
        var withRecovery = new TestScenario
        {
            Sectors = { ["waste"] = new() { ["gasCollectionEfficiency"] = 0.5 } },
            Phases = { new TestPhase("waste", 2005, 2005, Technologies: new Dictionary<string, double> { ["landfillGasRecovery"] = 1 }) },
        }.Run();

        var before = withoutRecovery.Waste("methane");
        var after = withRecovery.Waste("methane");
        var recovered = withRecovery.Waste("methaneRecovered");
        for (var t = 0; t < 5; t++)
        {
            Assert.Equal(before[t], after[t]);
            Assert.Equal(0, recovered[t]);
        }

        for (var t = 5; t < withRecovery.Years.Count; t++)
        {
            Assert.True(after[t] < before[t]);
            Approx.Equal(withRecovery.Waste("methaneGenerated")[t] - recovered[t], after[t]);
        }
    }

    private static Dictionary<string, double> OnlyFood(Dictionary<string, double> parameters)
    {
        foreach (var share in new[] { "gardenShare", "paperShare", "plasticShare", "glassMetalShare", "woodShare", "textileShare", "nappyShare", "rubberLeatherShare" })
        {
            parameters[share] = 0;
        }

        parameters["collectionCoverage"] = 1;
        return parameters;
    }
}
