using CoopSim.Engine.Reporting;
using CoopSim.Engine.Reporting.Charts;
using CoopSim.Tui.Tests.Fixtures;
using CoopSim.Tui.ViewModels.Trainer;
using CoopSim.Workshops;

namespace CoopSim.Tui.Tests.ViewModels.Trainer;

public sealed class StandingsTests : IDisposable
{
    private readonly WorkshopFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private TrainerConsole PlayedRounds(int rounds)
    {
        var console = _folder.Console(teams: ["Blue", "Green"]);
        (string, string[])[][] plays =
        [
            [("Blue", ["audit", "trainees"]), ("Green", [])],
            [("Blue", ["blocks", "keep-staff"]), ("Green", ["audit"])],
            [("Blue", ["telemetry"]), ("Green", ["blocks"])],
        ];
        foreach (var round in plays.Take(rounds))
        {
            Play.Round(console, round);
        }

        return console;
    }

    [Fact]
    public void The_league_table_shows_the_sessions_ranking_with_shares_in_percent()
    {
        var console = PlayedRounds(1);
        var league = console.Session.League();

        var table = console.Standings.Table();

        Assert.Equal(["#", "team", "Non-revenue water (%)", "Utility capacity (%)", "targets", "spent (USD)", "places"], table.Columns);
        Assert.Equal(league.Rows.Select(r => r.Team.Name), table.Rows.Select(r => r[1]));
        var first = league.Rows[0];
        Assert.Equal(DisplayUnits.Format(first.Values[0], "fraction"), table.Rows[0][2]);
        Assert.Equal($"{first.TargetsMet} of 2", table.Rows[0][4]);
        Assert.Equal(DisplayUnits.Format(first.BudgetSpent, "USD"), table.Rows[0][5]);
        Assert.Equal("League after round 1 of 3 (1998)", console.Standings.LeagueTitle);
    }

    [Fact]
    public void Before_the_last_round_nothing_of_the_real_city_is_shown_and_after_it_its_path_is()
    {
        var console = PlayedRounds(2);
        var during = console.Standings.Chart(0);

        Play.Round(console, ("Blue", ["telemetry"]), ("Green", ["blocks"]));
        var after = console.Standings.Chart(0);

        Assert.DoesNotContain(during.Lines, l => l.IsReference);
        Assert.Empty(during.Points);
        Assert.DoesNotContain(console.Standings.Table().Rows.SkipLast(1), r => r[1] == "River Town with its partner");
        var history = Assert.Single(after.Lines, l => l.IsReference);
        Assert.Equal("River Town with its partner", history.Label);
        Assert.All(after.Years(), year => Assert.True(double.IsFinite(history.At(year))));
        var observed = Assert.Single(after.Points);
        Assert.Equal(1993, observed.Year);
        Assert.Equal(72, observed.Value, 9);
        Assert.Equal("River Town with its partner", console.Standings.Table().Rows[^1][1]);
    }

    [Fact]
    public void A_score_chart_has_a_line_per_team_to_the_last_played_year_in_percent_and_the_target()
    {
        var console = PlayedRounds(2);

        var chart = console.Standings.Chart(0);

        Assert.Equal("%", chart.YLabel);
        Assert.Equal(Enumerable.Range(1993, 18), chart.Years());
        var blue = chart.Lines.Single(l => l.Label == "Blue");
        var nrw = console.Session.Result("blue")!.Find("river-town", "water", "nrw")!;
        Assert.Equal(nrw.At(2004) * 100, blue.At(2004), 9);
        Assert.True(double.IsNaN(blue.At(2005)));
        Assert.Equal(60, chart.Target!.Value, 9);
        Assert.Contains("at most 60.0 %", chart.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_budget_chart_ends_at_what_each_team_has_spent()
    {
        var console = PlayedRounds(2);

        var chart = console.Standings.Chart(console.Standings.ChartTitles.Count - 1);

        Assert.Equal("USD", chart.YLabel);
        var spent = chart.Lines.Single(l => l.Label == "Blue").Values.Where(double.IsFinite).Last();
        Assert.Equal(console.Session.Ledger("blue").SpentBefore(2), spent);
        Assert.Equal(new[] { "audit", "trainees", "blocks", "keep-staff" }.Sum(id => console.Exercise.Card(id)!.Cost), spent);
    }

    [Fact]
    public void Cycling_the_charts_goes_through_every_score_then_budget_and_wraps()
    {
        var console = PlayedRounds(1);
        var standings = console.Standings;

        var seen = Enumerable.Range(0, standings.ChartTitles.Count).Select(_ =>
        {
            var title = standings.ChartTitles[standings.ChartIndex];
            standings.CycleChart(+1);
            return title;
        }).ToList();

        Assert.Equal(["Non-revenue water", "Utility capacity", "Budget spent"], seen);
        Assert.Equal(0, standings.ChartIndex);
        standings.CycleChart(-1);
        Assert.Equal(2, standings.ChartIndex);
        Assert.True(standings.ShowChart);
        Assert.Equal("USD", standings.Chart().YLabel);
    }

    [Fact]
    public void The_standings_draw_the_debriefs_chart_descriptions_over_the_exercises_years()
    {
        var console = PlayedRounds(3);
        var debrief = DebriefReport.Build(console.Session).Charts;

        var score = console.Standings.Chart(0);
        var budget = console.Standings.Chart(console.Standings.ChartTitles.Count - 1);

        var reported = debrief[0].Chart;
        Assert.True(reported.Lines.Count == score.Lines.Count && reported.Lines.Zip(score.Lines).All(p => p.First.SameAs(p.Second)));
        Assert.Equal(reported.Points, score.Points);
        Assert.Equal(reported.Target, score.Target);
        Assert.True(debrief[^1].Chart.Lines.Zip(budget.Lines).All(p => p.First.SameAs(p.Second)));
        Assert.Equal(new YearSpan(console.Exercise.FirstYear, console.Exercise.LastYear), score.Span);
    }
}
