using CoopSim.Tui.Tests.Fixtures;
using CoopSim.Tui.ViewModels;

namespace CoopSim.Tui.Tests.ViewModels;

/// <summary>Unsaved edits survive a crash: a copy is kept after every edit and taken back when the scenario is opened again.</summary>
public sealed class EditRecoveryTests : IDisposable
{
    private readonly ScenarioFolder _folder = new();
    private readonly string _recovery = Path.Combine(Path.GetTempPath(), "coopsim-recovery-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _folder.Dispose();
        if (Directory.Exists(_recovery))
        {
            Directory.Delete(_recovery, recursive: true);
        }
    }

    private Workspace NewWorkspace() => new(ScenarioFolder.Catalog, new InlineRunScheduler()) { Recovery = new EditRecovery(_recovery) };

    private static string Nrw(Workspace workspace) => workspace.Editor!.Show(Fields.Field(workspace.Editor, "sector/water/initialNrw"));

    [Fact]
    public void Unsaved_edits_of_a_process_that_dies_are_restored_when_the_scenario_is_opened_again()
    {
        var crashed = NewWorkspace();
        crashed.Open(_folder.File(ScenarioFolder.Water));
        crashed.Edit(e => e.TrySet(Fields.Field(e, "sector/water/initialNrw"), "60"));
        crashed.Edit(e => e.RemovePhase("rt-water", "telemetry"));
        var edited = Nrw(crashed);

        // The process dies here: nothing is saved, nothing is shut down. A new one opens the file.
        var next = NewWorkspace();
        var opened = next.Open(_folder.File(ScenarioFolder.Water));

        Assert.True(opened.Accepted, opened.Message);
        Assert.Contains("restored 2 unsaved changes to", opened.Message, StringComparison.Ordinal);
        Assert.True(next.HasUnsavedEdits);
        Assert.Equal(edited, Nrw(next));
        Assert.True(next.Edit(e => e.Undo()).Accepted);
        Assert.False(next.HasUnsavedEdits);
    }

    [Fact]
    public void Saving_the_edits_removes_their_recovery_copy()
    {
        var workspace = NewWorkspace();
        var parent = _folder.File(ScenarioFolder.Water);
        workspace.Open(parent);
        workspace.Edit(e => e.TrySet(Fields.Field(e, "sector/water/initialNrw"), "60"));
        Assert.True(File.Exists(workspace.Recovery!.FileFor(parent)));

        Assert.True(workspace.SaveChild(workspace.SuggestChildPath()).Accepted);

        Assert.False(File.Exists(workspace.Recovery.FileFor(parent)));
        Assert.False(NewWorkspace().Open(parent).Message.Contains("restored", StringComparison.Ordinal));
    }

    [Fact]
    public void Undoing_every_edit_or_quitting_without_saving_removes_the_recovery_copy()
    {
        var workspace = NewWorkspace();
        var water = _folder.File(ScenarioFolder.Water);
        workspace.Open(water);
        workspace.Edit(e => e.TrySet(Fields.Field(e, "sector/water/initialNrw"), "60"));
        workspace.Edit(e => e.Undo());
        var afterUndo = File.Exists(workspace.Recovery!.FileFor(water));
        workspace.Edit(e => e.TrySet(Fields.Field(e, "sector/water/initialNrw"), "55"));

        workspace.DiscardUnsavedEdits();

        Assert.False(afterUndo);
        Assert.False(File.Exists(workspace.Recovery.FileFor(water)));
    }
}
