using CoopSim.Abstractions;
using CoopSim.Sectors.Tests.Support;
using FsCheck.Xunit;
using static CoopSim.Sectors.Tests.Water.WaterSpecs;

namespace CoopSim.Sectors.Tests.Water;

/// <summary>
/// Capacity acts through the utility's own practice (docs/models/water.md): more of it never raises
/// NRW in a network that does not grow, and capacity alone, with no equipment, lowers NRW.
/// </summary>
public sealed class WaterCapacityProperties
{
    private const int Years = 15;

    /// <summary>NRW each year for a capacity path, with the same technologies adopted every year, in a network that cannot grow.</summary>
    private static double[] Nrw(Dictionary<string, double> parameters, double initial, Func<int, double> capacity, double units)
    {
        var descriptor = Plugin.Descriptor;
        var nrw = descriptor.Metrics.ToList().FindIndex(m => m.Id == "nrw");
        var model = Plugin.CreateModel(new ModelSetup(descriptor, new CityFacts("city", "City", "", 500_000, 0.0), 2000, 2000 + Years - 1, 1, parameters));
        var context = new ScriptedStepContext(descriptor) { CurrentInitialCapacity = initial };
        var values = new double[Years];
        for (var t = 0; t < Years; t++)
        {
            context.CurrentYearIndex = t;
            context.CurrentCapacity = t == 0 ? initial : capacity(t);
            context.AdoptEach(t == 0 ? 0 : units);
            model.Step(context);
            values[t] = context.Metrics[nrw];
        }

        return values;
    }

    private static Dictionary<string, double> FixedNetwork(UnitDraws draws)
    {
        var parameters = draws.ParametersOf(Plugin.Descriptor);
        parameters["maxCoverage"] = parameters["initialCoverage"];
        return parameters;
    }

    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 60)]
    public void More_capacity_never_raises_nrw_in_a_network_that_does_not_grow(UnitDraws draws)
    {
        var parameters = FixedNetwork(draws);
        var initial = 0.8 * draws[63];
        double Low(int t) => initial + ((1.0 - initial) * draws[(7 * t) % 60]);
        double High(int t) => initial + ((1.0 - initial) * Math.Min(1.0, draws[(7 * t) % 60] + draws[(11 * t) % 60]));
        var units = 3.0 * draws[62];

        var low = Nrw(parameters, initial, Low, units);
        var high = Nrw(parameters, initial, High, units);

        for (var t = 0; t < Years; t++)
        {
            Assert.True(high[t] <= low[t] + 1e-12, $"year {t}: NRW {high[t]} with more capacity > {low[t]}");
        }
    }

    [Property(Arbitrary = [typeof(DrawArbitraries)], MaxTest = 60)]
    public void Capacity_held_at_the_citys_own_level_leaves_a_city_without_own_reform_on_its_start_year(UnitDraws draws)
    {
        var parameters = FixedNetwork(draws);
        parameters["ownInspection"] = 0.0;
        parameters["ownMeterReplacement"] = 0.0;
        var initial = draws[63];

        var own = Nrw(parameters, initial, _ => initial, 0.0);

        Assert.All(own, v => Assert.Equal(own[0], v, 1e-9));
    }

    [Fact]
    public void Capacity_alone_lowers_nrw_with_no_equipment()
    {
        var parameters = Plugin.Descriptor.Parameters.ToDictionary(p => p.Id, p => p.Default, StringComparer.Ordinal);
        parameters["maxCoverage"] = parameters["initialCoverage"];

        var own = Nrw(parameters, 0.2, _ => 0.2, 0.0);
        var gained = Nrw(parameters, 0.2, t => Math.Min(0.8, 0.2 + (0.1 * t)), 0.0);

        Assert.True(gained[Years - 1] < own[Years - 1] - 0.05, $"NRW {gained[Years - 1]} with capacity, {own[Years - 1]} without");
    }
}
