using CoopSim.Tests.Shared;

namespace CoopSim.Workshops.Tests;

/// <summary>
/// What the short exercise's rehearsal teaches (docs/workshops.md, "Rehearsals"), checked against the
/// exercise's own targets and by comparing the rehearsal teams with each other, never against values
/// copied from a run.
/// </summary>
public sealed class FirstStepsLessonTests
{
    private const string CapacityFirst = "Capacity first";
    private const string WithoutOwnership = "Capacity without ownership";
    private const string EquipmentOnly = "Equipment only";
    private const string SpreadThin = "Spread thin";
    private const string ExpertsLate = "Experts, equipment late";

    private static readonly Exercise Exercise = Workshops.Load(Workshops.FirstSteps);
    private static readonly WorkshopSession Rehearsal = Play();
    private static readonly LeagueTable League = Rehearsal.League();

    private static WorkshopSession Play()
    {
        var outcome = HeadlessPlay.Run(Exercise, BundledPlugins.Catalog, Workshops.DecisionsPath(Workshops.FirstSteps));
        Assert.True(outcome.Finished, string.Join(Environment.NewLine, outcome.Problems));
        return outcome.Session!;
    }

    private static LeagueRow Row(string team) => League.Rows.Single(r => r.Team.Name == team);

    private static int Score(string metric) => Exercise.Scores.ToList().FindIndex(s => s.SectorId == "water" && s.MetricId == metric);

    private static IReadOnlyList<int> Targeted =>
        Enumerable.Range(0, Exercise.Scores.Count).Where(i => Exercise.Scores[i].Target is not null).ToList();

    private static double At(string team, string sector, string metric, int year) =>
        Rehearsal.Result(WorkshopTeam.IdFor(team))!.Find(Exercise.CityId, sector, metric)!.At(year);

    [Fact]
    public void The_rehearsal_has_the_strategies_the_lessons_compare_over_at_least_two_scored_sectors()
    {
        Assert.Equal([CapacityFirst, WithoutOwnership, EquipmentOnly, SpreadThin, ExpertsLate], Rehearsal.Teams.Select(t => t.Name));
        Assert.True(Exercise.Scores.Where(s => s.Target is not null).Select(s => s.SectorId).Distinct().Count() >= 2);
    }

    [Fact]
    public void Capacity_first_meets_every_target_and_every_other_strategy_misses_one_and_ranks_below_it()
    {
        var winner = League.Rows[0];

        Assert.Equal(CapacityFirst, winner.Team.Name);
        Assert.Equal(Targeted.Count, winner.TargetsMet);
        Assert.All(League.Rows.Skip(1), r => Assert.True(r.TargetsMet < Targeted.Count && r.Rank > 1, $"{r.Team.Name} meets {r.TargetsMet} targets, rank {r.Rank}"));
    }

    [Fact]
    public void Building_capacity_before_equipment_beats_buying_more_equipment_alone()
    {
        var capacity = Row(CapacityFirst);
        var equipment = Row(EquipmentOnly);

        // Equipment only meters more of the network and spends at least as much ...
        Assert.True(At(EquipmentOnly, "water", "blockedShare", Exercise.LastYear) > At(CapacityFirst, "water", "blockedShare", Exercise.LastYear));
        Assert.True(equipment.BudgetSpent >= capacity.BudgetSpent);

        // ... and is worse on every targeted score, missing the water targets Capacity first meets.
        Assert.All(Targeted, i => Assert.True(Exercise.Scores[i].CompareBetter(capacity.Values[i], equipment.Values[i]) < 0, Exercise.Scores[i].Label));
        Assert.False(Exercise.Scores[Score("nrw")].Meets(equipment.Values[Score("nrw")]));
        Assert.False(Exercise.Scores[Score("coverage")].Meets(equipment.Values[Score("coverage")]));
    }

    [Fact]
    public void Equipment_acts_in_its_first_year_and_capacity_first_leads_on_water_losses_at_the_end()
    {
        var firstYear = Exercise.Rounds[0].From;
        var nrw = (string team) => At(team, "water", "nrw", firstYear);

        Assert.Contains(Rehearsal.Teams, t => nrw(t.Name) < nrw(CapacityFirst));
        Assert.Equal(CapacityFirst, League.Rows.MinBy(r => r.Values[Score("nrw")])!.Team.Name);
    }

