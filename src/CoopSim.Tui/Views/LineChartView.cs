using CoopSim.Tui.Charts;
using Terminal.Gui.ViewBase;

namespace CoopSim.Tui.Views;

/// <summary>Draws a <see cref="ChartModel"/> through <see cref="ChartRenderer"/>, colouring each line.</summary>
internal sealed class LineChartView : View
{
    private ChartModel _model = ChartModel.Empty("");

    public LineChartView()
    {
        CanFocus = false;
    }

    public ChartModel Model
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
        for (var y = 0; y < picture.Height; y++)
        {
            for (var x = 0; x < picture.Width; x++)
            {
                var role = picture.Role(x, y);
                SetAttribute(role switch
                {
                    >= 0 => Theme.Series(role),
                    ChartPicture.Overlap => Theme.Overlap,
                    _ => normal,
                });
                AddRune(x, y, new System.Text.Rune(picture.Glyph(x, y)));
            }
        }

        return true;
    }
}
