using CoopSim.Engine.Plugins;
using CoopSim.Tui.ViewModels.Trainer;
using CoopSim.Tui.Views.Trainer;
using Terminal.Gui.App;

namespace CoopSim.Tui;

/// <summary>Starts the trainer console on the real terminal. The caller makes sure one is attached.</summary>
public static class TrainerConsoleHost
{
    /// <summary>Runs the console until the trainer quits. The session saves itself after every change.</summary>
    public static void Run(TrainerConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        using IApplication app = Application.Create().Init();
        using var view = new TrainerView(console);
        view.FocusStart();
        app.Run(view);
    }

    /// <summary>
    /// Offers the saved sessions in <paramref name="folder"/> and the exercises under it, then runs the
    /// console on the one the trainer opens. Returns the console that ran, or null when none was opened.
    /// </summary>
    public static TrainerConsole? RunChooser(PluginCatalog catalog, string folder)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        using IApplication app = Application.Create().Init();
        TrainerConsole? console = null;
        using (var launcher = new LauncherView(ConsoleChoices.Find(folder), choice =>
        {
            var opening = ConsoleLaunch.Open(choice.Path, catalog, folder: folder);
            console = opening.Console;
            return console is not null ? null : opening.Refusal ?? string.Join("; ", opening.Problems.Select(p => p.ToString()));
        }))
        {
            app.Run(launcher);
        }

        if (console is null)
        {
            return null;
        }

        using var view = new TrainerView(console);
        view.FocusStart();
        app.Run(view);
        return console;
    }
}
