using System.Globalization;
using CoopSim.Engine.Diagnostics;

namespace CoopSim.Tui.ViewModels;

/// <summary>
/// A copy of the unsaved edits is kept after every accepted edit (<see cref="EditRecovery"/>), removed
/// when nothing is left unsaved, and taken back as one undoable edit when the scenario is next opened.
/// Each step answers with the message line to show when the copy could not be kept or removed.
/// </summary>
public sealed class RecoveryKeeper(EditRecovery? copies)
{
    /// <summary>Where copies are kept; null keeps none.</summary>
    public EditRecovery? Copies => copies;

    public StatusMessage? Keep(ScenarioEditor editor)
    {
        if (copies is null)
        {
            return null;
        }

        try
        {
            if (editor.IsDirty)
            {
                copies.Keep(editor.Path, editor.Document);
            }
            else
            {
                copies.Drop(editor.Path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return StatusMessage.Error($"no recovery copy of the unsaved edits could be kept in {copies.Folder}: {e.Message}; save soon");
        }

        return null;
    }

    public StatusMessage? Drop(string scenarioPath)
    {
        try
        {
            copies?.Drop(scenarioPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stale copy is only offered again; the saved file is what counts.
            return StatusMessage.Error($"saved, but the old recovery copy stays in {copies!.Folder}: {e.Message}");
        }

        return null;
    }

    /// <summary>Takes back edits a crash left unsaved for the file just opened; null when there are none.</summary>
    public EditOutcome? Restore(ScenarioEditor editor, string scenarioPath)
    {
        if (copies?.Find(scenarioPath) is not { } recovered)
        {
            return null;
        }

        var when = recovered.KeptUtc.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var outcome = editor.Adopt(recovered.Document, "restored");
        return outcome.Accepted
            ? EditOutcome.Done($"restored {ValueText.Count(editor.ChangeCount, "unsaved change")} to {DisplayPath.Of(scenarioPath)} kept at {when} " +
                               "(CoopSim ended before they were saved); undo drops them, saving keeps them")
            : EditOutcome.Refused($"unsaved edits to {DisplayPath.Of(scenarioPath)} kept at {when} cannot be restored: {outcome.Message}; " +
                                  $"the copy stays in {copies.FileFor(scenarioPath)}");
    }
}
