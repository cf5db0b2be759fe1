using CoopSim.Tui.Charts;
using CoopSim.Tui.ViewModels.Trainer;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoopSim.Tui.Views.Trainer;

/// <summary>The league table after the played rounds, or a chart of one score with every team's path (F6 switches, m the chart).</summary>
internal sealed class StandingsPane : FrameView
{
    private readonly TrainerConsole _console;
    private readonly WrappedText _caption = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = 3 };
    private readonly LineChartView _chart = new() { X = 0, Y = 3, Width = Dim.Fill(), Height = Dim.Fill() };
    private readonly TableView _table = new() { X = 0, Y = 3, Width = Dim.Fill(), Height = Dim.Fill() };

    public StandingsPane(TrainerConsole console)
    {
        _console = console;
        Title = "League (F6)";
        CanFocus = true;
        _table.CollectionNavigator = null;
        _table.FullRowSelect = true;
        _table.Style.ShowHorizontalHeaderOverline = false;
        _table.Style.ShowHorizontalBottomLine = false;
        _table.Style.ExpandLastColumn = false;
        _chart.CanFocus = true;
        _chart.Visible = false;
        Add(_caption, _chart, _table);
    }

    internal LineChartView Chart => _chart;

    internal TableView Table => _table;

    public void Show()
    {
        var standings = _console.Standings;
        var showChart = standings.ShowChart;
        if (showChart)
        {
            var chart = standings.Chart();
            _chart.Model = chart;
            _caption.Content = $"{chart.Title} [{standings.ChartIndex + 1}/{standings.ChartTitles.Count}, m: next]\n" +
                               (standings.HistoryShown
                                   ? $"Beside the teams: the real city's path ({ChartRenderer.ReferenceMarker}) and values the cases report ({ChartRenderer.PointMarker})."
                                   : "Each team to the last round played; the real city's path shows after the last round.");
        }
        else
        {
            var table = standings.Table();
            _table.Table = new GridSource(table);
            _table.Style.GetOrCreateColumnStyle(1).MaxWidth = 16;
            for (var column = 2; column < table.Columns.Count; column++)
            {
                var style = _table.Style.GetOrCreateColumnStyle(column);
                style.Alignment = Alignment.End;

                // Long score headings give way (cut with an ellipsis) before their values do.
                var values = table.Rows.Select(r => r[column].Length).DefaultIfEmpty(1).Max();
                style.MaxWidth = Math.Max(values, Math.Min(table.Columns[column].Length, 12));
            }

            _table.Update();
            _caption.Content = standings.LeagueRule;
        }

        if (_chart.Visible != showChart)
        {
            var focused = _chart.HasFocus || _table.HasFocus;
            _chart.Visible = showChart;
            _table.Visible = !showChart;
            if (focused)
            {
                (showChart ? (View)_chart : _table).SetFocus();
            }
        }

        var title = showChart ? $"Chart (F6 league): {standings.ChartTitles[standings.ChartIndex]}" : $"{standings.LeagueTitle} (F6 charts)";
        if (Title != title)
        {
            Title = title;
        }
    }
}
