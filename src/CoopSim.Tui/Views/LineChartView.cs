using CoopSim.Engine.Reporting.Charts;
using CoopSim.Tui.Charts;
using Terminal.Gui.ViewBase;

namespace CoopSim.Tui.Views;

/// <summary>Draws the engine's <see cref="LineChart"/> through <see cref="ChartRenderer"/>, colouring each line.</summary>
internal sealed class LineChartView : View
{
    private LineChart _model = LineChart.Empty("");

    public LineChartView()
    {
        CanFocus = false;
    }

    public LineChart Model
    {
        get => _model;
        set
        {
            _model = value;
            SetNeedsDraw();
        }
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var size = Viewport.Size;
        var picture = ChartRenderer.Render(_model, size.Width, size.Height);
        var normal = GetAttributeForRole(Terminal.Gui.Drawing.VisualRole.Normal);
        var run = new System.Text.StringBuilder();
        for (var y = 0; y < picture.Height; y++)
        {
            // One call per stretch of cells with the same look: drawing cell by cell is slow.
            var x = 0;
            while (x < picture.Width)
            {
                var role = picture.Role(x, y);
                var start = x;
                run.Clear();
                while (x < picture.Width && Look(picture.Role(x, y)) == Look(role))
                {
                    run.Append(picture.Glyph(x, y));
                    x++;
                }

                // Lines keep the background of the view they are drawn on (the projector's is black).
                SetAttribute(role switch
                {
                    >= 0 => Theme.Series(role) with { Background = normal.Background },
                    ChartPicture.Overlap => Theme.Overlap with { Foreground = normal.Foreground, Background = normal.Background },
                    _ => normal,
                });
                AddStr(start, y, run.ToString());
            }
        }

        return true;
    }

    /// <summary>Frame, labels and empty cells share the normal look.</summary>
    private static int Look(int role) => role is ChartPicture.Frame or ChartPicture.Blank ? ChartPicture.Frame : role;
}
