using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace CoopSim.Tui.Views;

/// <summary>Text word-wrapped to the view's width; lines beyond its height are cut.</summary>
internal sealed class WrappedText : View
{
    private string _content = "";
    private bool _isError;

    public WrappedText()
    {
        CanFocus = false;
    }

    public string Content
    {
        get => _content;
        set
        {
            if (_content != value)
            {
                _content = value;
                SetNeedsDraw();
            }
        }
    }

    /// <summary>Draw with the bold error look, for refusals.</summary>
    public bool IsError
    {
        get => _isError;
        set
        {
            if (_isError != value)
            {
                _isError = value;
                SetNeedsDraw();
            }
        }
    }

    public static IEnumerable<string> Wrap(string text, int width)
    {
        if (width <= 0)
        {
            yield break;
        }

        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                var piece = word;
                while (piece.Length > width)
                {
                    if (line.Length > 0)
                    {
                        yield return line;
                        line = "";
                    }

                    yield return piece[..width];
                    piece = piece[width..];
                }

                if (line.Length == 0)
                {
                    line = piece;
                }
                else if (line.Length + 1 + piece.Length <= width)
                {
                    line += " " + piece;
                }
                else
                {
                    yield return line;
                    line = piece;
                }
            }

            yield return line;
        }
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        SetAttribute(IsError ? Theme.Error.Normal : GetAttributeForRole(VisualRole.Normal));
        var size = Viewport.Size;
        var lines = Wrap(_content, size.Width).Take(size.Height).ToList();
        for (var y = 0; y < size.Height; y++)
        {
            var line = y < lines.Count ? lines[y] : "";
            AddStr(0, y, line.PadRight(size.Width));
        }

        return true;
    }
}