    [Fact]
    public void Capacity_without_equipment_lowers_water_losses_later_than_capacity_with_it()
    {
        var endOfRoundTwo = Exercise.Rounds[1].To;
        var experts = Row(ExpertsLate);

        // The most capacity of any team; no blocks or crews until the last round, yet its own practice
        // has lowered NRW below the team that bought equipment alone, though not as far as Capacity first.
        Assert.Equal(ExpertsLate, League.Rows.MaxBy(r => r.Values[Score("coop.capacity")])!.Team.Name);
        Assert.True(At(ExpertsLate, "water", "nrw", endOfRoundTwo) < At(EquipmentOnly, "water", "nrw", endOfRoundTwo));
        Assert.True(At(ExpertsLate, "water", "nrw", endOfRoundTwo) > At(CapacityFirst, "water", "nrw", endOfRoundTwo));
        Assert.True(Exercise.Scores[Score("nrw")].Meets(experts.Values[Score("nrw")]));
    }

    [Fact]
    public void A_utility_that_does_not_own_the_programme_loses_what_it_built_when_the_manager_changes()
    {
        // The two teams differ only by the ownership card.
        var ownership = Exercise.Cards.Single(c => c.Capacity is { Ownership: not null } && c.SectorId == "water").Id;
        for (var r = 0; r < Exercise.Rounds.Count; r++)
        {
            Assert.Equal(Rehearsal.Decisions(WorkshopTeam.IdFor(CapacityFirst), r).Where(c => c != ownership),
                Rehearsal.Decisions(WorkshopTeam.IdFor(WithoutOwnership), r));
        }

        var test = Exercise.Events.Single(e => e.UnlessPlayed.Contains(ownership));
        var reached = Rehearsal.Events(WorkshopViewer.Trainer).Single(e => e.Event.Id == test.Id).Reaches.Select(t => t.Name).ToList();
        Assert.Contains(WithoutOwnership, reached);
        Assert.DoesNotContain(CapacityFirst, reached);

        // From the event on, the team without ownership loses capacity every year and stays below the owner.
        var from = Exercise.Rounds[test.Round].From;
        for (var year = from; year <= Exercise.LastYear; year++)
        {
            Assert.True(At(WithoutOwnership, "water", "coop.capacity", year) < At(WithoutOwnership, "water", "coop.capacity", year - 1));
            Assert.True(At(WithoutOwnership, "water", "coop.capacity", year) < At(CapacityFirst, "water", "coop.capacity", year));
        }

        var owner = Row(CapacityFirst);
        var other = Row(WithoutOwnership);
        Assert.True(other.Values[Score("nrw")] > owner.Values[Score("nrw")]);
        Assert.True(other.Values[Score("coverage")] < owner.Values[Score("coverage")]);
        Assert.True(other.TargetsMet < owner.TargetsMet);
    }

    [Fact]
    public void Work_the_partners_schemes_pay_for_ends_with_their_phases_and_capacity_stops_growing()
    {
        // In the last round only the city's own budget remains: no card a scheme pays for can be played.
        var session = Workshops.Start(Exercise, teams: "Blue");
        for (var r = 0; r < Exercise.Rounds.Count - 1; r++)
        {
            Workshops.Decide(session, "Blue");
            Workshops.Advance(session);
        }

        var funded = session.Cards("blue").Where(o => o.Card.Scheme != "team budget" && o.Card.Grant is null).ToList();
        Assert.NotEmpty(funded);
        Assert.All(funded, o => Assert.Contains("past its deadline", o.Reason, StringComparison.Ordinal));

        // So in the rehearsal no team's water capacity grows in the last round.
        var lastRound = Exercise.Rounds[^1];
        Assert.All(Rehearsal.Teams, t =>
            Assert.True(At(t.Name, "water", "coop.capacity", lastRound.To) <= At(t.Name, "water", "coop.capacity", lastRound.From - 1), t.Name));
    }

    [Fact]
    public void Model_schools_replicate_only_from_schools_that_ran_first_and_carry_awareness_further()
    {
        var replication = Exercise.Cards.Single(c => c.Requires.Count > 0 && c.SectorId == "education");
        var session = Workshops.Start(Exercise, teams: "Blue");
        Assert.Contains($"needs '{Exercise.Card(replication.Requires[0])!.Name}'", session.Check("blue", [replication.Id]).Problems.Single().Text, StringComparison.Ordinal);

        // Every rehearsal team that replicated its model schools ends more aware than every team that did not.
        bool Replicated(WorkshopTeam t) => Enumerable.Range(0, Exercise.Rounds.Count).Any(r => Rehearsal.Decisions(t.Id, r).Contains(replication.Id));
        var awareness = (WorkshopTeam t) => At(t.Name, "education", "awareness", Exercise.LastYear);
        var replicated = Rehearsal.Teams.Where(Replicated).ToList();
        var others = Rehearsal.Teams.Where(t => !Replicated(t)).ToList();
        Assert.NotEmpty(replicated);
        Assert.NotEmpty(others);
        Assert.True(replicated.Min(awareness) > others.Max(awareness));
    }
}
