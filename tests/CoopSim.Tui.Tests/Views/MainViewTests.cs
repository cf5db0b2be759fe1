using CoopSim.Engine.Scenarios;
using CoopSim.Tui.Tests.Fixtures;
using CoopSim.Tui.Tests.ViewModels;
using CoopSim.Tui.ViewModels;
using Terminal.Gui.Input;

namespace CoopSim.Tui.Tests.Views;

// Full tier: drives the whole planner UI on a virtual terminal, drawing every screen.
[Trait("Tier", "Full")]
public sealed class MainViewTests : IDisposable
{
    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Row(Screen screen, string year) =>
        screen.Lines.Single(l => l.Contains($"│{year}│", StringComparison.Ordinal));

    [Fact]
    public void Changing_a_parameter_redraws_the_chart_and_the_table()
    {
        using var screen = new Screen(_folder, 80, 24, ScenarioFolder.Water).ShowMetric("water", "nrw");
        Assert.Contains(" initialNrw: 72 %", screen.Text, StringComparison.Ordinal);
        var chartBefore = screen.Pane("Results");
        Assert.Contains("nrw (water) in %", chartBefore, StringComparison.Ordinal);

        screen.Type("+");

        Assert.NotEqual(chartBefore, screen.Pane("Results"));
        Assert.Contains("*initialNrw: 73 %", screen.Text, StringComparison.Ordinal);
        screen.Press(Key.F6);
        Assert.Contains("│73.0│", Row(screen, "1993"), StringComparison.Ordinal);
        screen.Type("-");
        Assert.Contains("│72.0│", Row(screen, "1993"), StringComparison.Ordinal);
        Assert.Contains(" initialNrw: 72 %", screen.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phase_that_changes_no_outcome_is_warned_about_under_the_results()
    {
        using var screen = new Screen(_folder, 120, 30, _folder.AddIdlePhase()).ShowMetric("water", "nrw");

        Assert.Contains("! phase 'idle' changes no outcome", screen.Pane("Results"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_typed_value_is_applied_with_Enter_and_runs_at_once()
    {
        using var screen = new Screen(_folder, 80, 24, ScenarioFolder.Water).ShowMetric("water", "nrw");
        screen.Press(Key.F6);

        screen.Press(Key.Enter).Type("50").Press(Key.Enter);

        Assert.Contains("│50.0│", Row(screen, "1993"), StringComparison.Ordinal);
        Assert.Contains("*initialNrw: 50 %", screen.Text, StringComparison.Ordinal);
        Assert.Contains("1 change unsaved", screen.Lines.First(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_out_of_range_is_refused_in_place_with_the_reason()
    {
        using var screen = new Screen(_folder, 100, 30, ScenarioFolder.Water).ShowMetric("water", "nrw");
        var declared = Declared.Parameter("water", "initialNrw");
        var typed = Declared.Typed(declared.Maximum + 0.01, declared.Unit);
        screen.Press(Key.F6);

        screen.Press(Key.Enter).Type(typed).Press(Key.Enter);

        var editor = screen.Pane("Edit (F4)");
        Assert.Contains($"refused: {typed} % is out of range", editor, StringComparison.Ordinal);
        Assert.Contains($"value: {typed}", editor, StringComparison.Ordinal);
        Assert.Contains("│72.0│", Row(screen, "1993"), StringComparison.Ordinal);
        Assert.Equal(0.72, screen.Workspace.Editor!.Document.Cities[1].Sectors["water"].Parameters["initialNrw"]);

        screen.Press(Key.Esc);
        Assert.Contains("value: 72", screen.Pane("Edit (F4)"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_scenarios_are_compared_on_one_chart_and_in_a_table_with_differences()
    {
        using var screen = new Screen(_folder, 100, 30, ScenarioFolder.Water).ShowMetric("water", "nrw");

        screen.Press(Key.F3, Key.CursorDown, Key.Space);

        Assert.Contains("B river-town-water-no-coop", screen.Text, StringComparison.Ordinal);
        Assert.Contains("* A River Town water, with", screen.Text, StringComparison.Ordinal);
        Assert.Contains("o B River Town water, no", screen.Text, StringComparison.Ordinal);
        screen.Press(Key.F6);
        var header = screen.Lines.Single(l => l.Contains("│year│", StringComparison.Ordinal));
        var columns = header[header.IndexOf("│year│", StringComparison.Ordinal)..].Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["year", "A", "B", "B-A", "B-A %"], columns.Take(5));
        Assert.Contains("+", Row(screen, "2005"), StringComparison.Ordinal);

        screen.Press(Key.F3, Key.Space);
        Assert.DoesNotContain("B-A", screen.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_writes_a_child_next_to_the_parent_and_it_reloads_as_edited()
    {
        using var screen = new Screen(_folder, 100, 30, ScenarioFolder.Water);
        screen.Type("+");

        screen.Press(Key.F2);
        Assert.Contains("Save child as:", screen.Text, StringComparison.Ordinal);
        screen.Press(Key.Enter);

        var child = _folder.File("river-town-water-edited.json");
        Assert.True(File.Exists(child), screen.Text);
        Assert.Contains("saved", screen.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("unsaved", screen.Lines.First(), StringComparison.Ordinal);
        Assert.Contains("river-town-water-edited.json", screen.Pane("Edit (F4)").Split('\n')[0] + screen.Text, StringComparison.Ordinal);

        var reloaded = new Workspace(ScenarioFolder.Catalog, new InlineRunScheduler());
        Assert.True(reloaded.Open(child).Accepted);
        Assert.Equal(0.73, reloaded.Editor!.Document.Cities[1].Sectors["water"].Parameters["initialNrw"]);
        Assert.Equal(ScenarioFolder.Water, ScenarioReader.ReadFile(child).Document!.Extends);
    }

    [Fact]
    public void Quitting_with_unsaved_edits_asks_first()
    {
        using var screen = new Screen(_folder, 100, 30, ScenarioFolder.Water);
        screen.Type("+");

        screen.Press(Key.F10);
        Assert.Contains("1 change unsaved: s save as child first, q quit without saving, Esc stay", screen.Text, StringComparison.Ordinal);
        Assert.False(screen.View.StopRequested);

        screen.Press(Key.Esc);
        Assert.False(screen.View.StopRequested);
        Assert.True(screen.Workspace.HasUnsavedEdits);

        screen.Press(Key.Q.WithCtrl).Type("q");
        Assert.True(screen.View.StopRequested);
    }

    [Fact]
    public void Quitting_without_edits_asks_nothing()
    {
        using var screen = new Screen(_folder, 80, 24, ScenarioFolder.Water);

        screen.Press(Key.F10);

        Assert.True(screen.View.StopRequested);
    }

    [Fact]
    public void Help_lists_every_key()
    {
        using var screen = new Screen(_folder, 120, 50, ScenarioFolder.Water);

        screen.Press(Key.F1);

        foreach (var entry in KeyHelp.Groups.SelectMany(g => g.Entries))
        {
            Assert.Contains(entry.Keys, screen.Text, StringComparison.Ordinal);
            Assert.Contains(entry.Action, screen.Text, StringComparison.Ordinal);
        }

        screen.Press(Key.Esc);
        Assert.DoesNotContain("Help - F1 or Esc closes", screen.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_terminal_shows_one_left_pane_a_tall_one_both_and_resizing_follows()
    {
        using var screen = new Screen(_folder, 80, 24, ScenarioFolder.Water);
        Assert.Contains("Edit (F4)", screen.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Scenarios (F3)", screen.Text, StringComparison.Ordinal);

        screen.Resize(120, 40);
        Assert.Contains("Edit (F4)", screen.Text, StringComparison.Ordinal);
        Assert.Contains("Scenarios (F3)", screen.Text, StringComparison.Ordinal);

        screen.Resize(80, 24);
        screen.Press(Key.F3);
        Assert.Contains("Scenarios (F3)", screen.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Edit (F4)", screen.Text, StringComparison.Ordinal);
        Assert.All(screen.Lines, l => Assert.True(l.Length <= 80, l));
    }

    [Fact]
    public void The_metric_city_and_years_change_from_the_keyboard()
    {
        using var screen = new Screen(_folder, 100, 30, ScenarioFolder.Water);
        var metrics = Declared.Metrics("water");
        Assert.Contains($"{Declared.Caption("water", metrics[0])}: River Town, 1993-2010", screen.Text, StringComparison.Ordinal);

        screen.Type("m");
        Assert.Contains(Declared.Caption("water", metrics[1]), screen.Text, StringComparison.Ordinal);
        screen.Type("M]]{");
        Assert.Contains($"{Declared.Caption("water", metrics[0])}: River Town, 1995-2009", screen.Text, StringComparison.Ordinal);
        screen.Type("y");
        Assert.Contains("Years (e.g. 1995-2005, empty for all):", screen.Text, StringComparison.Ordinal);
        for (var i = 0; i < 12; i++)
        {
            screen.Press(Key.Backspace);
        }

        screen.Type("2000-2003").Press(Key.Enter, Key.F6);
        Assert.Contains("River Town, 2000-2003", screen.Pane("Results: table").Split('\n')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("│1999│", screen.Text, StringComparison.Ordinal);
        Assert.Contains("│2003│", screen.Text, StringComparison.Ordinal);
        screen.Type("a");
        Assert.Contains("│1993│", screen.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_run_shows_its_message_and_the_ui_keeps_working()
    {
        using var screen = new Screen(_folder, 100, 30, ScenarioFolder.Orchard);
        var editor = screen.View.Editor;
        Assert.True(editor.Select("city/green-town/sector/orchard/failFromYear"));
        screen.Draw();

        screen.Press(Key.Enter).Type("2004").Press(Key.Enter);

        Assert.Contains("A did not run: the 'orchard' sector failed for city 'green-town' in 2004", screen.Text, StringComparison.Ordinal);
        Assert.Contains("A FAILED", screen.Lines.First(), StringComparison.Ordinal);
        Assert.Contains("(stale)", screen.Text, StringComparison.Ordinal);

        screen.Press(Key.Z.WithCtrl);
        Assert.DoesNotContain("FAILED", screen.Lines.First(), StringComparison.Ordinal);
        Assert.DoesNotContain("(stale)", screen.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shown_results_export_to_csv()
    {
        using var screen = new Screen(_folder, 100, 30, ScenarioFolder.Water);
        var csv = _folder.File("shown.csv");

        // The keys go in one after another and the screen is drawn once, after the last.
        screen.Press(Key.F7).Press([.. Enumerable.Repeat(Key.Backspace, 300)]);

        screen.Type(csv).Press(Key.Enter);

        Assert.True(File.Exists(csv), screen.Text);
        Assert.Equal(1 + 18, File.ReadAllLines(csv).Length);
        Assert.Contains($"exported {Declared.Metrics("water")[0].Id} (water)", screen.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mouse_selects_a_field_and_a_double_click_edits_it()
    {
        using var screen = new Screen(_folder, 100, 30, ScenarioFolder.Water);
        var (x, y) = screen.Find("initialCoverage: 25 %");

        screen.Click(x, y);
        Assert.Contains("initialCoverage: unit %", screen.Text, StringComparison.Ordinal);

        screen.DoubleClick(x, y);
        Assert.Contains("type a value in %", screen.Text, StringComparison.Ordinal);
        screen.Type("30").Press(Key.Enter);
        Assert.Equal(0.30, screen.Workspace.Editor!.ValueOf(Fields.Field(screen.Workspace.Editor, "sector/water/initialCoverage")));
    }

    [Fact]
    public void The_status_bar_is_clickable()
    {
        using var screen = new Screen(_folder, 100, 30, ScenarioFolder.Water);
        var (x, y) = screen.Find("F6  Table");

        screen.Click(x + 4, y);

        Assert.Contains("Results: table", screen.Text, StringComparison.Ordinal);
    }
}
