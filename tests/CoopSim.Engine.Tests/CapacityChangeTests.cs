using CoopSim.Engine.Cooperation;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using FsCheck.Xunit;

namespace CoopSim.Engine.Tests;

/// <summary>Scenario key <c>capacityChanges</c>: capacity settings that change from a year on.</summary>
public sealed class CapacityChangeTests
{
    private const string Settings = "\"initialNrw\": 0.5 } } }";

    private static string WithCityCapacity(string changes) => TestScenarios.Minimal
        .Replace(Settings, "\"initialNrw\": 0.5 }, \"capacity\": { \"ownership\": 0.5, \"leadership\": 0.5, \"turnover\": 0.1 } } }", StringComparison.Ordinal)
        .Replace("\"programmes\": [", $"\"capacityChanges\": [ {changes} ],\n  \"programmes\": [", StringComparison.Ordinal);

    private static IReadOnlyList<double> Capacity(string json, string metric = "coop.capacity") =>
        Simulator.Run(TestScenarios.Resolve(json)).Find("city", "water", metric)!.Values;

    private static IReadOnlyList<string> ProblemsOf(string changes) =>
        TestScenarios.Compile(WithCityCapacity(changes)).Problems.Select(p => $"{p.JsonPath}: {p.Message}").ToList();

    [Fact]
    public void A_new_leader_changes_capacity_from_that_year_on_and_not_before()
    {
        var without = Capacity(WithCityCapacity(""));
        var with = Capacity(WithCityCapacity("""{ "city": "city", "sector": "water", "fromYear": 2004, "leadership": 0.95 }"""));
        var embedded = Capacity(WithCityCapacity("""{ "city": "city", "sector": "water", "fromYear": 2004, "leadership": 0.95 }"""), "coop.embeddedCapacity");

        // Years 2000-2003 are indices 0-3: untouched. The phase runs 2002-2005 with 10 person-months a year.
        Assert.Equal(without.Take(4), with.Take(4));
        var settings = new CapacitySettings(0.2, 0.5, 0.95, 0.1);
        Assert.Equal(CapacityModel.Next(with[3], embedded[3], 10, settings), with[4], 12);
        Assert.True(with[4] > without[4]);
    }

    [Fact]
    public void Turnover_from_a_year_wears_capacity_faster_once_activity_stops()
    {
        var without = Capacity(WithCityCapacity(""));
        var with = Capacity(WithCityCapacity("""{ "city": "city", "sector": "water", "fromYear": 2006, "turnover": 0.5 }"""));

        Assert.Equal(without.Take(6), with.Take(6));
        Assert.All(Enumerable.Range(6, 5), t => Assert.True(with[t] < without[t], $"year index {t}"));
        Assert.All(with, c => Assert.True(c >= 0.2 - 1e-12, "never below the city's own baseline"));
    }

    [Fact]
    public void Later_changes_build_on_earlier_ones_and_keep_unset_values()
    {
        var settings = new CapacitySettings(0.2, 0.5, 0.5, 0.1);
        var schedule = CapacityChange.Schedule(settings,
        [
            new CapacityChange("c", "s", 2005, Ownership: null, Leadership: 0.9, Turnover: null),
            new CapacityChange("c", "s", 2002, Ownership: 0.7, Leadership: null, Turnover: null),
        ], startYear: 2000, years: 8);

        Assert.Equal(settings, schedule[1]);
        Assert.Equal(settings with { Ownership = 0.7 }, schedule[2]);
        Assert.Equal(settings with { Ownership = 0.7, Leadership = 0.9 }, schedule[5]);
        Assert.Equal(schedule[5], schedule[7]);
    }

    [Property(MaxTest = 30)]
    public void A_change_to_the_values_already_in_force_changes_nothing(byte year)
    {
        var fromYear = 2000 + (year % 11);
        var same = $$"""{ "city": "city", "sector": "water", "fromYear": {{fromYear}}, "ownership": 0.5, "leadership": 0.5, "turnover": 0.1 }""";

        Assert.Equal(Capacity(WithCityCapacity("")), Capacity(WithCityCapacity(same)));
    }

    [Fact]
    public void Bad_changes_are_refused_with_their_json_path()
    {
        var problems = ProblemsOf("""
            { "city": "cty", "sector": "water", "fromYear": 2001, "ownership": 0.9 },
            { "city": "partner", "sector": "water", "fromYear": 2001, "ownership": 0.9 },
            { "city": "city", "sector": "water", "fromYear": 2020, "leadership": 1.5 },
            { "city": "city", "sector": "water", "fromYear": 2003 }
            """);

        Assert.Contains(problems, p => p.StartsWith("$.capacityChanges[0].city: unknown city 'cty'; did you mean 'city'?", StringComparison.Ordinal));
        Assert.Contains("$.capacityChanges[1].sector: city 'partner' does not simulate sector 'water'; it simulates no sector", problems);
        Assert.Contains("$.capacityChanges[2].fromYear: year 2020 is outside the simulated years 2000-2010", problems);
        Assert.Contains("$.capacityChanges[2].leadership: leadership 1.5 is outside [0, 1]; it is a fraction", problems);
        Assert.Contains("$.capacityChanges[3]: the change sets nothing; give ownership, leadership or turnover", problems);
    }
}
