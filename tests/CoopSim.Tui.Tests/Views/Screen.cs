using CoopSim.Tui.Tests.Fixtures;
using CoopSim.Tui.ViewModels;
using CoopSim.Tui.Views;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;

namespace CoopSim.Tui.Tests.Views;

/// <summary>
/// The whole UI on Terminal.Gui's virtual terminal, over a temporary copy of the tests' fixture scenarios.
/// Runs are inline, so a key's effects are on the screen as soon as the key returns. Nothing here
/// waits for a real terminal.
/// </summary>
internal sealed class Screen : IDisposable
{
    private readonly IApplication _app;
    private readonly VirtualTimeProvider _time = new();

    public Screen(ScenarioFolder folder, int width = 80, int height = 24, params string[] files)
    {
        _app = Application.Create(_time).Init();
        _app.Driver!.SetScreenSize(width, height);
        Folder = folder;
        Workspace = new Workspace(ScenarioFolder.Catalog, new InlineRunScheduler());
        Workspace.Library.AddFolder(folder.Path);
        foreach (var file in files)
        {
            var outcome = Workspace.Editor is null ? Workspace.Open(folder.File(file)) : Workspace.ToggleComparison(folder.File(file));
            Assert.True(outcome.Accepted, outcome.Message);
        }

        View = new MainView(Workspace);
        _app.Begin(View);
        if (Workspace.Editor is not null)
        {
            View.Editor.FocusTree();
        }

        Draw();
    }

    public ScenarioFolder Folder { get; }

    public Workspace Workspace { get; }

    public MainView View { get; }

    public string Text { get; private set; } = "";

    public void Resize(int width, int height)
    {
        _app.Driver!.SetScreenSize(width, height);
        Draw();
    }

    public Screen Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            _app.InjectKey(key);
        }

        Draw();
        return this;
    }

    public Screen Type(string text)
    {
        foreach (var c in text)
        {
            _app.InjectKey(new Key(c));
        }

        Draw();
        return this;
    }

    public Screen Click(int x, int y)
    {
        Pause();
        _app.InjectSequence(InputInjectionExtensions.LeftButtonClick(new System.Drawing.Point(x, y)));
        Draw();
        return this;
    }

    public Screen DoubleClick(int x, int y)
    {
        Pause();
        _app.InjectSequence(InputInjectionExtensions.LeftButtonDoubleClick(new System.Drawing.Point(x, y)));
        Draw();
        return this;
    }

    /// <summary>Steps the results to a metric with the 'm' key, as a planner would, whatever the plugin's metric order.</summary>
    public Screen ShowMetric(string sectorId, string metricId)
    {
        var key = $"{sectorId}/{metricId}";
        for (var i = 0; i < Workspace.Results.Metrics.Count && Workspace.Results.Metric?.Key != key; i++)
        {
            Type("m");
        }

        Assert.Equal(key, Workspace.Results.Metric?.Key);
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

    public void Draw()
    {
        _app.LayoutAndDraw(true);
        Text = _app.Driver!.ToString() ?? "";
    }

    public IEnumerable<string> Lines => Text.Split('\n').Select(l => l.TrimEnd('\r'));

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

    public void Dispose()
    {
        View.Dispose();
        _app.Dispose();
    }
}
