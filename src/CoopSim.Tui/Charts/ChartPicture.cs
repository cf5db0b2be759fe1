namespace CoopSim.Tui.Charts;

/// <summary>
/// A chart drawn as characters: a glyph per cell and what the cell shows (a series, two or more
/// overlapping series, or the frame and labels), so a view can colour the lines and a test can read
/// the picture as text.
/// </summary>
public sealed class ChartPicture
{
    /// <summary>Cell role: axis, tick or label text.</summary>
    public const int Frame = -1;

    /// <summary>Cell role: two or more series pass through the cell.</summary>
    public const int Overlap = -2;

    /// <summary>Cell role: nothing drawn.</summary>
    public const int Blank = -3;

    private readonly char[,] _glyphs;
    private readonly int[,] _roles;

    internal ChartPicture(int width, int height)
    {
        Width = width;
        Height = height;
        _glyphs = new char[height, width];
        _roles = new int[height, width];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                _glyphs[y, x] = ' ';
                _roles[y, x] = Blank;
            }
        }
    }

    public int Width { get; }

    public int Height { get; }

    public char Glyph(int x, int y) => _glyphs[y, x];

    /// <summary>The series index drawn in the cell, or <see cref="Frame"/>, <see cref="Overlap"/>, <see cref="Blank"/>.</summary>
    public int Role(int x, int y) => _roles[y, x];

    public IEnumerable<string> Lines()
    {
        for (var y = 0; y < Height; y++)
        {
            var row = new char[Width];
            for (var x = 0; x < Width; x++)
            {
                row[x] = _glyphs[y, x];
            }

            yield return new string(row).TrimEnd();
        }
    }

    public override string ToString() => string.Join('\n', Lines());

    internal void Text(int x, int y, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            Put(x + i, y, text[i], Frame);
        }
    }

    internal void Put(int x, int y, char glyph, int role)
    {
        if (x >= 0 && x < Width && y >= 0 && y < Height)
        {
            _glyphs[y, x] = glyph;
            _roles[y, x] = role;
        }
    }

    /// <summary>Marks a cell for a series; a cell another series already holds becomes an overlap.</summary>
    internal bool Plot(int x, int y, int series, char marker, char overlap)
    {
        if (x < 0 || x >= Width || y < 0 || y >= Height)
        {
            return false;
        }

        var role = _roles[y, x];
        if (role >= 0 && role != series)
        {
            Put(x, y, overlap, Overlap);
            return true;
        }

        if (role != Overlap)
        {
            Put(x, y, marker, series);
        }

        return false;
    }
}
