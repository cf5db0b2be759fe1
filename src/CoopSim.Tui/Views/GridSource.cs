using CoopSim.Tui.ViewModels;
using Terminal.Gui.Views;

namespace CoopSim.Tui.Views;

/// <summary>A <see cref="ResultTable"/> as Terminal.Gui's table source.</summary>
internal sealed class GridSource(ResultTable table) : ITableSource
{
    public object this[int row, int col] => table.Rows[row][col];

    public string[] ColumnNames { get; } = [.. table.Columns];

    public int Columns => table.Columns.Count;

    public int Rows => table.Rows.Count;
}
