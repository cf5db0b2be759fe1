using CoopSim.Sectors.Tests.Support;
using FsCheck.Xunit;
using static CoopSim.Sectors.Tests.Energy.EnergySpecs;

namespace CoopSim.Sectors.Tests.Energy;

/// <summary>Invariants of the energy model for any parameters and activities inside their declared ranges.</summary>
public sealed class EnergyProperties
{
    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 60)]
    public void Every_value_is_finite_and_every_share_is_a_fraction(UnitDraws draws)
    {
        var result = Drawn(draws).Run();

        // The engine ends a run that writes NaN, infinity or a value outside a metric's declared range.
        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.All(result.Series, s => Assert.All(s.Values, v => Assert.True(double.IsFinite(v), $"{s.Key}: {v}")));
        Assert.All(Series.Of(result, Sector, "coalShare"), v => Assert.InRange(v, 0.0, 1.0));
        Assert.All(Series.Of(result, Sector, "so2Removed"), v => Assert.InRange(v, 0.0, 1.0));
    }

    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 30)]
    public void The_same_scenario_gives_the_same_results(UnitDraws draws)
    {
        var spec = Drawn(draws);

        var first = spec.Run();
        var second = spec.Run();

        for (var i = 0; i < first.Series.Count; i++)
        {
            Assert.Equal(first.Series[i].Values, second.Series[i].Values);
        }
    }

    /// <summary>With no electric buses and no water sector, demand is the sum of its sectors and SO2 follows the sulphur balance.</summary>
    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 60)]
    public void Demand_adds_up_and_so2_follows_the_sulphur_balance(UnitDraws draws)
    {
        var spec = Drawn(draws, withBuses: false);
        var p = spec.Sectors[Sector];

        var result = spec.Run();

        var demand = Series.Of(result, Sector, "demand");
        var industry = Series.Of(result, Sector, "industryDemand");
        var buildings = Series.Of(result, Sector, "buildingsDemand");
        var transport = Series.Of(result, Sector, "transportDemand");
        var coalShare = Series.Of(result, Sector, "coalShare");
        var so2 = Series.Of(result, Sector, "so2");
        var removed = Series.Of(result, Sector, "so2Removed");
        var perCoalMwh = 2.0 * p["coalSulphur"] * (1.0 - p["sulphurRetention"]) / (p["coalHeatingValue"] / 3.6);
        for (var t = 0; t < demand.Count; t++)
        {
            Assert.Equal(demand[t], industry[t] + buildings[t] + transport[t], 1e-9 * Math.Max(1.0, demand[t]));
            var coal = coalShare[t] * demand[t];
            Assert.Equal(coal * perCoalMwh * (1.0 - removed[t]), so2[t], 1e-9 * Math.Max(1.0, so2[t]));
        }
    }

    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 60)]
    public void Without_cooperation_emissions_are_business_as_usual(UnitDraws draws)
    {
        var spec = Drawn(draws, withProgramme: false);
        var p = spec.Sectors[Sector];

        var result = spec.Run();

        var ghg = Series.Of(result, Sector, "ghg");
        var bau = Series.Of(result, Sector, "bauGhg");
        var reduction = Series.Of(result, Sector, "reductionVsBau");
        var gap = Series.Of(result, Sector, "targetGap");
        var removed = Series.Of(result, Sector, "so2Removed");
        for (var t = 0; t < ghg.Count; t++)
        {
            Assert.Equal(bau[t], ghg[t], 1e-9 * Math.Max(1.0, bau[t]));
            Assert.Equal(0.0, reduction[t], 1e-12);
            Assert.Equal(p["targetReduction"] * bau[t], gap[t], 1e-9 * Math.Max(1.0, bau[t]));

            // The city's own SO2 programme works at its own capacity (the default 0.2, docs/models/cooperation.md).
            var controlled = Math.Min(1.0, p["ownControlGrowth"] * t);
            Assert.Equal(controlled * p["so2RemovalEfficiency"] * 0.2, removed[t], 1e-12);
        }
    }

    /// <summary>
    /// More cooperation never raises CO2, SO2 or ambient SO2. Electric buses are the documented
    /// exception (docs/models/energy.md): on a coal-heavy grid they can add more than they save.
    /// </summary>
    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 60)]
    public void More_cooperation_never_raises_emissions(UnitDraws draws)
    {
        var less = 2.0 * draws[40];
        var more = less + (2.0 * draws[41]);

        var lessRun = Drawn(draws, effort: less, withBuses: false).Run();
        var moreRun = Drawn(draws, effort: more, withBuses: false).Run();

        foreach (var metric in new[] { "co2", "ghg", "so2", "so2Concentration" })
        {
            var withLess = Series.Of(lessRun, Sector, metric);
            var withMore = Series.Of(moreRun, Sector, metric);
            for (var t = 0; t < withLess.Count; t++)
            {
                Assert.True(withMore[t] <= withLess[t] * (1 + 1e-12) + 1e-12, $"{metric}, year {t}: {withMore[t]} with effort {more} > {withLess[t]} with {less}");
            }
        }
    }

    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 60)]
    public void The_start_year_has_the_stated_ambient_so2(UnitDraws draws)
    {
        var spec = Drawn(draws, withProgramme: false);
        var p = spec.Sectors[Sector];

        var result = spec.Run();

        Assert.Equal(p["initialSo2Concentration"], Series.At(result, Sector, "so2Concentration", spec.StartYear), 1e-12);
        Assert.Equal(p["initialSo2Concentration"] / p["so2Standard"], Series.At(result, Sector, "so2StandardRatio", spec.StartYear), 1e-9);
    }
}
