using System.Globalization;
using CoopSim.Engine.Reporting;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Tui.Charts;
using CoopSim.Tui.Tests.Fixtures;
using CoopSim.Tui.ViewModels;

namespace CoopSim.Tui.Tests.ViewModels;

public sealed class ResultsModelTests : IDisposable
{
    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private RunResult Run(string file)
    {
        var compilation = ScenarioCompiler.Load(_folder.File(file), ScenarioFolder.Catalog);
        Assert.True(compilation.IsValid, string.Join("\n", compilation.Problems));
        return Simulator.Run(compilation.Scenario!);
    }

    private ResultsModel Results(params string[] files)
    {
        var model = new ResultsModel();
        model.Update(files.Select((f, i) => new ShownRun(((char)('A' + i)).ToString(), f, Run(f), false)).ToList());
        return model;
    }

    [Fact]
    public void The_metrics_are_the_plugins_then_the_cooperation_layers()
    {
        var results = Results(ScenarioFolder.Orchard);

        var metrics = results.Metrics.Select(m => m.Key).ToList();
        Assert.Equal(["orchard/trees", "orchard/cover"], metrics.Take(2));
        Assert.All(metrics.Skip(2), m => Assert.StartsWith("orchard/coop.", m, StringComparison.Ordinal));
        Assert.Equal("orchard/trees", results.Metric!.Key);
    }

    [Fact]
    public void Cycling_the_metric_wraps_around_and_the_city_goes_from_all_to_each()
    {
        var results = Results(ScenarioFolder.Water);
        var first = results.Metric;

        for (var i = 0; i < results.Metrics.Count; i++)
        {
            results.CycleMetric(+1);
        }

        Assert.Equal(first, results.Metric);
        Assert.Null(results.City);
        results.CycleCity(+1);
        Assert.Equal(ScenarioFolder.City, results.City!.Id);
        results.CycleCity(+1);
        Assert.Null(results.City);
    }

    [Fact]
    public void The_year_range_stays_inside_the_simulated_years()
    {
        var results = Results(ScenarioFolder.Water);

        results.ShiftFirstYear(-5);
        Assert.Equal(1993, results.FirstYear);
        results.ShiftLastYear(-3);
        Assert.Equal(2007, results.LastYear);
        Assert.True(results.SetYears("2000-2004").Accepted);
        Assert.Equal([2000, 2001, 2002, 2003, 2004], results.ShownYears);
        Assert.False(results.SetYears("2050-2060").Accepted);
        Assert.False(results.SetYears("soon").Accepted);
        results.AllYears();
        Assert.Equal(18, results.ShownYears.Count);
    }

    [Fact]
    public void The_chart_shows_shares_in_percent_one_line_per_scenario()
    {
        var results = Results(ScenarioFolder.Water, ScenarioFolder.WaterNoCooperation).ShowMetric("water", "nrw");

        var chart = results.Chart();

        Assert.Equal("%", chart.YLabel);
        Assert.Equal(2, chart.Lines.Count);
        var nrw1993 = results.Runs[0].Result.Find(ScenarioFolder.City, "water", "nrw")!.At(1993);
        Assert.Equal(nrw1993 * 100, chart.Lines[0].At(1993), 9);
        Assert.StartsWith("A ", chart.Lines[0].Label, StringComparison.Ordinal);
        Assert.StartsWith("B ", chart.Lines[1].Label, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_marks_the_first_scenarios_observations_as_points()
    {
        File.WriteAllText(_folder.File("observed.json"), $$"""
            { "extends": "{{ScenarioFolder.Water}}",
              "observations": [ { "city": "{{ScenarioFolder.City}}", "sector": "water", "metric": "nrw", "year": 2000,
                                  "value": 0.3, "uncertainty": 0.03, "source": "test" } ] }
            """);
        var results = Results("observed.json", ScenarioFolder.WaterNoCooperation).ShowMetric("water", "nrw");

        var chart = results.Chart();

        var observed = Assert.Single(chart.Points);
        Assert.Equal(2000, observed.Year);
        Assert.Equal(30, observed.Value, 9);
        Assert.Contains("◆ observed", ChartRenderer.Render(chart, 80, 20).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_shows_each_scenario_and_its_difference_from_A_as_the_comparison_computes_it()
    {
        var results = Results(ScenarioFolder.Water, ScenarioFolder.WaterNoCooperation).ShowMetric("water", "nrw");
        var comparison = new Comparison(results.Runs.Select(r => r.Result).ToList());
        var nrw = comparison.Series.Single(s => s.CityId == ScenarioFolder.City && s.Metric.Id == "nrw");

        var table = results.Table();

        Assert.Equal(["year", "A", "B", "B-A", "B-A %"], table.Columns);
        var row2005 = table.Rows.Single(r => r[0] == "2005");
        Assert.Equal(DisplayUnits.Format(nrw.Value(0, 2005), "fraction"), row2005[1]);
        Assert.Equal(DisplayUnits.Format(nrw.Value(1, 2005), "fraction"), row2005[2]);
        Assert.Equal("+" + DisplayUnits.Format(nrw.Difference(1, 2005), "fraction"), row2005[3]);
        Assert.Equal("+" + nrw.RelativeDifference(1, 2005).ToString("N1", CultureInfo.InvariantCulture) + "%", row2005[4]);
    }

    [Fact]
    public void A_new_run_keeps_the_chosen_metric_city_and_years()
    {
        var results = Results(ScenarioFolder.Water);
        results.CycleMetric(+2);
        results.CycleCity(+1);
        results.SetYears("1999-2003");
        var metric = results.Metric;

        results.Update([new ShownRun("A", "again", Run(ScenarioFolder.Water), false)]);

        Assert.Equal(metric, results.Metric);
        Assert.Equal(ScenarioFolder.City, results.City!.Id);
        Assert.Equal((1999, 2003), (results.FirstYear, results.LastYear));
    }
}
