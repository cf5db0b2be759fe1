using CoopSim.Engine.Scenarios;
using CoopSim.Tui.Tests.Fixtures;
using CoopSim.Tui.ViewModels;
using FsCheck;
using FsCheck.Xunit;

namespace CoopSim.Tui.Tests.ViewModels;

public sealed class ScenarioEditorTests : IDisposable
{
    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ScenarioEditor Open(string file)
    {
        var path = _folder.File(file);
        return new ScenarioEditor(path, ScenarioReader.ReadFile(path).Document!, ScenarioFolder.Catalog);
    }

    [Fact]
    public void A_share_is_typed_in_percent_and_stored_as_a_fraction()
    {
        var editor = Open(ScenarioFolder.Water);
        var nrw = Fields.Field(editor, "sector/water/initialNrw");

        Assert.Equal("72", editor.EditText(nrw));
        var outcome = editor.TrySet(nrw, "50");

        Assert.True(outcome.Accepted, outcome.Message);
        Assert.Equal(0.5, editor.Document.Cities[1].Sectors["water"].Parameters["initialNrw"]);
        Assert.True(editor.IsChanged(nrw));
        Assert.Equal(1, editor.ChangeCount);
        Assert.True(editor.Compilation.IsValid);
    }

    [Theory]
    [InlineData(+1)]
    [InlineData(-1)]
    public void A_value_outside_the_declared_range_is_refused_with_the_range_and_changes_nothing(int side)
    {
        var declared = Declared.Parameter("water", "initialNrw");
        var beyond = side > 0 ? declared.Maximum + 0.01 : declared.Minimum - 0.01;
        var typed = Declared.Typed(beyond, declared.Unit);
        var range = $"{Declared.Typed(declared.Minimum, declared.Unit)} to {Declared.Typed(declared.Maximum, declared.Unit)} %";

        AssertRefused(typed, "out of range", range);
    }

    [Theory]
    [InlineData("abc", "not a number", "'abc'")]
    [InlineData("0,5", "use '.' for decimals", "0,5")]
    public void A_value_that_is_not_a_number_is_refused_with_its_reason_and_changes_nothing(string typed, string reason, string detail) =>
        AssertRefused(typed, reason, detail);

    private void AssertRefused(string typed, string reason, string detail)
    {
        var editor = Open(ScenarioFolder.Water);
        var before = ScenarioWriter.Write(editor.Document);
        var revision = editor.Revision;

        var outcome = editor.TrySet(Fields.Field(editor, "sector/water/initialNrw"), typed);

        Assert.False(outcome.Accepted);
        Assert.Contains(reason, outcome.Message, StringComparison.Ordinal);
        Assert.Contains(detail, outcome.Message, StringComparison.Ordinal);
        Assert.Equal(before, ScenarioWriter.Write(editor.Document));
        Assert.Equal(revision, editor.Revision);
    }

