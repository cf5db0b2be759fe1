using System.Globalization;
using System.Text;

namespace CoopSim.Engine.Reporting;

/// <summary>
/// Text from a scenario shown on a terminal: a control character (ESC starts colour and title
/// sequences, CR and BS overwrite what was shown) is written as a visible <c>\u001b</c>-style escape.
/// Line feeds and tabs stay, since tables and messages are made of lines.
/// </summary>
public static class TerminalText
{
    public static bool IsSafe(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsSafe(text))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool IsControl(char c) =>
        c != '\n' && c != '\t' && (c < ' ' || c is >= '\u007f' and <= '\u009f' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069');
}
