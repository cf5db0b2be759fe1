using System.Globalization;
using CoopSim.Engine.Diagnostics;

namespace CoopSim.Tui.ViewModels;

// Recovery: a copy of the unsaved edits is kept after every accepted edit (EditRecovery), removed
// when nothing is left unsaved, and taken back as one undoable edit when the scenario is next opened.
public sealed partial class Workspace
{
    /// <summary>The planner quits without saving: the edits are dropped on purpose, so is their copy.</summary>
    public void DiscardUnsavedEdits()
    {
        if (Editor is not null)
        {
            DropRecovery(Editor.Path);
        }
    }

    private void KeepRecovery()
    {
        if (Recovery is null || Editor is null)
        {
            return;
        }

        try
        {
            if (Editor.IsDirty)
            {
                Recovery.Keep(Editor.Path, Editor.Document);
            }
            else
            {
                Recovery.Drop(Editor.Path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Message = StatusMessage.Error($"no recovery copy of the unsaved edits could be kept in {Recovery.Folder}: {e.Message}; save soon");
        }
    }

    private void DropRecovery(string scenarioPath)
    {
        try
        {
            Recovery?.Drop(scenarioPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stale copy is only offered again; the saved file is what counts.
            Message = StatusMessage.Error($"saved, but the old recovery copy stays in {Recovery!.Folder}: {e.Message}");
        }
    }

    /// <summary>Takes back edits a crash left unsaved for the file just opened; null when there are none.</summary>
    private EditOutcome? Restore(string scenarioPath)
    {
        if (Recovery?.Find(scenarioPath) is not { } recovered)
        {
            return null;
        }

        var when = recovered.KeptUtc.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var outcome = Editor!.Adopt(recovered.Document, "restored");
        return outcome.Accepted
            ? EditOutcome.Done($"restored {Count(Editor.ChangeCount, "unsaved change")} to {DisplayPath.Of(scenarioPath)} kept at {when} " +
                               "(CoopSim ended before they were saved); undo drops them, saving keeps them")
            : EditOutcome.Refused($"unsaved edits to {DisplayPath.Of(scenarioPath)} kept at {when} cannot be restored: {outcome.Message}; " +
                                  $"the copy stays in {Recovery.FileFor(scenarioPath)}");
    }
}