    [Fact]
    public void The_range_and_its_owner_come_from_the_plugin_declaration()
    {
        var editor = Open(ScenarioFolder.Orchard);
        var sector = Fields.Node(editor, "sector/orchard");

        Assert.Equal(["treesPerHectare", "survival", "failFromYear"], sector.Children.Where(n => n.Field is not null).Select(n => n.Title));
        var outcome = editor.TrySet(Fields.Field(editor, "sector/orchard/survival"), "10");
        Assert.False(outcome.Accepted);
        Assert.Contains("accepts 20 to 100 %", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("orchard plugin 3.2.1", outcome.Message, StringComparison.Ordinal);
        Assert.Contains(Fields.All(editor), n => n.Title == "nurseries");
    }

    [Fact]
    public void An_edit_that_would_break_the_scenario_elsewhere_is_refused_with_the_compilers_reason()
    {
        var editor = Open(ScenarioFolder.Water);

        var outcome = editor.TrySet(Fields.Field(editor, "scenario/start year"), "2015");

        Assert.False(outcome.Accepted);
        Assert.Contains("$.endYear", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("inverted", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(1993, editor.Document.StartYear);
    }

    [Fact]
    public void A_whole_number_field_refuses_a_fraction()
    {
        var editor = Open(ScenarioFolder.Water);

        var outcome = editor.TrySet(Fields.Field(editor, "scenario/end year"), "2010.5");

        Assert.False(outcome.Accepted);
        Assert.Contains("not a whole number", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_optional_field_takes_the_plugin_default()
    {
        var editor = Open(ScenarioFolder.Water);
        var coverage = Fields.Field(editor, "sector/water/initialCoverage");
        var declared = Declared.Parameter("water", "initialCoverage");

        Assert.True(editor.TrySet(coverage, "").Accepted);

        Assert.False(editor.Document.Cities[1].Sectors["water"].Parameters.ContainsKey("initialCoverage"));
        Assert.Equal($"{Declared.Typed(declared.Default, declared.Unit)} % (default)", editor.Show(coverage));
    }

    [Fact]
    public void A_step_moves_a_share_by_one_percentage_point_and_the_file_value_comes_back()
    {
        var editor = Open(ScenarioFolder.Water);
        var nrw = Fields.Field(editor, "sector/water/initialNrw");

        Assert.True(editor.Nudge(nrw, +1).Accepted);
        Assert.True(editor.Nudge(nrw, +1).Accepted);
        Assert.Equal(0.74, editor.Document.Cities[1].Sectors["water"].Parameters["initialNrw"]);

        Assert.True(editor.Reset(nrw).Accepted);
        Assert.True(ScenarioWriter.AreEqual(editor.Original, editor.Document));
        Assert.False(editor.IsDirty);
    }

    [Fact]
    public void Stepping_past_the_declared_range_is_refused()
    {
        var editor = Open(ScenarioFolder.Water);
        var nrw = Fields.Field(editor, "sector/water/initialNrw");
        var declared = Declared.Parameter("water", "initialNrw");
        Assert.True(editor.TrySet(nrw, Declared.Typed(declared.Maximum, declared.Unit)).Accepted);

        var outcome = editor.Nudge(nrw, +1);

        Assert.False(outcome.Accepted);
        Assert.Contains("out of range", outcome.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 60)]
    public void Accepted_steps_never_make_a_valid_scenario_invalid_and_undo_returns_to_the_file(NonNegativeInt file, (NonNegativeInt Field, int Steps)[] presses)
    {
        var files = ScenarioFolder.FixtureFiles().Select(Path.GetFileName).ToList();
        var editor = Open(files[file.Get % files.Count]!);
        var fields = Fields.All(editor).Select(n => n.Field).OfType<EditorField>().Where(f => f.Kind != FieldKind.Text).ToList();
        var accepted = 0;
        foreach (var (field, steps) in presses)
        {
            if (editor.Nudge(fields[field.Get % fields.Count], steps % 7).Accepted)
            {
                accepted++;
            }

            Assert.True(editor.Compilation.IsValid, string.Join("\n", editor.Compilation.Problems));
        }

        while (editor.CanUndo)
        {
            editor.Undo();
        }

        Assert.True(ScenarioWriter.AreEqual(editor.Original, editor.Document));
        Assert.False(editor.IsDirty);
    }

    [Fact]
    public void Undo_and_redo_step_through_the_edits()
    {
        var editor = Open(ScenarioFolder.Water);
        var nrw = Fields.Field(editor, "sector/water/initialNrw");
        editor.TrySet(nrw, "60");
        editor.TrySet(nrw, "50");

        editor.Undo();
        Assert.Equal(0.6, editor.ValueOf(nrw));
        editor.Redo();
        Assert.Equal(0.5, editor.ValueOf(nrw));
        Assert.False(editor.Redo().Accepted);
    }

    [Fact]
    public void Removing_a_phase_and_adding_one_after_another_change_the_programme()
    {
        var editor = Open(ScenarioFolder.Water);

        Assert.True(editor.RemovePhase("rt-water", "telemetry").Accepted);
        Assert.True(editor.AddPhaseAfter("rt-water", "capacity-building").Accepted);

        var phases = editor.Document.Programmes[0].Phases;
        Assert.Equal(["blocks", "capacity-building", "capacity-building-next"], phases.Select(p => p.Id));
        Assert.Equal((2007, 2010), (phases[2].From, phases[2].To));
        Assert.Contains(Fields.All(editor), n => n.Key == "programme/rt-water/phase/capacity-building-next");
        Assert.DoesNotContain(Fields.All(editor), n => n.Key == "programme/rt-water/phase/telemetry");
    }

    [Fact]
    public void A_funding_cut_is_set_per_scheme_and_cleared_by_an_empty_value()
    {
        var editor = Open(ScenarioFolder.Water);
        var cut = Fields.Field(editor, "funding-cuts/technical cooperation");
        Assert.Equal("never stops", editor.Show(cut));

        Assert.True(editor.TrySet(cut, "2005").Accepted);
        Assert.Equal(2005, Assert.Single(editor.Document.FundingCuts).FromYear);

        Assert.True(editor.TrySet(cut, "").Accepted);
        Assert.Empty(editor.Document.FundingCuts);
    }

    [Fact]
    public void Removing_a_programme_counts_as_one_change()
    {
        var editor = Open(ScenarioFolder.Water);

        Assert.True(editor.RemoveProgramme("rt-water").Accepted);

        Assert.Empty(editor.Document.Programmes);
        Assert.Equal(1, editor.ChangeCount);
    }
}
