using CoopSim.Engine.Scenarios;
using CoopSim.Tui.Tests.Fixtures;
using CoopSim.Tui.ViewModels;

namespace CoopSim.Tui.Tests.ViewModels;

public sealed class WorkspaceTests : IDisposable
{
    private readonly ScenarioFolder _folder = new();
    private readonly Workspace _workspace = new(ScenarioFolder.Catalog, new InlineRunScheduler());

    public void Dispose() => _folder.Dispose();

    private double Nrw(string label, int year)
    {
        var run = _workspace.Results.Runs.Single(r => r.Label == label);
        return run.Result.Find(ScenarioFolder.City, "water", "nrw")!.At(year);
    }

    [Fact]
    public void Every_accepted_edit_runs_the_scenario_again()
    {
        _workspace.Open(_folder.File(ScenarioFolder.Water));
        var before = Nrw("A", 1993);

        _workspace.Edit(e => e.TrySet(Fields.Field(e, "sector/water/initialNrw"), "60"));

        Assert.Equal(0.72, before, 6);
        Assert.Equal(0.60, Nrw("A", 1993), 6);
        Assert.False(_workspace.Results.Runs[0].IsStale);
    }

    [Fact]
    public void Comparing_adds_scenarios_up_to_four_and_takes_them_out_again()
    {
        _workspace.Open(_folder.File(ScenarioFolder.Water));

        Assert.True(_workspace.ToggleComparison(_folder.File(ScenarioFolder.WaterNoCooperation)).Accepted);
        Assert.True(_workspace.ToggleComparison(_folder.File(ScenarioFolder.Waste)).Accepted);
        Assert.True(_workspace.ToggleComparison(_folder.File(ScenarioFolder.Energy)).Accepted);
        var fifth = _workspace.ToggleComparison(_folder.File(ScenarioFolder.Schools));

        Assert.False(fifth.Accepted);
        Assert.Contains("at most 4", fifth.Message, StringComparison.Ordinal);
        Assert.Equal(["A", "B", "C", "D"], _workspace.Slots.Select(s => s.Label));
        Assert.True(_workspace.ToggleComparison(_folder.File(ScenarioFolder.Waste)).Accepted);
        Assert.Equal(["A", "B", "C"], _workspace.Results.Runs.Select(r => r.Label));
        Assert.True(Nrw("B", 2006) > Nrw("A", 2006));
    }

    [Fact]
    public void A_run_that_fails_says_why_keeps_the_last_results_and_the_next_edit_recovers()
    {
        _workspace.Open(_folder.File(ScenarioFolder.Orchard));
        var fail = Fields.Field(_workspace.Editor!, "sector/orchard/failFromYear");

        Assert.True(_workspace.Edit(e => e.TrySet(fail, "2004")).Accepted);

        var slot = _workspace.Slots[0];
        Assert.False(slot.Latest!.Succeeded);
        Assert.Contains("orchard", _workspace.Failure(), StringComparison.Ordinal);
        Assert.Contains("2004", _workspace.Failure(), StringComparison.Ordinal);
        Assert.True(_workspace.Results.HasResults);
        Assert.True(_workspace.Results.Runs[0].IsStale);
        Assert.Contains("FAILED", _workspace.RunStatus(), StringComparison.Ordinal);

        Assert.True(_workspace.Edit(e => e.TrySet(fail, "0")).Accepted);
        Assert.True(slot.Latest!.Succeeded);
        Assert.Null(_workspace.Failure());
    }

    [Fact]
    public void Saving_writes_a_child_with_only_the_changes_that_loads_as_the_edited_scenario()
    {
        var parent = _folder.File(ScenarioFolder.Water);
        _workspace.Open(parent);
        _workspace.Edit(e => e.TrySet(Fields.Field(e, "sector/water/connectionsPerBlock"), "4000"));
        _workspace.Edit(e => e.RemovePhase("rt-water", "telemetry"));
        var edited = ScenarioWriter.Copy(_workspace.Editor!.Document);
        var child = _workspace.SuggestChildPath();

        var outcome = _workspace.SaveChild(child);

        Assert.True(outcome.Accepted, outcome.Message);
        Assert.Equal(_folder.File("river-town-water-edited.json"), child);
        var text = File.ReadAllText(child);
        Assert.Contains("\"extends\": \"river-town-water.json\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("initialNrw", text, StringComparison.Ordinal);
        var loaded = ScenarioReader.ReadFile(child).Document!;
        edited.Name = loaded.Name;
        edited.Extends = loaded.Extends = null;
        edited.Schema = loaded.Schema = null;
        Assert.True(ScenarioWriter.AreEqual(edited, loaded));
        Assert.Equal(child, _workspace.Editor!.Path);
        Assert.False(_workspace.HasUnsavedEdits);
        Assert.Contains(_workspace.Library.Find(parent)!.Children, c => c.Path == child);
    }

    [Fact]
    public void Saving_over_an_existing_file_needs_consent_and_never_replaces_the_parent()
    {
        var parent = _folder.File(ScenarioFolder.Water);
        _workspace.Open(parent);
        _workspace.Edit(e => e.TrySet(Fields.Field(e, "sector/water/connectionsPerBlock"), "4000"));

        Assert.False(_workspace.SaveChild(parent, overwrite: true).Accepted);
        var existing = _folder.File(ScenarioFolder.Waste);
        var refused = _workspace.SaveChild(existing);
        Assert.False(refused.Accepted);
        Assert.Contains("exists", refused.Message, StringComparison.Ordinal);
        Assert.True(_workspace.SaveChild(existing, overwrite: true).Accepted);
    }

    [Fact]
    public void Exporting_writes_the_shown_metric_cities_and_years_for_every_scenario()
    {
        _workspace.Open(_folder.File(ScenarioFolder.Water));
        _workspace.ToggleComparison(_folder.File(ScenarioFolder.WaterNoCooperation));
        _workspace.Results.ShowMetric("water", "nrw");
        _workspace.Results.SetYears("2000-2004");
        var csv = _folder.File("nrw.csv");

        Assert.True(_workspace.ExportCsv(csv).Accepted);

        var lines = File.ReadAllLines(csv);
        Assert.Equal("scenario,label,city,sector,metric,unit,year,value,difference,relative_difference_pct", lines[0]);
        Assert.Equal(1 + (2 * 5), lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains(",river-town,water,nrw,%,", l, StringComparison.Ordinal));
    }

    [Fact]
    public void A_library_shows_each_variant_under_the_file_it_extends()
    {
        _workspace.Library.AddFolder(_folder.Path);

        var folder = Assert.Single(_workspace.Library.Folders);
        var parent = folder.Roots.Single(e => e.FileName == ScenarioFolder.Water);
        Assert.Equal([ScenarioFolder.WaterNoCooperation], parent.Children.Select(c => c.FileName));
        Assert.DoesNotContain(folder.Roots, e => e.FileName == ScenarioFolder.WaterNoCooperation);
        Assert.Equal("River Town water, no cooperation", parent.Children[0].Name);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_listed_with_its_problem_and_not_opened()
    {
        File.WriteAllText(_folder.File("broken.json"), "{ \"schemaVersion\": 1, ");
        _workspace.Library.AddFolder(_folder.Path);

        var broken = _workspace.Library.Find(_folder.File("broken.json"))!;
        Assert.NotNull(broken.Problem);
        var outcome = _workspace.Open(broken.Path);
        Assert.False(outcome.Accepted);
        Assert.Null(_workspace.Editor);
    }
}
