using CoopSim.Engine.Plugins;
using CoopSim.Tui.ViewModels;
using CoopSim.Tui.Views;
using Terminal.Gui.App;

namespace CoopSim.Tui;

/// <summary>Starts the terminal UI on the real terminal. The caller makes sure one is attached.</summary>
public static class TuiHost
{
    /// <summary>The folder browsed by default, when it exists in the working folder.</summary>
    public const string DefaultFolder = "scenarios";

    /// <summary>Runs the UI until the planner quits; returns what is worth saying afterwards (output while the UI runs is lost).</summary>
    public static IReadOnlyList<string> Run(PluginCatalog catalog, IReadOnlyList<string> files)
    {
        using IApplication app = Application.Create().Init();
        var workspace = new Workspace(catalog, new BackgroundRunScheduler(action => app.Invoke(action))) { Recovery = new EditRecovery(EditRecovery.DefaultFolder) };
        var notes = Prepare(workspace, files);
        using var view = new MainView(workspace);
        if (workspace.Editor is not null)
        {
            view.Editor.FocusTree();
        }

        app.Run(view);
        return notes;
    }

    /// <summary>
    /// Browses ./scenarios and the folders of the given files, opens the first file for editing and
    /// adds the next ones (up to three) to the comparison. Returns problems with the files.
    /// </summary>
    public static IReadOnlyList<string> Prepare(Workspace workspace, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(files);
        var notes = new List<string>();
        if (Directory.Exists(DefaultFolder))
        {
            workspace.Library.AddFolder(DefaultFolder);
        }

        for (var i = 0; i < files.Count; i++)
        {
            if (!File.Exists(files[i]))
            {
                notes.Add($"coopsim: '{files[i]}' does not exist");
                continue;
            }

            var outcome = workspace.Editor is null ? workspace.Open(files[i]) : workspace.ToggleComparison(files[i]);
            if (!outcome.Accepted)
            {
                notes.Add("coopsim: " + outcome.Message);
            }
        }

        return notes;
    }
}
