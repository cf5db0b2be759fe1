using System.Text;

namespace CoopSim.Engine.Reporting;

/// <summary>A plain-text table: the first column left-aligned, the others right-aligned.</summary>
public sealed class TextTable
{
    private readonly List<string[]> _rows = [];

    public TextTable(params string[] header) => Header = [.. header.Select(TerminalText.Escape)];

    public string[] Header { get; }

    public void Add(params string[] cells)
    {
        if (cells.Length != Header.Length)
        {
            throw new ArgumentException($"a row has {cells.Length} cells; the header has {Header.Length}", nameof(cells));
        }

        _rows.Add([.. cells.Select(TerminalText.Escape)]);
    }

    public void Write(TextWriter writer, int leftColumns = 1)
    {
        var widths = new int[Header.Length];
        foreach (var row in _rows.Prepend(Header))
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        WriteRow(writer, Header, widths, leftColumns);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            WriteRow(writer, row, widths, leftColumns);
        }
    }

    public override string ToString()
    {
        var writer = new StringWriter();
        Write(writer);
        return writer.ToString();
    }

    private static void WriteRow(TextWriter writer, string[] row, int[] widths, int leftColumns)
    {
        var line = new StringBuilder();
        for (var i = 0; i < row.Length; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(i < leftColumns ? row[i].PadRight(widths[i]) : row[i].PadLeft(widths[i]));
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }
}
