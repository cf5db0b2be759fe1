using System.Globalization;
using CoopSim.Engine;
using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Tui.ViewModels;

public sealed partial class Workspace
{
    /// <summary>A free file name next to the edited scenario for its child.</summary>
    public string SuggestChildPath()
    {
        if (Editor is null)
        {
            return Path.Combine(Environment.CurrentDirectory, "scenario-edited.json");
        }

        var folder = Path.GetDirectoryName(Editor.Path)!;
        var stem = Path.GetFileNameWithoutExtension(Editor.Path);
        var candidate = Path.Combine(folder, $"{stem}-edited.json");
        for (var n = 2; File.Exists(candidate); n++)
        {
            candidate = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{stem}-edited-{n}.json"));
        }

        return candidate;
    }

    /// <summary>
    /// Saves the edits as a child file that extends the file they started from and holds only the
    /// changed values, written atomically; then goes on editing the child.
    /// </summary>
    public EditOutcome SaveChild(string path, bool overwrite = false)
    {
        if (Editor is null)
        {
            return Report(EditOutcome.Refused("nothing to save: open a scenario first"));
        }

        var full = Path.GetFullPath(path);
        if (!full.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return Report(EditOutcome.Refused("a scenario file name ends in .json"));
        }

        if (full == Editor.Path)
        {
            return Report(EditOutcome.Refused("the child cannot replace the file it extends; choose another name"));
        }

        if (File.Exists(full) && !overwrite)
        {
            return Report(EditOutcome.Refused($"{DisplayPath.Of(full)} exists"));
        }

        var document = ScenarioWriter.Copy(Editor.Document);
        if (document.Name == Editor.Original.Name)
        {
            document.Name = $"{document.Name} ({Path.GetFileNameWithoutExtension(full)})";
        }

        if (!ChildScenario.TryCreate(Editor.Original, document, Editor.Path, full, out var child, out var problem))
        {
            return Report(EditOutcome.Refused($"cannot save as a child: {problem}"));
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            AtomicFile.WriteText(full, child.ToText());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Report(EditOutcome.Refused($"cannot write {DisplayPath.Of(full)}: {e.Message}"));
        }

        var saved = ScenarioReader.ReadFile(full);
        if (saved.Document is null || saved.Problems.Count > 0)
        {
            return Report(EditOutcome.Refused($"wrote {DisplayPath.Of(full)}, but it does not read back: {saved.Problems.FirstOrDefault()}"));
        }

        var changes = child.ChangedPaths.Count;
        var from = Editor.Path;
        Editor.MarkSaved(full, saved.Document);
        DropRecovery(from);
        var slot = _slots.First(s => s.IsEdited);
        slot.Path = full;
        slot.Name = saved.Document.Name;
        Library.AddFile(full);
        RefreshResults();
        return Report(EditOutcome.Done(
            $"saved {DisplayPath.Of(full)}: {Count(changes, "change")}, extends {Path.GetFileName((string)child.Json["extends"]!)}"));
    }
}
