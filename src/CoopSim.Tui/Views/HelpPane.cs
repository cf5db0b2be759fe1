using System.Collections.ObjectModel;
using CoopSim.Tui.ViewModels;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoopSim.Tui.Views;

/// <summary>Every key, from <see cref="KeyHelp"/>, in a scrolling list over the panes.</summary>
internal sealed class HelpPane : FrameView
{
    public HelpPane()
    {
        Title = "Help - F1 or Esc closes";
        var lines = new ObservableCollection<string>();
        foreach (var group in KeyHelp.Groups)
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
        lines.Add("Numbers are typed in the unit shown (shares as %, e.g. 72 for 72 %), with '.' for decimals.");
        lines.Add("A refused value changes nothing; the reason shows under the edit box.");
        var list = new ListView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        list.SetSource(lines);
        Add(list);
        List = list;
        CanFocus = true;
    }

    public ListView List { get; }
}
