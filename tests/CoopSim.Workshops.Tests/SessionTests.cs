using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Tests.Shared;

namespace CoopSim.Workshops.Tests;

/// <summary>What a trainer's console drives: teams, decisions with reasons, rounds forward and back, the league, events.</summary>
public sealed class SessionTests
{
    private static readonly Exercise PhnomPenh = Workshops.Load(Workshops.PhnomPenh);
    private static readonly Exercise FirstSteps = Workshops.Load(Workshops.FirstSteps);

    [Fact]
    public void Teams_register_before_the_first_round_up_to_eight_with_distinct_names()
    {
        var session = Workshops.Start(FirstSteps);
        for (var i = 1; i <= WorkshopSession.MaxTeams; i++)
        {
            Assert.Null(session.RegisterTeam($"Team {i}").Problem);
        }

        Assert.Equal("a session has at most 8 teams", session.RegisterTeam("Team 9").Problem);
        Assert.Null(session.RemoveTeam("team-8"));
        Assert.Equal("'team 1!' is too like the name of team 'Team 1'", session.RegisterTeam("team 1!").Problem);
        Assert.Equal("a team's name needs at least one letter or digit", session.RegisterTeam(" -- ").Problem);
        foreach (var team in session.Teams)
        {
            Workshops.Decide(session, team.Name);
        }

        Workshops.Advance(session);
        Assert.Equal("teams are registered before the first round is played", session.RegisterTeam("Late").Problem);
    }

    [Fact]
    public void A_decision_that_cannot_be_played_says_why_for_each_card_and_for_the_budget()
    {
        var session = Workshops.Start(PhnomPenh, teams: "Blue");

        var check = session.Decide("blue", ["blocks-pilot", "telemetry", "experts-2x3", "experts-2x3", "water-audt"]);

        Assert.False(check.IsValid);
        Assert.Equal(
        [
            "'Adopt the block system in 2 districts' needs 'Water balance audit with one expert' played in an earlier round first",
            "'Telemetry monitoring of 10 blocks' can be played from round 'r3' (Blocks and meters (1999-2001))",
            "'Dispatch 2 experts for 3 years' is played twice; a card is played at most once a round",
            "there is no card 'water-audt'; did you mean 'water-audit'?",
            "the cards cost 780,000 USD; the team has 300,000 USD this round",
        ], check.Problems.Select(p => p.Text));
        Assert.Equal([0, 1, 3, 4, null], check.Problems.Select(p => p.Index));
        Assert.Null(session.Pending("blue"));
    }

    [Fact]
    public void The_card_list_shows_which_cards_a_team_can_play_and_why_not()
    {
        var session = Workshops.Start(PhnomPenh, teams: "Blue");

        var options = session.Cards("blue").ToDictionary(o => o.Card.Id);

        Assert.True(options["water-audit"].Playable);
        Assert.False(options["blocks-pilot"].Playable);
        Assert.Contains("needs 'Water balance audit with one expert'", options["blocks-pilot"].Reason, StringComparison.Ordinal);
        Assert.False(options["capacity-project"].Playable);
        Assert.Contains("from round 'r3'", options["capacity-project"].Reason, StringComparison.Ordinal);
        Assert.False(options["experts-2x3"].Playable);
        Assert.Equal("costs 360,000 USD; the team has 300,000 USD this round", options["experts-2x3"].Reason);
    }

    [Fact]
    public void A_scheme_deadline_and_a_play_limit_close_a_card()
    {
        var session = Workshops.Start(PhnomPenh, seed: 7, teams: "Blue");
        Workshops.Decide(session, "Blue", "apply-partnership");
        Workshops.Advance(session);

        Assert.Contains("may be played 1 time(s) in the exercise", session.Check("blue", ["apply-partnership"]).Problems[0].Text, StringComparison.Ordinal);
        Workshops.Decide(session, "Blue");
        Workshops.Advance(session);
        Workshops.Decide(session, "Blue");
        Workshops.Advance(session);
        var late = Workshops.Start(PhnomPenh, teams: "Green");
        for (var r = 0; r < 3; r++)
        {
            Workshops.Decide(late, "Green");
            Workshops.Advance(late);
        }

        Assert.Equal("'Apply to the JICA Partnership Program' is past its deadline: it could be played until round 'r3' (Blocks and meters (1999-2001))",
            late.Check("green", ["apply-partnership"]).Problems.Single().Text);
    }

