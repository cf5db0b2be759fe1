using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace CoopSim.Tui.Views;

/// <summary>
/// The look: the terminal's own colours, with focus and selection in reverse video and editable
/// text underlined, so that every state reads on a monochrome terminal. Colour is added only to
/// tell chart lines apart, and their markers differ as well.
/// </summary>
internal static class Theme
{
    private static readonly Color Default = Color.None;

    public static Scheme Main { get; } = new(new Attribute(Default, Default))
    {
        Focus = new Attribute(Default, Default, TextStyle.Reverse),
        HotNormal = new Attribute(Default, Default, TextStyle.Bold | TextStyle.Underline),
        HotFocus = new Attribute(Default, Default, TextStyle.Reverse | TextStyle.Underline),
        Active = new Attribute(Default, Default, TextStyle.Bold | TextStyle.Underline),
        HotActive = new Attribute(Default, Default, TextStyle.Bold | TextStyle.Underline),
        Highlight = new Attribute(Default, Default, TextStyle.Bold),
        Editable = new Attribute(Default, Default, TextStyle.Underline),
        ReadOnly = new Attribute(Default, Default),
        Disabled = new Attribute(Default, Default, TextStyle.Faint),
    };

    /// <summary>Messages that refuse or report a failure: bold (the text also says so).</summary>
    public static Scheme Error { get; } = new(new Attribute(Default, Default, TextStyle.Bold));

    private static readonly ColorName16[] SeriesColours =
    [
        ColorName16.BrightCyan,
        ColorName16.BrightYellow,
        ColorName16.BrightMagenta,
        ColorName16.BrightGreen,
        ColorName16.BrightRed,
        ColorName16.BrightBlue,
        ColorName16.Cyan,
        ColorName16.Yellow,
    ];

    public static Attribute Series(int index) => new(new Color(SeriesColours[index % SeriesColours.Length]), Default, TextStyle.Bold);

    public static Attribute Overlap { get; } = new(Default, Default, TextStyle.Bold);

    /// <summary>
    /// Projector mode: white on black, bold, whatever the terminal's own colours, since a
    /// projector washes out faint text and a pale background; selection is still reverse video.
    /// </summary>
    public static Scheme Projector { get; } = new(new Attribute(new Color(ColorName16.White), new Color(ColorName16.Black), TextStyle.Bold))
    {
        Focus = new Attribute(new Color(ColorName16.White), new Color(ColorName16.Black), TextStyle.Bold | TextStyle.Reverse),
        HotNormal = new Attribute(new Color(ColorName16.BrightYellow), new Color(ColorName16.Black), TextStyle.Bold),
        HotFocus = new Attribute(new Color(ColorName16.BrightYellow), new Color(ColorName16.Black), TextStyle.Bold | TextStyle.Reverse),
        Active = new Attribute(new Color(ColorName16.White), new Color(ColorName16.Black), TextStyle.Bold),
        HotActive = new Attribute(new Color(ColorName16.BrightYellow), new Color(ColorName16.Black), TextStyle.Bold),
        Highlight = new Attribute(new Color(ColorName16.BrightYellow), new Color(ColorName16.Black), TextStyle.Bold),
        Editable = new Attribute(new Color(ColorName16.White), new Color(ColorName16.Black), TextStyle.Bold),
        ReadOnly = new Attribute(new Color(ColorName16.White), new Color(ColorName16.Black), TextStyle.Bold),
        Disabled = new Attribute(new Color(ColorName16.Gray), new Color(ColorName16.Black)),
    };
}
