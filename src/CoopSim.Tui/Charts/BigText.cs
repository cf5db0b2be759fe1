namespace CoopSim.Tui.Charts;

/// <summary>How tall big text is drawn.</summary>
public enum BigTextSize
{
    /// <summary>One row, as typed: when nothing bigger fits.</summary>
    Plain = 1,

    /// <summary>Three rows: each cell holds two pixel rows in half blocks (▀ ▄ █).</summary>
    Medium = 3,

    /// <summary>Five rows: each pixel a full block two cells wide, so pixels are about square.</summary>
    Large = 5,
}

/// <summary>
/// Text drawn in block characters for a projector: a terminal cannot change its font size, so key
/// numbers and team names are drawn from a 3x5 pixel font (wider for M, N, W), large or medium.
/// Digits, Latin letters (as capitals), space and . , : % - + / ! ? ' ( ) &amp; are drawn;
/// <see cref="CanDraw"/> says whether a text has only those.
/// </summary>
public static class BigText
{
    private const int GlyphHeight = 5;

    private static readonly Dictionary<char, string[]> Glyphs = new()
    {
        ['0'] = ["###", "#.#", "#.#", "#.#", "###"],
        ['1'] = [".#.", "##.", ".#.", ".#.", "###"],
        ['2'] = ["###", "..#", "###", "#..", "###"],
        ['3'] = ["###", "..#", ".##", "..#", "###"],
        ['4'] = ["#.#", "#.#", "###", "..#", "..#"],
        ['5'] = ["###", "#..", "###", "..#", "###"],
        ['6'] = ["###", "#..", "###", "#.#", "###"],
        ['7'] = ["###", "..#", ".#.", ".#.", ".#."],
        ['8'] = ["###", "#.#", "###", "#.#", "###"],
        ['9'] = ["###", "#.#", "###", "..#", "###"],
        ['.'] = [".", ".", ".", ".", "#"],
        [','] = [".", ".", ".", "#", "#"],
        [':'] = [".", "#", ".", "#", "."],
        ['%'] = ["#.#", "..#", ".#.", "#..", "#.#"],
        ['-'] = ["...", "...", "###", "...", "..."],
        ['+'] = ["...", ".#.", "###", ".#.", "..."],
        ['/'] = ["..#", "..#", ".#.", "#..", "#.."],
        [' '] = ["..", "..", "..", "..", ".."],
        ['A'] = [".#.", "#.#", "###", "#.#", "#.#"],
        ['B'] = ["##.", "#.#", "##.", "#.#", "##."],
        ['C'] = [".##", "#..", "#..", "#..", ".##"],
        ['D'] = ["##.", "#.#", "#.#", "#.#", "##."],
        ['E'] = ["###", "#..", "##.", "#..", "###"],
        ['F'] = ["###", "#..", "##.", "#..", "#.."],
        ['G'] = [".##", "#..", "#.#", "#.#", ".##"],
        ['H'] = ["#.#", "#.#", "###", "#.#", "#.#"],
        ['I'] = ["###", ".#.", ".#.", ".#.", "###"],
        ['J'] = ["..#", "..#", "..#", "#.#", ".#."],
        ['K'] = ["#.#", "#.#", "##.", "#.#", "#.#"],
        ['L'] = ["#..", "#..", "#..", "#..", "###"],
        ['M'] = ["#...#", "##.##", "#.#.#", "#...#", "#...#"],
        ['N'] = ["#..#", "##.#", "#.##", "#..#", "#..#"],
        ['O'] = [".#.", "#.#", "#.#", "#.#", ".#."],
        ['P'] = ["##.", "#.#", "##.", "#..", "#.."],
        ['Q'] = [".#.", "#.#", "#.#", "##.", ".##"],
        ['R'] = ["##.", "#.#", "##.", "#.#", "#.#"],
        ['S'] = [".##", "#..", ".#.", "..#", "##."],
        ['T'] = ["###", ".#.", ".#.", ".#.", ".#."],
        ['U'] = ["#.#", "#.#", "#.#", "#.#", "###"],
        ['V'] = ["#.#", "#.#", "#.#", "#.#", ".#."],
        ['W'] = ["#...#", "#...#", "#.#.#", "##.##", "#...#"],
        ['X'] = ["#.#", "#.#", ".#.", "#.#", "#.#"],
        ['Y'] = ["#.#", "#.#", ".#.", ".#.", ".#."],
        ['Z'] = ["###", "..#", ".#.", "#..", "###"],
        ['!'] = ["#", "#", "#", ".", "#"],
        ['?'] = ["##.", "..#", ".#.", "...", ".#."],
        ['\''] = ["#", "#", ".", ".", "."],
        ['('] = [".#", "#.", "#.", "#.", ".#"],
        [')'] = ["#.", ".#", ".#", ".#", "#."],
        ['&'] = [".#..", "#.#.", ".#.#", "#.#.", ".#.#"],
    };

    /// <summary>Whether every character of the text has a glyph (letters in either case).</summary>
    public static bool CanDraw(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.All(c => Glyphs.ContainsKey(char.ToUpperInvariant(c)));
    }

    /// <summary>The text's lines at the size: <see cref="BigTextSize"/> rows, all of <see cref="Width"/> columns.</summary>
    public static IReadOnlyList<string> Render(string text, BigTextSize size)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (size == BigTextSize.Plain)
        {
            return [text];
        }

        var pixels = Pixels(text);
        var width = pixels[0].Length;
        if (size == BigTextSize.Large)
        {
            return pixels.Select(row => string.Concat(row.Select(on => on ? "██" : "  "))).ToList();
        }

        var lines = new List<string>();
        for (var y = 0; y < GlyphHeight; y += 2)
        {
            var cells = new char[width];
            for (var x = 0; x < width; x++)
            {
                var top = pixels[y][x];
                var bottom = y + 1 < GlyphHeight && pixels[y + 1][x];
                cells[x] = (top, bottom) switch
                {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    _ => ' ',
                };
            }

            lines.Add(new string(cells));
        }

        return lines;
    }

    /// <summary>Columns the text takes at the size.</summary>
    public static int Width(string text, BigTextSize size)
    {
        ArgumentNullException.ThrowIfNull(text);
        return size switch
        {
            BigTextSize.Plain => text.Length,
            BigTextSize.Large => Pixels(text)[0].Length * 2,
            _ => Pixels(text)[0].Length,
        };
    }

    /// <summary>The largest size at which the text fits the columns and rows; <see cref="BigTextSize.Plain"/> when none does or it has a character without a glyph.</summary>
    public static BigTextSize Fit(string text, int columns, int rows)
    {
        if (!CanDraw(text))
        {
            return BigTextSize.Plain;
        }

        foreach (var size in new[] { BigTextSize.Large, BigTextSize.Medium })
        {
            if ((int)size <= rows && Width(text, size) <= columns)
            {
                return size;
            }
        }

        return BigTextSize.Plain;
    }

    /// <summary>Pixel rows of the text: each glyph then a blank column between glyphs.</summary>
    private static bool[][] Pixels(string text)
    {
        var rows = Enumerable.Range(0, GlyphHeight).Select(_ => new List<bool>()).ToArray();
        for (var i = 0; i < text.Length; i++)
        {
            var glyph = Glyphs.GetValueOrDefault(char.ToUpperInvariant(text[i])) ?? Glyphs[' '];
            for (var y = 0; y < GlyphHeight; y++)
            {
                if (i > 0)
                {
                    rows[y].Add(false);
                }

                rows[y].AddRange(glyph[y].Select(c => c == '#'));
            }
        }

        return rows.Select(r => r.ToArray()).ToArray();
    }
}
