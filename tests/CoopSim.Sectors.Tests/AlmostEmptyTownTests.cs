using CoopSim.Sectors.Tests.Support;
using CoopSim.Tests.Shared;

namespace CoopSim.Sectors.Tests;

/// <summary>
/// A population the validator accepts (any value above 0) can be so small that what a programme
/// saves, diverts or avoids is a rounding error: a cost per unit of it must then read 0, not overflow
/// to infinity and end the run.
/// </summary>
public sealed class AlmostEmptyTownTests
{
    [Theory]
    [InlineData("waste", "costPerTonneDiverted")]
    [InlineData("energy", "costPerTonneCo2Avoided")]
    public void A_town_of_almost_no_one_runs_every_technology_and_reports_no_cost_per_unit(string sector, string metric)
    {
        var descriptor = BundledPlugins.Catalog.Sectors.Single(s => s.Id == sector).Descriptor;
        var scenario = new TestScenario { Population = 1e-300 };
        scenario.Sectors[sector] = [];
        scenario.Phases.Add(new TestPhase(sector, 2003, 2006, ExpertPersonMonths: 12, Trainees: 4,
            Technologies: descriptor.Technologies.ToDictionary(t => t.Id, _ => 1.0, StringComparer.Ordinal)));

        var run = scenario.Run();

        Assert.All(run.Metric(sector, metric), value => Assert.Equal(0.0, value));
    }
}