    [Fact]
    public void A_round_is_played_only_when_every_team_has_decided()
    {
        var session = Workshops.Start(FirstSteps, teams: ["Blue", "Green"]);
        Workshops.Decide(session, "Blue", "schools-3");

        var outcome = session.Advance();

        Assert.False(outcome.Advanced);
        Assert.Equal(["team 'Green' has not decided (a decision may play no card)"], outcome.Problems);
        Assert.Equal(0, session.RoundsPlayed);
        Assert.Equal(["schools-3"], session.Pending("blue"));
    }

    [Fact]
    public void A_team_that_plays_no_card_follows_the_base_scenario()
    {
        var session = Workshops.Start(FirstSteps, teams: "Idle");
        foreach (var _ in FirstSteps.Rounds)
        {
            Workshops.Decide(session, "Idle");
            Workshops.Advance(session);
        }

        var baseline = Simulator.Run(FirstSteps.BaseScenario, session.Seed);
        var result = session.Result("idle")!;
        foreach (var series in result.Series)
        {
            var expected = baseline.Find(series.CityId, series.SectorId, series.Metric.Id)!;
            Assert.Equal(expected.Values.Take(series.Values.Count), series.Values);
        }
    }

    [Fact]
    public void Playing_a_round_never_changes_the_years_already_shown()
    {
        var session = Workshops.Start(PhnomPenh, teams: "Blue");
        Workshops.Decide(session, "Blue", "water-audit", "trainees-10");
        Workshops.Advance(session);
        var before = Workshops.Snapshot(session);

        Workshops.Decide(session, "Blue", "blocks-pilot", "trainees-10");
        Workshops.Advance(session);
        var after = Workshops.Snapshot(session).ToDictionary(s => s.Key, s => s.Values);

        foreach (var (key, values) in before.Where(s => after.ContainsKey(s.Key)))
        {
            Assert.Equal(values, after[key].Take(values.Length));
        }

        Assert.Equal(1998, session.SimulatedTo);
        Assert.Equal(6, session.Result("blue")!.Years.Count);
    }

    [Fact]
    public void Stepping_back_restores_the_rounds_decisions_to_replay_them_or_change_them()
    {
        var session = Workshops.Start(PhnomPenh, teams: "Blue");
        Workshops.Decide(session, "Blue", "water-audit");
        Workshops.Advance(session);
        var afterOne = Workshops.Snapshot(session);
        Workshops.Decide(session, "Blue", "blocks-pilot");
        Workshops.Advance(session);
        var afterTwo = Workshops.Snapshot(session);

        Assert.True(session.StepBack().SteppedBack);
        Assert.Equal(1, session.RoundsPlayed);
        Assert.Equal(["blocks-pilot"], session.Pending("blue"));
        Assert.Equal(afterOne.Select(s => s.Values), Workshops.Snapshot(session).Select(s => s.Values));

        Workshops.Advance(session);
        Assert.Equal(afterTwo.Select(s => s.Values), Workshops.Snapshot(session).Select(s => s.Values));

        Assert.True(session.StepBack().SteppedBack);
        Workshops.Decide(session, "Blue", "experts-2x3");
        Workshops.Advance(session);
        var nrw = session.Result("blue")!.Find("phnom-penh", "water", "nrw")!;
        var earlier = afterTwo.Single(s => s.Key == "blue/phnom-penh/water/nrw").Values;
        Assert.Equal(earlier.Take(3), nrw.Values.Take(3));
        Assert.NotEqual(earlier[5], nrw.Values[5]);
    }

