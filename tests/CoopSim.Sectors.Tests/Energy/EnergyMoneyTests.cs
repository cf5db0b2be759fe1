using CoopSim.Sectors.Tests.Support;
using FsCheck.Xunit;
using static CoopSim.Sectors.Tests.Energy.EnergySpecs;

namespace CoopSim.Sectors.Tests.Energy;

/// <summary>Cost per tonne of CO2 avoided against business as usual (docs/models/energy.md, "Money").</summary>
public sealed class EnergyMoneyTests
{
    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 30)]
    public void Without_a_programme_no_co2_is_avoided_and_nothing_is_paid_per_tonne(UnitDraws draws)
    {
        var result = Drawn(draws, withProgramme: false).Run();

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.All(Series.Of(result, Sector, "co2Avoided"), v => Assert.Equal(0, v));
        Assert.All(Series.Of(result, Sector, "costPerTonneCo2Avoided"), v => Assert.Equal(0, v));
    }

    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 60)]
    public void Cost_per_tonne_is_investment_to_date_over_co2_avoided_to_date_and_never_negative(UnitDraws draws)
    {
        // SO2 control buys cleaner air, not CO2: without it every dollar invested is meant to cut CO2.
        var spec = Drawn(draws);
        var phase = spec.Phases[0];
        spec.Phases[0] = phase with { Technologies = phase.Technologies!.Where(t => t.Key != "so2Control").ToDictionary() };

        var result = spec.Run();

        Assert.True(result.Succeeded, result.Failure?.ToString());
        var co2 = Series.Of(result, Sector, "co2");
        var investment = Series.Of(result, Sector, "investment");
        var avoided = Series.Of(result, Sector, "co2Avoided");
        var costPer = Series.Of(result, Sector, "costPerTonneCo2Avoided");
        double invested = 0, avoidedToDate = 0, bauToDate = 0;
        for (var t = 0; t < co2.Count; t++)
        {
            invested += investment[t];
            avoidedToDate += avoided[t];
            bauToDate += co2[t] + avoided[t];
            Assert.True(double.IsFinite(costPer[t]) && costPer[t] >= 0, $"year {t}: {costPer[t]}");
            var expected = avoidedToDate > 1e-6 * bauToDate ? invested / avoidedToDate : 0;
            Assert.Equal(expected, costPer[t], 1e-9 * (1 + expected));
        }
    }

    [Fact]
    public void Efficiency_projects_avoid_co2_against_business_as_usual_at_a_cost_per_tonne()
    {
        var spec = TestScenario.TwoDecades();
        spec.Sectors[Sector] = [];
        spec.Phases.Add(new TestPhase(Sector, 2003, 2012, 24, 10, Technologies: new Dictionary<string, double> { ["factoryEfficiency"] = 2, ["buildingEfficiency"] = 10 }));

        var result = spec.Run();

        Assert.True(result.Succeeded, result.Failure?.ToString());
        var avoided = Series.Of(result, Sector, "co2Avoided");
        var last = avoided.Count - 1;
        Assert.True(avoided[last] > 0, $"{avoided[last]} t CO2/year avoided");
        var expected = Series.Of(result, Sector, "investment").Sum() / avoided.Sum();
        Assert.Equal(expected, Series.Of(result, Sector, "costPerTonneCo2Avoided")[last], 1e-9 * expected);
    }

    [Fact]
    public void Desulphurisation_alone_avoids_no_co2_and_costs_nothing_per_tonne_of_it()
    {
        var spec = TestScenario.TwoDecades();
        spec.Sectors[Sector] = [];
        spec.Phases.Add(new TestPhase(Sector, 2003, 2012, 24, 10, Technologies: new Dictionary<string, double> { ["so2Control"] = 2 }));

        var result = spec.Run();

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.True(Series.Of(result, Sector, "investment").Sum() > 0);
        Assert.All(Series.Of(result, Sector, "co2Avoided"), v => Assert.Equal(0, v));
        Assert.All(Series.Of(result, Sector, "costPerTonneCo2Avoided"), v => Assert.Equal(0, v));
    }
}
