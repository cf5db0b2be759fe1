using System.Text;

namespace CoopSim.Engine.Json;

/// <summary>Turns byte offsets in a UTF-8 file into 1-based lines and character columns.</summary>
internal sealed class LineIndex
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    public LineIndex(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) At(long byteOffset)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, _utf8.Length);
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, ColumnOf(_lineStarts[line], offset));
    }

    /// <summary>For positions reported by the JSON reader: 0-based line and byte within it.</summary>
    public (int Line, int Column) AtLineByte(long line, long byteInLine)
    {
        var index = (int)Math.Clamp(line, 0, _lineStarts.Count - 1);
        var start = _lineStarts[index];
        var offset = (int)Math.Clamp(start + byteInLine, start, _utf8.Length);
        return (index + 1, ColumnOf(start, offset));
    }

    private int ColumnOf(int lineStart, int offset) =>
        Encoding.UTF8.GetCharCount(_utf8, lineStart, offset - lineStart) + 1;
}