    [Fact]
    public void Participants_see_only_events_revealed_so_far_while_the_trainer_sees_every_one()
    {
        var session = Workshops.Start(PhnomPenh, teams: ["Blue", "Green"]);

        Assert.Empty(session.Events(WorkshopViewer.Participant));
        var trainer = session.Events(WorkshopViewer.Trainer);
        Assert.Equal(PhnomPenh.Events.Count, trainer.Count);
        Assert.All(trainer, e => Assert.False(e.Revealed));

        for (var r = 0; r < 2; r++)
        {
            Workshops.Decide(session, "Blue");
            Workshops.Decide(session, "Green");
            Workshops.Advance(session);
        }

        // Round r3 is now being decided: its events are revealed, r4's are not.
        var seen = session.Events(WorkshopViewer.Participant);
        Assert.All(seen, e => Assert.True(e.Round.Index <= 2 && e.Happens && e.Reaches.Count > 0));
        Assert.DoesNotContain(seen, e => e.Event.Id == "dispatch-cut");
        Assert.Contains(session.Events(WorkshopViewer.Trainer), e => e.Event.Id == "dispatch-cut" && !e.Revealed);
    }

    [Fact]
    public void An_event_for_teams_that_played_a_card_reaches_only_them_and_changes_their_budget()
    {
        var session = Workshops.Start(PhnomPenh, teams: ["Blue", "Green"]);
        string[][] blue = [["water-audit"], ["blocks-pilot"], ["telemetry"]];
        for (var r = 0; r < 3; r++)
        {
            Workshops.Decide(session, "Blue", blue[r]);
            Workshops.Decide(session, "Green");
            Workshops.Advance(session);
        }

        var gift = session.Events(WorkshopViewer.Participant).Single(e => e.Event.Id == "telemeters-gift");
        Assert.Equal(["Blue"], gift.Reaches.Select(t => t.Name));
        Assert.Equal(700000, session.Ledger("blue").Budget(3).Available);
        Assert.Equal(600000, session.Ledger("green").Budget(3).Available);
    }

    [Fact]
    public void A_funding_cut_event_stops_the_activities_its_scheme_pays_for()
    {
        // Find a seed where the 30% expert-dispatch cut happens, then compare with one where it does not.
        var cut = PhnomPenh.Events.Single(e => e.Id == "dispatch-cut");
        var withCut = Enumerable.Range(1, 200).First(s => WorkshopRandom.EventOccurs(s, cut));
        var without = Enumerable.Range(1, 200).First(s => !WorkshopRandom.EventOccurs(s, cut));

        IReadOnlyList<double> Experts(int seed)
        {
            var session = Workshops.Start(PhnomPenh, seed: seed, teams: "Blue");
            string[][] decisions = [[], [], ["experts-2x3"], []];
            foreach (var cards in decisions)
            {
                Workshops.Decide(session, "Blue", cards);
                Workshops.Advance(session);
            }

            return session.Result("blue")!.Find("phnom-penh", "water", "coop.expertPersonMonths")!.Values;
        }

        // experts-2x3 played in r3 (1999-2001) runs 1999-2001 either way; a cut from r4 (2002) cannot shorten it.
        Assert.Equal(Experts(without), Experts(withCut));

        IReadOnlyList<double> LongExperts(int seed)
        {
            var session = Workshops.Start(PhnomPenh, seed: seed, teams: "Blue");
            string[][] decisions = [["water-audit"], [], ["blocks-pilot"], [], []];
            foreach (var cards in decisions.Take(3))
            {
                Workshops.Decide(session, "Blue", cards);
                Workshops.Advance(session);
            }

            Workshops.Decide(session, "Blue", "telemetry");
            Workshops.Advance(session);
            return session.Result("blue")!.Find("phnom-penh", "water", "coop.expertPersonMonths")!.Values;
        }

        // telemetry (JICA expert dispatch) played in r4 starts in 2002: the cut from 2002 stops it before it begins.
        var kept = LongExperts(without);
        var stopped = LongExperts(withCut);
        Assert.Equal(12, kept[2002 - 1993]);
        Assert.Equal(0, stopped[2002 - 1993]);
    }

