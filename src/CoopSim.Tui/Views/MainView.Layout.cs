namespace CoopSim.Tui.Views;

public sealed partial class MainView
{
    private (System.Drawing.Size Size, bool BrowserFirst, bool Help) _arranged;

    /// <summary>Places the panes for the current size: one left pane at a time on short screens, both stacked on tall ones.</summary>
    private void ArrangePanes()
    {
        var size = Viewport.Size;

        // Setting a position or size asks for another layout; only do it when something changed.
        if (_arranged == (size, _browserFirst, _help.Visible))
        {
            return;
        }

        _arranged = (size, _browserFirst, _help.Visible);
        var leftWidth = Math.Clamp(size.Width * 42 / 100, Math.Min(30, size.Width), 60);
        var bodyTop = 1;
        var bodyHeight = Math.Max(3, size.Height - 3);
        var stacked = size.Height >= StackedHeight;
        _browser.X = 0;
        _editor.X = 0;
        _browser.Width = leftWidth;
        _editor.Width = leftWidth;
        if (stacked)
        {
            var browserHeight = bodyHeight * 35 / 100;
            _browser.Visible = true;
            _editor.Visible = true;
            _browser.Y = bodyTop;
            _browser.Height = browserHeight;
            _editor.Y = bodyTop + browserHeight;
            _editor.Height = bodyHeight - browserHeight;
        }
        else
        {
            _browser.Visible = _browserFirst;
            _editor.Visible = !_browserFirst;
            _browser.Y = bodyTop;
            _editor.Y = bodyTop;
            _browser.Height = bodyHeight;
            _editor.Height = bodyHeight;
        }

        _results.X = leftWidth;
        _results.Y = bodyTop;
        _results.Width = Math.Max(1, size.Width - leftWidth);
        _results.Height = bodyHeight;
        _help.X = 0;
        _help.Y = bodyTop;
        _help.Width = size.Width;
        _help.Height = bodyHeight;
    }
}
