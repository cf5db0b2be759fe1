using CoopSim.Tui.Tests.Fixtures;
using CoopSim.Tui.ViewModels;
using CoopSim.Tui.Views;
using Terminal.Gui.Input;

namespace CoopSim.Tui.Tests.Views;

/// <summary>The planner's whole UI on the virtual terminal, over a temporary copy of the tests' fixture scenarios.</summary>
internal sealed class Screen : VirtualTerminal
{
    public Screen(ScenarioFolder folder, int width = 80, int height = 24, params string[] files)
        : base(width, height)
    {
        Folder = folder;
        Workspace = new Workspace(ScenarioFolder.Catalog, new InlineRunScheduler());
        Workspace.Library.AddFolder(folder.Path);
        foreach (var file in files)
        {
            var outcome = Workspace.Editor is null ? Workspace.Open(folder.File(file)) : Workspace.ToggleComparison(folder.File(file));
            Assert.True(outcome.Accepted, outcome.Message);
        }

        View = new MainView(Workspace);
        Begin(View);
        if (Workspace.Editor is not null)
        {
            View.Editor.FocusTree();
        }

        Draw();
    }

    public ScenarioFolder Folder { get; }

    public Workspace Workspace { get; }

    public MainView View { get; }

    public new Screen Press(params Key[] keys)
    {
        base.Press(keys);
        return this;
    }

    public new Screen Type(string text)
    {
        base.Type(text);
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

    public override void Dispose()
    {
        View.Dispose();
        base.Dispose();
    }
}
