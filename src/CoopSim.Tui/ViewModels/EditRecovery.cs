using System.Security.Cryptography;
using System.Text;
using CoopSim.Engine;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Tui.ViewModels;

/// <summary>A recovered copy of unsaved edits: the edited scenario and when it was kept.</summary>
public sealed record RecoveredEdits(ScenarioDocument Document, DateTime KeptUtc);

/// <summary>
/// Copies of unsaved edits kept on disk, so that a crash (a plugin can kill the process in ways no
/// handler survives) loses none of them. The copy of a scenario's edits is the whole edited
/// scenario, written atomically after every accepted edit to a file named from the scenario's full
/// path; it is removed when the edits are saved, undone or dropped, and offered again when that
/// scenario is next opened.
/// </summary>
public sealed class EditRecovery(string folder)
{
    /// <summary>The per-user folder the terminal UI keeps its copies in.</summary>
    public static string DefaultFolder =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "coopsim", "recovery");

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>Keeps the edits to <paramref name="scenarioPath"/>, replacing any earlier copy.</summary>
    public void Keep(string scenarioPath, ScenarioDocument edited)
    {
        Directory.CreateDirectory(Folder);
        AtomicFile.WriteText(FileFor(scenarioPath), ScenarioWriter.Write(edited));
    }

    /// <summary>Removes the copy for <paramref name="scenarioPath"/>, if there is one.</summary>
    public void Drop(string scenarioPath) => File.Delete(FileFor(scenarioPath));

    /// <summary>The edits kept for <paramref name="scenarioPath"/> and not saved, or null.</summary>
    public RecoveredEdits? Find(string scenarioPath)
    {
        var file = FileFor(scenarioPath);
        if (!File.Exists(file))
        {
            return null;
        }

        var read = ScenarioReader.ReadFile(file);
        return read.Document is null ? null : new RecoveredEdits(read.Document, File.GetLastWriteTimeUtc(file));
    }

    /// <summary>The copy's file: a hash of the full path, so scenarios with the same name in different folders never meet.</summary>
    public string FileFor(string scenarioPath)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(scenarioPath))))[..24];
        return Path.Combine(Folder, $"{Path.GetFileNameWithoutExtension(scenarioPath)}-{key}.json");
    }
}
