using CoopSim.Engine.Plugins;

namespace CoopSim.Workshops;

public sealed partial class WorkshopSession
{
    /// <summary>Saves to <see cref="SavePath"/> (atomically), if the session has one.</summary>
    public void Save()
    {
        if (SavePath is not null)
        {
            SessionFile.Write(this, SavePath);
        }
    }

    /// <summary>Saves to a new path and keeps saving there.</summary>
    public void SaveAs(string path)
    {
        SavePath = Path.GetFullPath(path);
        Save();
    }

    internal IReadOnlyDictionary<string, IReadOnlyList<string>> PendingDecisions => _pending;

    /// <summary>Restores a saved round without saving: used when a session file is replayed.</summary>
    internal void SetPendingWithoutSaving(string teamId, IReadOnlyList<string> cardIds) => _pending[teamId] = cardIds;

    internal void DetachSavePath(out string? path)
    {
        path = SavePath;
        SavePath = null;
    }

    internal void AttachSavePath(string? path) => SavePath = path;

    internal static WorkshopSession Create(Exercise exercise, PluginCatalog catalog, int seed) => new(exercise, catalog, seed, null);
}