    [Fact]
    public void An_approved_grant_adds_to_the_next_rounds_budgets_and_a_refused_one_does_not()
    {
        var card = PhnomPenh.Card("apply-partnership")!;
        var round = PhnomPenh.Rounds[0];
        var approved = Enumerable.Range(1, 200).First(s => WorkshopRandom.GrantApproved(s, "blue", round, card));
        var refused = Enumerable.Range(1, 200).First(s => !WorkshopRandom.GrantApproved(s, "blue", round, card));

        RoundBudget Second(int seed)
        {
            var session = Workshops.Start(PhnomPenh, seed: seed, teams: "Blue");
            Workshops.Decide(session, "Blue", "apply-partnership");
            Workshops.Advance(session);
            return session.Ledger("blue").Budget(1);
        }

        Assert.Equal(700000, Second(approved).Available);
        var denied = Second(refused);
        Assert.Equal(400000, denied.Available);
        Assert.Equal("not approved", denied.Grants.Single().Withheld);
    }

    [Fact]
    public void The_league_ranks_by_targets_then_places_on_the_scores_and_shows_the_real_city()
    {
        var session = Workshops.Start(PhnomPenh, teams: ["Idle", "Busy"]);
        Workshops.Decide(session, "Idle");
        Workshops.Decide(session, "Busy", "water-audit", "trainees-10");
        Workshops.Advance(session);

        var league = session.League();

        Assert.Equal(1995, league.Year);
        Assert.Equal(["Busy", "Idle"], league.Rows.Select(r => r.Team.Name));
        Assert.Equal([1, 2], league.Rows.Select(r => r.Rank));
        // Busy is better on NRW, coverage and capacity; the water its practice saved connected more
        // people first, so it supplies them a little less than Idle's hours (docs/models/water.md, "Monotonicity").
        Assert.Equal([5, 7], league.Rows.Select(r => r.Places));
        Assert.True(league.Rows[0].Values[2] < league.Rows[1].Values[2]);
        Assert.Equal(160000, league.Rows[0].BudgetSpent);
        Assert.True(league.Rows[0].Values[0] < league.Rows[1].Values[0]);
        Assert.NotNull(league.History);
        var history = MetricPaths.History(PhnomPenh, PhnomPenh.Scores[0])!;
        Assert.Equal(1993, history.Years[0]);
        Assert.Equal(2007, history.Years[^1]);
        Assert.Equal(0.72, history.Values[0], 6);
    }

    [Fact]
    public void The_league_rule_names_every_tie_break_in_the_order_the_table_applies_them()
    {
        var session = Workshops.Start(PhnomPenh, teams: ["Blue", "Green"]);
        Workshops.Decide(session, "Blue");
        Workshops.Decide(session, "Green");
        Workshops.Advance(session);

        var rule = WorkshopText.LeagueRule(session.League());

        Assert.Equal("Ranked by targets met, then by places (each team's place on every score, added up: fewer is better), " +
                     "then by Non-revenue water (lower is better), then by less budget spent.", rule);
    }

    [Fact]
    public void A_teams_scenario_is_an_ordinary_scenario_file_that_coopsim_can_run()
    {
        var session = Workshops.Start(PhnomPenh, teams: "Blue");
        Workshops.Decide(session, "Blue", "water-audit", "keep-staff");
        Workshops.Advance(session);
        Workshops.Decide(session, "Blue", "blocks-pilot");
        Workshops.Advance(session);
        using var folder = new TempFolder();

        var path = folder.File("blue.json", session.TeamScenarioText("blue", folder.Path));
        // It extends the base scenario outside its own folder, so that folder must be trusted (docs/scenarios.md).
        var compilation = ScenarioCompiler.Load(path, BundledPlugins.Catalog, [Path.GetDirectoryName(session.Exercise.BaseScenarioPath)!]);

        Assert.True(compilation.IsValid, string.Join(Environment.NewLine, compilation.Problems));
        Assert.Equal(1998, compilation.Scenario!.EndYear);
        Assert.Equal(session.Result("blue")!.Find("phnom-penh", "water", "nrw")!.Values,
            Simulator.Run(compilation.Scenario).Find("phnom-penh", "water", "nrw")!.Values);
    }
}
