using CoopSim.Tui.ViewModels;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoopSim.Tui.Views;

/// <summary>The results of every scenario on screen for the chosen metric, cities and years: a chart, or a table with differences.</summary>
internal sealed class ResultsPane : FrameView
{
    private readonly WrappedText _caption = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = 2 };
    private readonly LineChartView _chart = new() { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill() };
    private readonly TableView _table = new() { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill(), Visible = false };

    public ResultsPane()
    {
        Title = "Results (F5)";
        CanFocus = true;
        _table.CollectionNavigator = null;
        _table.FullRowSelect = true;
        _table.Style.ShowHorizontalHeaderOverline = false;
        _table.Style.ShowHorizontalBottomLine = false;
        _table.Style.ExpandLastColumn = false;
        _chart.CanFocus = true;
        Add(_caption, _chart, _table);
    }

    internal LineChartView Chart => _chart;

    internal TableView Table => _table;

    public void Show(Workspace workspace)
    {
        var results = workspace.Results;
        _caption.Content = Caption(workspace);
        var chart = results.Chart();
        if (!chart.SameAs(_chart.Model))
        {
            _chart.Model = chart;
        }
        var showTable = results.ShowTable;
        if (showTable)
        {
            var table = results.Table();
            _table.Table = new GridSource(table);
            for (var column = 1; column < table.Columns.Count; column++)
            {
                _table.Style.GetOrCreateColumnStyle(column).Alignment = Alignment.End;
            }

            _table.Update();
        }

        if (_table.Visible != showTable)
        {
            var focused = _chart.HasFocus || _table.HasFocus;
            _table.Visible = showTable;
            _chart.Visible = !showTable;
            if (focused)
            {
                (showTable ? (View)_table : _chart).SetFocus();
            }
        }

        var title = showTable ? "Results: table (F5, F6 chart)" : "Results: chart (F5, F6 table)";
        if (Title != title)
        {
            Title = title;
        }
    }

    private static string Caption(Workspace workspace)
    {
        var results = workspace.Results;
        if (!results.HasResults)
        {
            return workspace.Failure() ?? (workspace.Slots.Count == 0
                ? "No scenario open. In the Scenarios pane choose one and press Enter."
                : "Running...");
        }

        var metric = results.Metric!;
        var first = $"{metric.Title} in {ValueText.Unit(metric.Unit)}: {results.CityText}, {results.YearsText}";
        var runs = results.Runs;
        var second = runs.Count > 1 && results.ShowTable
            ? string.Join("  ", runs.Select(r => $"{r.Label}={r.Name}{(r.IsStale ? " (stale)" : "")}"))
            : workspace.Failure() ?? workspace.WarningLine() ?? metric.Description;
        return first + "\n" + second;
    }
}
