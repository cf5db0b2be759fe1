using CoopSim.Workshops;
using CoopSim.Tui.ViewModels.Trainer;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoopSim.Tui.Views.Trainer;

/// <summary>The events: in the trainer view every one, future ones with whether they will happen; in the participant view only those revealed so far.</summary>
internal sealed class EventsPane : FrameView
{
    private readonly TrainerConsole _console;
    private readonly WrappedText _text = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };

    public EventsPane(TrainerConsole console)
    {
        _console = console;
        CanFocus = true;
        _text.CanFocus = true;
        Add(_text);
    }

    internal string Content => _text.Content;

    public void FocusText() => _text.SetFocus();

    public void Show()
    {
        var participant = _console.Viewer == WorkshopViewer.Participant;
        var title = participant ? "Events: teams' view" : "Events: all (trainer)";
        if (Title != title)
        {
            Title = title;
        }

        var events = _console.Events();
        _text.Content = events.Count == 0
            ? participant ? "No event has been revealed yet." : "This exercise has no events."
            : string.Join("\n", events.Select(e => $"{(e.IsFuture ? "·" : "▸")} {e.Title}: {e.State}. {e.Text}"));
    }
}
