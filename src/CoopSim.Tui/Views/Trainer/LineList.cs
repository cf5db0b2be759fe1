using System.Collections.ObjectModel;
using Terminal.Gui.Views;

namespace CoopSim.Tui.Views.Trainer;

/// <summary>A list of text lines that keeps its selection when the lines change; no letter navigation, so letters reach the console's keys.</summary>
internal sealed class LineList
{
    private List<string> _lines = [];

    public ListView View { get; } = new()
    {
        CanFocus = true,
        KeystrokeNavigator = null,
        ShowMarks = false,
    };

    public LineList()
    {
        // A list that grew to hold every line shows them from the first, whatever it scrolled to when smaller.
        View.FrameChanged += (_, _) => ScrollHomeWhenAllFit();
    }

    public IReadOnlyList<string> Lines => _lines;

    /// <summary>The selected line's index, or -1.</summary>
    public int Selected => View.SelectedItem ?? -1;

    /// <summary>Replaces the lines when they changed and selects <paramref name="selected"/> (clamped to the lines).</summary>
    public void Show(IReadOnlyList<string> lines, int selected)
    {
        if (!_lines.SequenceEqual(lines))
        {
            _lines = [.. lines];
            View.SetSource(new ObservableCollection<string>(_lines));
        }

        int? index = _lines.Count == 0 ? null : Math.Clamp(selected, 0, _lines.Count - 1);
        if (View.SelectedItem != index)
        {
            View.SelectedItem = index;
        }

        ScrollHomeWhenAllFit();
    }

    private void ScrollHomeWhenAllFit()
    {
        var viewport = View.Viewport;
        if (viewport.Y != 0 && viewport.Height > 0 && _lines.Count <= viewport.Height)
        {
            View.Viewport = viewport with { Y = 0 };
        }
    }
}
