using CoopSim.Tui.ViewModels.Trainer;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoopSim.Tui.Views.Trainer;

/// <summary>The round being decided: its years, budget and briefing, and the events revealed as it opened.</summary>
internal sealed class RoundPane : FrameView
{
    private readonly TrainerConsole _console;
    private readonly WrappedText _text = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };

    public RoundPane(TrainerConsole console)
    {
        _console = console;
        CanFocus = false;
        Add(_text);
    }

    public void Show()
    {
        var title = _console.RoundTitle;
        if (Title != title)
        {
            Title = title;
        }

        var events = _console.EventsThisRound().Select(e => $"Event: {e.Name} ({e.State}). {e.Text}");
        _text.Content = string.Join("\n", events.Prepend(_console.Briefing));
    }

    /// <summary>The rows the round needs at a width, frame included, at most <paramref name="most"/>.</summary>
    public int HeightFor(int width, int most) => Math.Clamp(WrappedText.Wrap(_text.Content, Math.Max(1, width - 2)).Count() + 2, 3, Math.Max(3, most));
}
