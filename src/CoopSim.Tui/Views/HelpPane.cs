using System.Collections.ObjectModel;
using CoopSim.Tui.ViewModels;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoopSim.Tui.Views;

/// <summary>Every key, from a list such as <see cref="KeyHelp"/>, in a scrolling list over the panes.</summary>
internal sealed class HelpPane : FrameView
{
    /// <summary>The planner's keys.</summary>
    public HelpPane()
        : this(KeyHelp.Groups,
        [
            "Numbers are typed in the unit shown (shares as %, e.g. 72 for 72 %), with '.' for decimals.",
            "A refused value changes nothing; the reason shows under the edit box.",
        ])
    {
    }

    public HelpPane(IReadOnlyList<KeyHelpGroup> groups, IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(notes);
        Title = "Help - F1 or Esc closes";
        var lines = new ObservableCollection<string>();
        foreach (var group in groups)
        {
            if (lines.Count > 0)
            {
                lines.Add("");
            }

            lines.Add(group.Where + ":");
            foreach (var entry in group.Entries)
            {
                lines.Add($"  {entry.Keys,-16} {entry.Action}");
            }
        }

        lines.Add("");
        foreach (var note in notes)
        {
            lines.Add(note);
        }

        var list = new ListView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        list.SetSource(lines);
        Add(list);
        List = list;
        CanFocus = true;
    }

    public ListView List { get; }
}
