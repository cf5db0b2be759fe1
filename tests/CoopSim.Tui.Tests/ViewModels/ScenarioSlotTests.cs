using System.Collections.Concurrent;
using System.Diagnostics;
using CoopSim.Engine.Scenarios;
using CoopSim.Tui.Tests.Fixtures;
using CoopSim.Tui.ViewModels;

namespace CoopSim.Tui.Tests.ViewModels;

public sealed class ScenarioSlotTests : IDisposable
{
    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ScenarioCompilation WithNrw(double nrw)
    {
        var path = _folder.File(ScenarioFolder.Water);
        var document = ScenarioReader.ReadFile(path).Document!;
        document.Cities[1].Sectors["water"].Parameters["initialNrw"] = nrw;
        return EditedScenario.Compile(document, path, ScenarioFolder.Catalog);
    }

    [Fact]
    public void Runs_happen_off_the_ui_thread_and_only_the_newest_request_reaches_the_screen()
    {
        var ui = new BlockingCollection<Action>();
        var slot = new ScenarioSlot(_folder.File(ScenarioFolder.Water), "A", isEdited: true);
        var scheduler = new BackgroundRunScheduler(ui.Add);
        var completions = new List<double>();
        var uiThread = Environment.CurrentManagedThreadId;
        var runThreads = new ConcurrentBag<int>();

        foreach (var nrw in new[] { 0.50, 0.55, 0.60, 0.65 })
        {
            slot.Request(WithNrw(nrw), scheduler, s =>
            {
                runThreads.Add(Environment.CurrentManagedThreadId);
                completions.Add(s.LastGood!.Find(ScenarioFolder.City, "water", "nrw")!.At(1993));
            });
            Assert.True(slot.IsRunning);
        }

        // The UI loop: take posted work until the slot is done (bounded so a bug cannot hang the run).
        var clock = Stopwatch.StartNew();
        while (slot.IsRunning && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (ui.TryTake(out var action, TimeSpan.FromMilliseconds(50)))
            {
                action();
            }
        }

        Assert.False(slot.IsRunning);
        Assert.Equal([0.65], completions.Select(v => Math.Round(v, 6)));
        Assert.All(runThreads, t => Assert.Equal(uiThread, t));
        Assert.True(slot.Latest!.Succeeded);
    }

    [Fact]
    public void A_scenario_with_problems_reports_them_without_running()
    {
        var slot = new ScenarioSlot(_folder.File(ScenarioFolder.Water), "A", isEdited: true);
        var invalid = WithNrw(1.5);

        slot.Request(invalid, new InlineRunScheduler(), _ => { });

        Assert.Null(slot.LastGood);
        Assert.False(slot.Latest!.Succeeded);
        Assert.Contains("initialNrw", slot.Latest.Failure, StringComparison.Ordinal);
    }
}
