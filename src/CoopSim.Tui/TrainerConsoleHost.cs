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
}
