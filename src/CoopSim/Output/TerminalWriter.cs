using System.Text;
using CoopSim.Engine.Reporting;

namespace CoopSim.Cli.Output;

/// <summary>
/// Standard output or error as the commands see them: control characters from scenario names, keys
/// and values are shown as escapes (an ESC could otherwise recolour or retitle the terminal), and a
/// failed write (a full disk, a closed pipe) becomes an <see cref="OutputFailedException"/>.
/// </summary>
internal sealed class TerminalWriter(TextWriter inner, string name) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // The base setter accepts null; so does the inner writer.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Write([value]);

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (!TerminalText.IsSafe(buffer))
        {
            var escaped = TerminalText.Escape(buffer.ToString());
            Guard(() => inner.Write(escaped));
            return;
        }

        try
        {
            inner.Write(buffer);
        }
        catch (IOException e) when (e is not OutputFailedException)
        {
            throw new OutputFailedException(name, e);
        }
    }

    public override void WriteLine() => Guard(inner.WriteLine);

    public override void WriteLine(string? value)
    {
        Write(value);
        WriteLine();
    }

    public override void Flush() => Guard(inner.Flush);

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e) when (e is not OutputFailedException)
        {
            throw new OutputFailedException(name, e);
        }
    }
}
