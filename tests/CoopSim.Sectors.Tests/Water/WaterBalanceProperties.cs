using CoopSim.Sectors.Tests.Support;
using FsCheck.Xunit;
using static CoopSim.Sectors.Tests.Water.WaterSpecs;

namespace CoopSim.Sectors.Tests.Water;

/// <summary>Invariants of the water model for any parameters and activities inside their declared ranges.</summary>
public sealed class WaterBalanceProperties
{
    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 60)]
    public void The_water_balance_closes_every_year(UnitDraws draws)
    {
        var result = Drawn(draws).Run();

        var input = Series.Of(result, Sector, "systemInput");
        var authorised = Series.Of(result, Sector, "authorisedConsumption");
        var billed = Series.Of(result, Sector, "billedConsumption");
        var apparent = Series.Of(result, Sector, "apparentLosses");
        var real = Series.Of(result, Sector, "realLosses");
        var nonRevenue = Series.Of(result, Sector, "nonRevenueWater");
        var nrw = Series.Of(result, Sector, "nrw");
        for (var t = 0; t < input.Count; t++)
        {
            var tolerance = 1e-9 * input[t];
            Assert.Equal(input[t], authorised[t] + apparent[t] + real[t], tolerance);
            Assert.Equal(nonRevenue[t], input[t] - billed[t], tolerance);
            Assert.Equal(nrw[t], nonRevenue[t] / input[t], 1e-12);
            Assert.True(billed[t] <= authorised[t]);
        }
    }

    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 60)]
    public void Every_value_is_finite_and_every_share_is_a_fraction(UnitDraws draws)
    {
        var result = Drawn(draws).Run();

        // The engine ends a run that writes NaN, infinity or a value outside a metric's declared
        // range, so success means every share stayed within [0, 1] and hours within [0, 24].
        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.All(result.Series, s => Assert.All(s.Values, v => Assert.True(double.IsFinite(v), $"{s.Key}: {v}")));
        Assert.All(Series.Of(result, Sector, "coverage"), v => Assert.InRange(v, 0.0, 1.0));
        Assert.All(Series.Of(result, Sector, "supplyHours"), v => Assert.InRange(v, 0.0, 24.0));
    }

    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 30)]
    public void The_same_scenario_gives_the_same_results(UnitDraws draws)
    {
        var spec = Drawn(draws);

        var first = spec.Run();
        var second = spec.Run();

        Assert.Equal(first.Series.Count, second.Series.Count);
        for (var i = 0; i < first.Series.Count; i++)
        {
            Assert.Equal(first.Series[i].Key, second.Series[i].Key);
            Assert.Equal(first.Series[i].Values, second.Series[i].Values);
        }
    }

    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 60)]
    public void The_start_year_reproduces_the_observed_nrw_coverage_and_hours(UnitDraws draws)
    {
        var spec = Drawn(draws);
        var parameters = spec.Sectors[Sector];

        var result = spec.Run();

        Assert.Equal(parameters["initialNrw"], Series.At(result, Sector, "nrw", spec.StartYear), 1e-9);
        Assert.Equal(parameters["initialCoverage"], Series.At(result, Sector, "coverage", spec.StartYear), 1e-9);
        Assert.Equal(parameters["initialSupplyHours"], Series.At(result, Sector, "supplyHours", spec.StartYear), 1e-9);
    }
}
