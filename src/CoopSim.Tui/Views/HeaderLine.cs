using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace CoopSim.Tui.Views;

/// <summary>One line: what is open on the left, the state of the runs on the right; the left part gives way when narrow.</summary>
internal sealed class HeaderLine : View
{
    private string _left = "";
    private string _right = "";

    public HeaderLine()
    {
        Height = 1;
        CanFocus = false;
    }

    public string Left => _left;

    public string Right => _right;

    public void Set(string left, string right)
    {
        if ((_left, _right) != (left, right))
        {
            (_left, _right) = (left, right);
            SetNeedsDraw();
        }
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        var right = _right.Length > width ? _right[..width] : _right;
        var room = Math.Max(0, width - right.Length - (right.Length > 0 ? 2 : 0));
        var left = _left.Length <= room ? _left : room > 3 ? string.Concat(_left.AsSpan(0, room - 3), "...") : _left[..room];
        SetAttribute(GetAttributeForRole(VisualRole.Normal) with { Style = TextStyle.Bold });
        AddStr(0, 0, left.PadRight(width - right.Length));
        SetAttribute(GetAttributeForRole(VisualRole.Normal));
        AddStr(width - right.Length, 0, right);
        return true;
    }
}
