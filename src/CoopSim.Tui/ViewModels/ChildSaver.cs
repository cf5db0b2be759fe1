using System.Globalization;
using CoopSim.Engine;
using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Tui.ViewModels;

/// <summary>What saving the edits as a child did: why not, or the file written and what it reads back as.</summary>
public sealed record ChildSave(EditOutcome Outcome, string? Path = null, ScenarioDocument? Saved = null);

/// <summary>
/// Saves the edits as a child file that extends the file they started from and holds only the
/// changed values, written atomically and read back.
/// </summary>
public static class ChildSaver
{
    /// <summary>A free file name next to the edited scenario for its child.</summary>
    public static string SuggestPath(ScenarioEditor? editor)
    {
        if (editor is null)
        {
            return Path.Combine(Environment.CurrentDirectory, "scenario-edited.json");
        }

        var folder = Path.GetDirectoryName(editor.Path)!;
        var stem = Path.GetFileNameWithoutExtension(editor.Path);
        var candidate = Path.Combine(folder, $"{stem}-edited.json");
        for (var n = 2; File.Exists(candidate); n++)
        {
            candidate = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{stem}-edited-{n}.json"));
        }

        return candidate;
    }

    public static ChildSave Save(ScenarioEditor editor, string path, bool overwrite)
    {
        var full = Path.GetFullPath(path);
        if (!full.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return new(EditOutcome.Refused("a scenario file name ends in .json"));
        }

        if (full == editor.Path)
        {
            return new(EditOutcome.Refused("the child cannot replace the file it extends; choose another name"));
        }

        if (File.Exists(full) && !overwrite)
        {
            return new(EditOutcome.Refused($"{DisplayPath.Of(full)} exists"));
        }

        var document = ScenarioWriter.Copy(editor.Document);
        if (document.Name == editor.Original.Name)
        {
            document.Name = $"{document.Name} ({Path.GetFileNameWithoutExtension(full)})";
        }

        if (!ChildScenario.TryCreate(editor.Original, document, editor.Path, full, out var child, out var problem))
        {
            return new(EditOutcome.Refused($"cannot save as a child: {problem}"));
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            AtomicFile.WriteText(full, child.ToText());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return new(EditOutcome.Refused($"cannot write {DisplayPath.Of(full)}: {e.Message}"));
        }

        var saved = ScenarioReader.ReadFile(full);
        if (saved.Document is null || saved.Problems.Count > 0)
        {
            return new(EditOutcome.Refused($"wrote {DisplayPath.Of(full)}, but it does not read back: {saved.Problems.FirstOrDefault()}"));
        }

        return new(EditOutcome.Done(
            $"saved {DisplayPath.Of(full)}: {ValueText.Count(child.ChangedPaths.Count, "change")}, extends {Path.GetFileName((string)child.Json["extends"]!)}"),
            full, saved.Document);
    }
}
