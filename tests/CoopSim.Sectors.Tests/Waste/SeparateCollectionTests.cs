using CoopSim.Engine.Simulation;
using CoopSim.Sectors.Tests.Support;
using Xunit.Abstractions;

namespace CoopSim.Sectors.Tests.Waste;

/// <summary>
/// Compost plants fed by separate collection of organics by source (docs/models/waste.md,
/// "Separate collection and compost plants"): a plant composts no more than it can take and no more
/// than is collected separately; a plant and routes that existed before a programme work from the
/// start year.
/// </summary>
public sealed class SeparateCollectionTests(ITestOutputHelper output)
{
    private const int Programme = 2005;

    /// <summary>
    /// A city of a million with a 60 t/day plant fed by two market routes before any programme.
    /// Markets make 10% of 500 t/day generated, 60% of it organic: 30 t/day, two routes serve 20.
    /// </summary>
    private static Dictionary<string, double> ExistingPlant() => new()
    {
        ["existingCompostCapacity"] = 60,
        ["existingMarketRoutes"] = 2,
        ["organicRouteCapacity"] = 10,
    };

    private static RunResult Run(Dictionary<string, double>? technologies = null) => new TestScenario
    {
        Population = 1_000_000,
        PopulationGrowth = 0,
        Sectors = { ["waste"] = ExistingPlant() },
        Phases = technologies is null ? [] : [new TestPhase("waste", Programme, Programme, Technologies: technologies)],
    }.Run();

    [Fact]
    public void A_plant_that_existed_before_the_programme_composts_from_the_start_year()
    {
        var run = Run();

        Assert.All(run.Waste("centreComposted"), c => Assert.True(c > 0));
        Assert.All(run.Waste("marketParticipation"), p => Assert.True(p > 0));
    }

    [Fact]
    public void Separate_collection_from_markets_restaurants_and_hotels_doubles_the_plants_throughput()
    {
        var alone = Run();
        var collected = Run(new() { ["marketOrganicRoutes"] = 1, ["hospitalityOrganicRoutes"] = 2 });

        var before = alone.Waste("centreComposted")[Programme - 2000 - 1];
        var after = collected.Waste("centreComposted")[^1];
        output.WriteLine($"plant throughput {before:F1} t/day before, {after:F1} t/day after separate collection; capacity {collected.Waste("compostCapacity")[^1]:F1}");

        Assert.True(before < alone.Waste("compostCapacity")[0], "the plant was short of separated feedstock");
        Assert.True(after >= 2 * before, $"{before:F1} -> {after:F1} t/day");
        Assert.Equal(alone.Waste("compostCapacity")[^1], collected.Waste("compostCapacity")[^1]);
        Assert.True(collected.Waste("finalDisposal")[^1] < alone.Waste("finalDisposal")[^1]);
    }

    [Fact]
    public void Participation_builds_up_over_years_after_routes_start()
    {
        var run = Run(new() { ["hospitalityOrganicRoutes"] = 2 });
        var participation = run.Waste("hospitalityParticipation");

        Assert.Equal(0, participation[Programme - 2000 - 1]);
        for (var t = Programme - 2000 + 1; t < participation.Count; t++)
        {
            Assert.True(participation[t] > participation[t - 1], "participation still approaching its target");
        }
    }

    [Fact]
    public void More_plant_capacity_without_more_feedstock_composts_nothing_more()
    {
        var alone = Run();
        var bigger = Run(new() { ["compostCapacity"] = 100 });

        for (var t = 0; t < alone.Years.Count; t++)
        {
            Approx.Equal(alone.Waste("centreComposted")[t], bigger.Waste("centreComposted")[t]);
        }
    }

    [Fact]
    public void A_plant_short_of_capacity_composts_no_more_than_its_capacity()
    {
        var run = new TestScenario
        {
            Population = 1_000_000,
            Sectors = { ["waste"] = new() { ["existingCompostCapacity"] = 5, ["existingMarketRoutes"] = 3 } },
        }.Run();

        for (var t = 0; t < run.Years.Count; t++)
        {
            Approx.Equal(run.Waste("compostCapacity")[t], run.Waste("centreComposted")[t]);
            Assert.True(run.Waste("separatedOrganics")[t] > run.Waste("centreComposted")[t]);
        }
    }
}
