using CoopSim.Tests.Shared;

namespace CoopSim.Workshops.Tests;

/// <summary>A full headless play of each bundled exercise from its rehearsal decisions, and a debrief of it.</summary>
public sealed class HeadlessPlayTests
{
    public static TheoryData<string> Bundled()
    {
        var data = new TheoryData<string>();
        foreach (var name in Workshops.All())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Bundled))]
    public void Each_bundled_exercise_plays_to_its_end_from_its_rehearsal_decisions(string name)
    {
        var exercise = Workshops.Load(name);

        var outcome = HeadlessPlay.Run(exercise, BundledPlugins.Catalog, Workshops.DecisionsPath(name));

        // A problem names the decisions file, the JSON path of the card and why it cannot be played.
        Assert.True(outcome.Finished, string.Join(Environment.NewLine, outcome.Problems));
        var session = outcome.Session!;
        Assert.InRange(session.Teams.Count, 2, WorkshopSession.MaxTeams);
        Assert.Equal(exercise.LastYear, session.SimulatedTo);
        var league = session.League();
        Assert.Equal(session.Teams.Count, league.Rows.Count);
        Assert.All(league.Rows, r => Assert.All(r.Values, v => Assert.True(double.IsFinite(v))));
        foreach (var score in exercise.Scores)
        {
            Assert.Equal(session.Teams.Count, MetricPaths.Teams(session, score).Count);
        }

        // Teams that played differently end differently: the cards reach the models.
        Assert.True(league.Rows.Select(r => r.Values[0]).Distinct().Count() > 1, "every team ended with the same first score");
    }

    [Theory]
    [MemberData(nameof(Bundled))]
    public void Every_target_of_a_bundled_exercise_is_met_by_some_rehearsal_team_and_missed_by_another(string name)
    {
        var exercise = Workshops.Load(name);
        var league = HeadlessPlay.Run(exercise, BundledPlugins.Catalog, Workshops.DecisionsPath(name)).Session!.League();

        // A target no strategy reaches, or every strategy reaches, teaches nothing about the strategies.
        for (var i = 0; i < exercise.Scores.Count; i++)
        {
            var score = exercise.Scores[i];
            if (score.Target is null)
            {
                continue;
            }

            var met = league.Rows.Where(r => score.Meets(r.Values[i])).Select(r => r.Team.Name).ToList();
            Assert.True(met.Count > 0 && met.Count < league.Rows.Count,
                $"{name}: target of '{score.Label}' is met by {met.Count} of {league.Rows.Count} rehearsal teams");
        }
    }

    [Theory]
    [InlineData(Workshops.PhnomPenh, "People first")]
    [InlineData(Workshops.Surabaya, "Households and cadres")]
    [InlineData(Workshops.FirstSteps, "Capacity first")]
    public void The_rehearsal_strategy_that_follows_the_cases_wins_the_league(string name, string team)
    {
        // docs/workshops.md, "Rehearsals": capacity, a demonstration, then replication (Phnom Penh);
        // technology that fits, cadres for ownership, trainees for leadership, centres fed by separation (Surabaya);
        // an owned programme building capacity with a demonstration before equipment (First steps, FirstStepsLessonTests).
        var exercise = Workshops.Load(name);
        var league = HeadlessPlay.Run(exercise, BundledPlugins.Catalog, Workshops.DecisionsPath(name)).Session!.League();

        var winner = league.Rows.First();
        Assert.Equal(team, winner.Team.Name);
        Assert.Equal(exercise.Scores.Count(s => s.Target is not null), winner.TargetsMet);
    }

    [Theory]
    [MemberData(nameof(Bundled))]
    public void The_debrief_has_the_league_every_score_the_rounds_and_the_questions(string name)
    {
        var exercise = Workshops.Load(name);
        var session = HeadlessPlay.Run(exercise, BundledPlugins.Catalog, Workshops.DecisionsPath(name)).Session!;

        var debrief = DebriefReport.Build(session, "rehearsal.json");

        Assert.Contains($"# Debrief: {exercise.Name}", debrief.Markdown, StringComparison.Ordinal);
        Assert.Contains($"{exercise.Rounds.Count} of {exercise.Rounds.Count} rounds played ({exercise.Rounds[0].From}-{exercise.LastYear}", debrief.Markdown, StringComparison.Ordinal);
        Assert.All(session.Teams, t => Assert.Contains($"| {t.Name} |", debrief.Markdown, StringComparison.Ordinal));
        Assert.All(exercise.Scores, s => Assert.Contains($"### {s.Label}", debrief.Markdown, StringComparison.Ordinal));
        Assert.All(exercise.Rounds, r => Assert.Contains($"### {r.Name} ({r.From}-{r.To})", debrief.Markdown, StringComparison.Ordinal));
        Assert.All(exercise.DebriefQuestions, q => Assert.Contains(q, debrief.Markdown, StringComparison.Ordinal));
        Assert.Equal(exercise.Scores.Count + 1, debrief.Charts.Count);
        Assert.All(debrief.Charts, c => Assert.Contains($"]({c.FileName})", debrief.Markdown, StringComparison.Ordinal));
        if (exercise.History?.Run is not null)
        {
            Assert.Contains(debrief.Charts, c => c.Chart.Lines.Any(l => l.IsReference));
        }
    }

    [Fact]
    public void A_team_whose_line_is_drawn_over_another_identical_one_is_named_with_it_in_the_legend()
    {
        var exercise = Workshops.Load(Workshops.FirstSteps);
        var session = Workshops.Start(exercise, teams: ["Blue", "Green", "Red"]);
        foreach (var _ in exercise.Rounds)
        {
            Workshops.Decide(session, "Blue");
            Workshops.Decide(session, "Green", "cadres-1000");
            Workshops.Decide(session, "Red");
            Workshops.Advance(session);
        }

        var debrief = DebriefReport.Build(session);

        // Blue and Red play nothing: every path of theirs is the same, and Red's line hides Blue's.
        // Green's neighbourhood volunteers change waste, not water.
        var nrw = debrief.Charts.Single(c => c.FileName.EndsWith("water-nrw.png", StringComparison.Ordinal)).Chart;
        Assert.Equal(["Blue", "Green (same as Blue)", "Red (same as Blue)"], nrw.Lines.Where(l => !l.IsReference).Select(l => l.Label));
        var diversion = debrief.Charts.Single(c => c.FileName.EndsWith("waste-diversion.png", StringComparison.Ordinal)).Chart;
        Assert.Equal(["Blue", "Green", "Red (same as Blue)"], diversion.Lines.Where(l => !l.IsReference).Select(l => l.Label));
        var budget = debrief.Charts.Single(c => c.FileName.EndsWith("budget-spent.png", StringComparison.Ordinal)).Chart;
        Assert.Equal(["Blue", "Green", "Red (same as Blue)"], budget.Lines.Select(l => l.Label));
    }

    [Fact]
    public void A_card_a_team_cannot_play_stops_the_play_at_its_place_in_the_decisions_file()
    {
        var exercise = Workshops.Load(Workshops.FirstSteps);
        using var folder = new TempFolder();
        var text = """
            {
              "teams": [
                { "name": "Blue", "rounds": { "r1": ["water-experts"], "r2": ["blocks-10", "compost-centres-2", "leak-crews", "water-experts"] } }
              ]
            }
            """;
        var path = folder.File("decisions.json", text);

        var outcome = HeadlessPlay.Run(exercise, BundledPlugins.Catalog, path);

        Assert.False(outcome.Finished);
        Assert.Equal(1, outcome.Session!.RoundsPlayed);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("$.teams[0].rounds.r2", problem.JsonPath);
        Assert.StartsWith("team 'Blue', round 'r2': the cards cost 780,000 USD; the team has ", problem.Message, StringComparison.Ordinal);
        var line = text.Split('\n')[2];
        Assert.Equal((3, line.IndexOf("[\"blocks-10\"", StringComparison.Ordinal) + 1), (problem.Location.Line, problem.Location.Column));
    }

    [Fact]
    public void An_unknown_round_in_a_decisions_file_is_named_with_the_exercises_rounds()
    {
        var exercise = Workshops.Load(Workshops.FirstSteps);
        using var folder = new TempFolder();
        var path = folder.File("decisions.json", """{ "teams": [ { "name": "Blue", "rounds": { "round1": [] } } ] }""");

        var outcome = HeadlessPlay.Run(exercise, BundledPlugins.Catalog, path);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("$.teams[0].rounds.round1", problem.JsonPath);
        Assert.Equal("the exercise has no round 'round1' (rounds: r1, r2, r3)", problem.Message);
    }
}
