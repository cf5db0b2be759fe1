using System.Globalization;
using CoopSim.Engine.Cooperation;
using CoopSim.Engine.Simulation;
using FsCheck.Xunit;

namespace CoopSim.Engine.Tests;

/// <summary>
/// Institutionalisation in the cooperation layer (docs/models/cooperation.md): capacity splits into
/// an embedded part that never falls and a part that turnover wears away; money of a phase is costed.
/// </summary>
public sealed class EmbeddedCapacityTests
{
    /// <summary>The minimal scenario with the city's capacity settings and its programme's phases replaced.</summary>
    private static string WithCapacity(double ownership, double leadership, double turnover, double initial, string phases)
    {
        var json = TestScenarios.Minimal.Replace("\"initialNrw\": 0.5 } } }", string.Create(CultureInfo.InvariantCulture,
            $"\"initialNrw\": 0.5 }}, \"capacity\": {{ \"initial\": {initial}, \"ownership\": {ownership}, \"leadership\": {leadership}, \"turnover\": {turnover} }} }} }}"), StringComparison.Ordinal);
        var cut = json.IndexOf("\"phases\": [", StringComparison.Ordinal);
        return json[..cut] + "\"phases\": [ " + phases + " ] } ] }";
    }

    private static string Phase(string id, int from, int to, double experts) => string.Create(CultureInfo.InvariantCulture,
        $$"""{ "id": "{{id}}", "from": {{from}}, "to": {{to}}, "scheme": "S", "activities": { "expertPersonMonths": {{experts}} } }""");

    private static (IReadOnlyList<double> Capacity, IReadOnlyList<double> Embedded) Run(string json)
    {
        var result = Simulator.Run(TestScenarios.Resolve(json));
        return (result.Find("city", "water", "coop.capacity")!.Values, result.Find("city", "water", "coop.embeddedCapacity")!.Values);
    }

    [Property(MaxTest = 60)]
    public void Embedded_capacity_never_falls_and_lies_between_the_citys_own_and_its_capacity(
        byte ownership, byte leadership, byte turnover, byte initial, byte first, byte second)
    {
        var json = WithCapacity(ownership / 255.0, leadership / 255.0, turnover / 255.0, initial / 256.0,
            Phase("one", 2001, 2003, first / 4.0) + ", " + Phase("two", 2006, 2007, second));

        var (capacity, embedded) = Run(json);

        for (var t = 0; t < capacity.Count; t++)
        {
            Assert.True(embedded[t] >= initial / 256.0 - 1e-12, $"year {t}: embedded {embedded[t]} below the city's own");
            Assert.True(embedded[t] <= capacity[t] + 1e-12, $"year {t}: embedded {embedded[t]} above capacity {capacity[t]}");
            var before = embedded[Math.Max(0, t - 1)];
            Assert.True(embedded[t] >= before, $"year {t}: embedded fell from {before} to {embedded[t]}");
        }
    }

    [Property(MaxTest = 60)]
    public void Turnover_wears_only_the_part_not_embedded(byte ownership, byte turnover)
    {
        var o = ownership / 255.0;
        var d = turnover / 255.0;
        var (capacity, embedded) = Run(WithCapacity(o, 0.9, d, 0.2, Phase("one", 2001, 2003, 24)));

        // After the phase (2004 on, index 4) capacity falls by at most turnover × the part not embedded.
        for (var t = 5; t < capacity.Count; t++)
        {
            Assert.True(capacity[t] >= capacity[t - 1] - (d * (capacity[t - 1] - embedded[t - 1])) - 1e-12, $"year {t}");
        }
    }

    [Fact]
    public void A_city_that_owns_its_capacity_keeps_most_of_it_after_partners_leave()
    {
        var owned = Run(WithCapacity(0.95, 0.95, 0.05, 0.2, Phase("one", 2001, 2004, 24))).Capacity;
        var notOwned = Run(WithCapacity(0.3, 0.95, 0.05, 0.2, Phase("one", 2001, 2004, 24))).Capacity;

        static double Kept(IReadOnlyList<double> c) => (c[10] - 0.2) / (c[4] - 0.2);

        Assert.True(Kept(owned) > 0.85, $"kept {Kept(owned)} of its gain");
        Assert.True(Kept(owned) > Kept(notOwned), $"owned kept {Kept(owned)}, not owned {Kept(notOwned)}");
    }

    [Fact]
    public void Without_a_programme_embedded_capacity_is_the_citys_own()
    {
        var json = WithCapacity(0.9, 0.9, 0.1, 0.3, Phase("one", 2001, 2003, 0));

        var (capacity, embedded) = Run(json);

        Assert.All(capacity, c => Assert.Equal(0.3, c, 12));
        Assert.All(embedded, k => Assert.Equal(0.3, k, 12));
    }

    [Fact]
    public void Funding_is_per_year_and_a_phase_that_costs_more_than_its_funding_is_noted()
    {
        var result = Simulator.Run(TestScenarios.Resolve(TestScenarios.Minimal));
        var funding = result.Find("city", "water", "coop.funding")!;
        var cost = result.Find("city", "water", "coop.activityCost")!;

        Assert.Equal("USD/year", funding.Metric.Unit);
        Assert.Equal(1000, funding.Values[2], 9);
        Assert.Equal(10 * ActivityCosts.ExpertPersonMonth, cost.Values[2], 9);
        Assert.Equal(0, cost.Values[1]);
        Assert.Contains(result.Notes, n => n.Contains("phase 'one'", StringComparison.Ordinal) && n.Contains("more than its funding", StringComparison.Ordinal));
    }

    [Fact]
    public void A_phase_funded_for_its_activities_or_stating_no_funding_is_not_noted()
    {
        var enough = TestScenarios.Minimal.Replace("\"funding\": 4000", "\"funding\": 1000000", StringComparison.Ordinal);
        var unstated = TestScenarios.Minimal.Replace("\"funding\": 4000,", "", StringComparison.Ordinal);

        Assert.DoesNotContain(Simulator.Run(TestScenarios.Resolve(enough)).Notes, n => n.Contains("more than its funding", StringComparison.Ordinal));
        Assert.DoesNotContain(Simulator.Run(TestScenarios.Resolve(unstated)).Notes, n => n.Contains("more than its funding", StringComparison.Ordinal));
    }
}
