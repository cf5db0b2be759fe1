using System.Diagnostics;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Tui.ViewModels;
using CoopSim.Tui.Views;
using Terminal.Gui.App;
using Terminal.Gui.Time;

namespace CoopSim.Tui.Benchmarks;

/// <summary>
/// Timings of one benchmark, every iteration in milliseconds: an edit until the screen is drawn as
/// the UI's main loop draws it (what changed), the same with the whole screen redrawn, and the run
/// alone. CPU time is per edit, for comparing figures taken on a busy machine.
/// </summary>
public sealed record BenchmarkResult(
    string Scenario, int Width, int Height,
    IReadOnlyList<double> EditToScreen, IReadOnlyList<double> EditToFullRedraw, IReadOnlyList<double> RunOnly, double CpuPerEdit)
{
    public static double Median(IReadOnlyList<double> values) => Quantile(values, 0.5);

    public static double Quantile(IReadOnlyList<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(q * sorted.Count))];
    }
}

/// <summary>
/// What a planner waits for after pressing + on a parameter: the edit is checked, the scenario
/// re-runs, the results are rebuilt and the whole screen is redrawn (forced, not just what
/// changed) on Terminal.Gui's virtual terminal. Writing to a real terminal is not included.
/// </summary>
public static class EditBenchmark
{
    /// <summary>The bundled scenario with the most values to compute (cities x sectors x metrics x years).</summary>
    public static string? Largest(string folder, PluginCatalog catalog)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        return Directory.EnumerateFiles(folder, "*.json")
            .Select(path => (Path: path, Compilation: ScenarioCompiler.Load(path, catalog)))
            .Where(c => c.Compilation.IsValid)
            .Select(c => (c.Path, Values: Simulator.Run(c.Compilation.Scenario!).Series.Sum(s => s.Values.Count)))
            .OrderByDescending(c => c.Values)
            .ThenBy(c => c.Path, StringComparer.Ordinal)
            .Select(c => c.Path)
            .FirstOrDefault();
    }

    /// <summary>Runs the benchmark headless; needs DisableRealDriverIO=1 so Terminal.Gui leaves the terminal alone.</summary>
    public static BenchmarkResult Run(string path, PluginCatalog catalog, int iterations, int width = 120, int height = 40, int warmup = 20)
    {
        using var app = Application.Create(new VirtualTimeProvider()).Init();
        app.Driver!.SetScreenSize(width, height);
        // In the UI the phase check runs after the edited results are on screen; run inline it would be timed as part of the edit.
        var workspace = new Workspace(catalog, new InlineRunScheduler()) { ChecksPhases = false };
        var opened = workspace.Open(path);
        if (!opened.Accepted || workspace.Slots[0].Latest is not { Succeeded: true })
        {
            throw new InvalidOperationException($"cannot benchmark {path}: {workspace.Failure() ?? opened.Message}");
        }

        using var view = new MainView(workspace);
        app.Begin(view);
        app.LayoutAndDraw(true);
        var field = view.Editor.Selected?.Field
                    ?? throw new InvalidOperationException($"{path} has no parameter to step");
        var editToScreen = new List<double>();
        var editToFullRedraw = new List<double>();
        var runOnly = new List<double>();
        var process = Process.GetCurrentProcess();
        var cpu = TimeSpan.Zero;
        for (var i = 0; i < warmup + (2 * iterations); i++)
        {
            // Up then down, so the value stays near the file's and every step is accepted; odd
            // iterations redraw the whole screen, as after a resize.
            var steps = i % 2 == 0 ? +1 : -1;
            var full = i % 2 == 1;
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var outcome = workspace.Edit(e => e.Nudge(field, steps));
            app.LayoutAndDraw(full);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            process.Refresh();
            if (!outcome.Accepted)
            {
                throw new InvalidOperationException($"the benchmark's edit was refused: {outcome.Message}");
            }

            if (i < warmup)
            {
                continue;
            }

            (full ? editToFullRedraw : editToScreen).Add(elapsed);
            if (!full)
            {
                cpu += process.TotalProcessorTime - cpuBefore;
                runOnly.Add(workspace.Slots[0].Latest!.Elapsed.TotalMilliseconds);
            }
        }

        return new BenchmarkResult(path, width, height, editToScreen, editToFullRedraw, runOnly, cpu.TotalMilliseconds / Math.Max(1, editToScreen.Count));
    }
}
