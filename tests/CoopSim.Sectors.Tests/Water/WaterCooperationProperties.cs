using CoopSim.Sectors.Tests.Support;
using FsCheck.Xunit;
using static CoopSim.Sectors.Tests.Water.WaterSpecs;

namespace CoopSim.Sectors.Tests.Water;

/// <summary>How the water model answers cooperation: more effort never hurts, none leaves the city's own baseline.</summary>
public sealed class WaterCooperationProperties
{
    /// <summary>
    /// In a network that does not grow, more cooperation (more expert time, trainees and every
    /// loss-reduction technology) never raises NRW. A growing network is the documented exception
    /// (docs/models/water.md): people connected thanks to saved water spread the same crews, teams
    /// and meters over more mains, which can raise NRW a little later on.
    /// </summary>
    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 60)]
    public void More_cooperation_never_raises_nrw_in_a_network_that_does_not_grow(UnitDraws draws)
    {
        var less = 2.0 * draws[40];
        var more = less + (2.0 * draws[41]);

        var withLess = Series.Of(WithoutGrowth(Drawn(draws, effort: less)).Run(), Sector, "nrw");
        var withMore = Series.Of(WithoutGrowth(Drawn(draws, effort: more)).Run(), Sector, "nrw");

        for (var t = 0; t < withLess.Count; t++)
        {
            Assert.True(withMore[t] <= withLess[t] + 1e-12, $"year {t}: NRW {withMore[t]} with effort {more} > {withLess[t]} with {less}");
        }
    }

    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 60)]
    public void More_cooperation_never_serves_fewer_people(UnitDraws draws)
    {
        var less = 2.0 * draws[40];
        var more = less + (2.0 * draws[41]);

        var servedLess = Series.Of(Drawn(draws, effort: less).Run(), Sector, "peopleServed");
        var servedMore = Series.Of(Drawn(draws, effort: more).Run(), Sector, "peopleServed");

        for (var t = 0; t < servedLess.Count; t++)
        {
            Assert.True(servedMore[t] >= servedLess[t] * (1 - 1e-12), $"year {t}: served {servedMore[t]} < {servedLess[t]}");
        }
    }

    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 60)]
    public void Phases_with_no_activity_leave_the_city_on_its_own_baseline(UnitDraws draws)
    {
        var baseline = Drawn(draws, withProgramme: false).Run();
        var idle = Drawn(draws, effort: 0.0).Run();

        foreach (var series in baseline.Series)
        {
            Assert.Equal(series.Values, idle.Find(series.CityId, series.SectorId, series.Metric.Id)!.Values);
        }
    }

    /// <summary>
    /// The documented baseline (docs/models/water.md): with no programme, no own reform and no new
    /// production, a city whose network does not grow repeats its start year every year.
    /// </summary>
    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 60)]
    public void Without_cooperation_a_city_that_does_not_grow_repeats_its_start_year(UnitDraws draws)
    {
        var spec = WithoutGrowth(Drawn(draws, withProgramme: false));
        spec.Sectors[Sector]["ownInspection"] = 0.0;
        spec.Sectors[Sector]["ownMeterReplacement"] = 0.0;
        spec.Sectors[Sector]["productionGrowth"] = 0.0;

        var result = spec.Run();

        Assert.All(result.Series, s => Assert.All(s.Values, v => Assert.Equal(s.Values[0], v, 1e-9 * Math.Max(1.0, Math.Abs(s.Values[0])))));
    }

    /// <summary>
    /// The documented baseline of a growing city: apparent losses keep the start year's share of
    /// authorised consumption, and leakage per connection never rises above the start year's.
    /// </summary>
    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 60)]
    public void Without_cooperation_losses_never_rise_above_the_start_year_per_connection(UnitDraws draws)
    {
        var spec = Drawn(draws, withProgramme: false);
        spec.Sectors[Sector]["ownInspection"] = 0.0;
        spec.Sectors[Sector]["ownMeterReplacement"] = 0.0;

        var result = spec.Run();

        var apparent = Series.Of(result, Sector, "apparentLosses");
        var authorised = Series.Of(result, Sector, "authorisedConsumption");
        var real = Series.Of(result, Sector, "realLosses");
        var connections = Series.Of(result, Sector, "connections");
        var hours = Series.Of(result, Sector, "supplyHours");
        double LeakagePerConnection(int t) => real[t] * 24.0 / hours[t] / connections[t];
        for (var t = 1; t < apparent.Count; t++)
        {
            Assert.Equal(apparent[0] / authorised[0], apparent[t] / authorised[t], 1e-9);
            Assert.True(LeakagePerConnection(t) <= LeakagePerConnection(0) * (1 + 1e-9), $"year {t}: {LeakagePerConnection(t)} > {LeakagePerConnection(0)}");
        }
    }
}
