using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;
using Terminal.Gui.Views;

namespace CoopSim.Tui.Tests.Views;

/// <summary>
/// A view on Terminal.Gui's virtual terminal: keys and clicks go in, the screen's text comes out.
/// Runs are inline, so a key's effects are on the screen as soon as the key returns. Nothing here
/// waits for a real terminal.
/// </summary>
internal abstract class VirtualTerminal : IDisposable
{
    private readonly IApplication _app;
    private readonly VirtualTimeProvider _time = new();

    protected VirtualTerminal(int width, int height)
    {
        _app = Application.Create(_time).Init();
        _app.Driver!.SetScreenSize(width, height);
    }

    public string Text { get; private set; } = "";

    public IEnumerable<string> Lines => Text.Split('\n').Select(l => l.TrimEnd('\r'));

    protected void Begin(Runnable view) => _app.Begin(view);

    public void Resize(int width, int height)
    {
        _app.Driver!.SetScreenSize(width, height);
        Draw();
    }

    public void Draw()
    {
        _app.LayoutAndDraw(true);
        Text = _app.Driver!.ToString() ?? "";
    }

    public VirtualTerminal Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            _app.InjectKey(key);
        }

        Draw();
        return this;
    }

    public VirtualTerminal Type(string text)
    {
        foreach (var c in text)
        {
            _app.InjectKey(new Key(c));
        }

        Draw();
        return this;
    }

    public VirtualTerminal Click(int x, int y)
    {
        Pause();
        _app.InjectSequence(InputInjectionExtensions.LeftButtonClick(new System.Drawing.Point(x, y)));
        Draw();
        return this;
    }

    public VirtualTerminal DoubleClick(int x, int y)
    {
        Pause();
        _app.InjectSequence(InputInjectionExtensions.LeftButtonDoubleClick(new System.Drawing.Point(x, y)));
        Draw();
        return this;
    }

    /// <summary>Lets a second pass, as a person would between clicks (else two clicks make a double-click).</summary>
    private void Pause() => _time.Advance(TimeSpan.FromSeconds(1));

    /// <summary>Where a text first appears on the screen.</summary>
    public (int X, int Y) Find(string text)
    {
        var lines = Lines.ToList();
        for (var y = 0; y < lines.Count; y++)
        {
            var x = lines[y].IndexOf(text, StringComparison.Ordinal);
            if (x >= 0)
            {
                return (x, y);
            }
        }

        throw new Xunit.Sdk.XunitException($"'{text}' is not on the screen:\n{Text}");
    }

    /// <summary>The text inside a pane's frame, found by its title.</summary>
    public string Pane(string title)
    {
        var (x, y) = Find(title);
        var lines = Lines.ToList();
        var left = lines[y].LastIndexOf('╭', x);
        var right = lines[y].IndexOf('╮', x);
        var rows = new List<string>();
        for (var row = y + 1; row < lines.Count && lines[row].Length > left && lines[row][left] != '╰'; row++)
        {
            rows.Add(lines[row][(left + 1)..Math.Min(right, lines[row].Length)]);
        }

        return string.Join('\n', rows);
    }

    public virtual void Dispose() => _app.Dispose();
}
