using System.Diagnostics;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;

namespace CoopSim.Tui.ViewModels;

/// <summary>
/// One scenario on the chart: A is the one being edited, B to D are files added for comparison.
/// Holds the latest run outcome and the last run that succeeded, which stays on screen (marked
/// stale) while a newer request fails or is still running.
/// </summary>
public sealed class ScenarioSlot
{
    private CancellationTokenSource? _pending;

    internal ScenarioSlot(string path, string name, bool isEdited)
    {
        Path = path;
        Name = name;
        IsEdited = isEdited;
    }

    /// <summary>"A" to "D", by position in the comparison.</summary>
    public string Label { get; internal set; } = "A";

    public string Path { get; internal set; }

    public string Name { get; internal set; }

    /// <summary>Whether this is the scenario in the editor (re-run after each edit).</summary>
    public bool IsEdited { get; }

    public bool IsRunning => _pending is not null;

    public RunOutcome? Latest { get; private set; }

    public RunResult? LastGood { get; private set; }

    /// <summary>Whether <see cref="LastGood"/> is older than the scenario as it now stands.</summary>
    public bool IsStale => IsRunning || Latest is { Succeeded: false };

    /// <summary>Runs the compiled scenario in the background; a newer request cancels this one.</summary>
    internal void Request(ScenarioCompilation compilation, IRunScheduler scheduler, Action<ScenarioSlot> completed)
    {
        _pending?.Cancel();
        _pending?.Dispose();
        _pending = null;
        if (!compilation.IsValid)
        {
            Latest = new RunOutcome(null, compilation.Problems.Select(p => $"{p.JsonPath}: {p.Message}").ToList(), TimeSpan.Zero);
            completed(this);
            return;
        }

        var pending = new CancellationTokenSource();
        _pending = pending;
        var scenario = compilation.Scenario!;
        scheduler.Schedule(token => Run(scenario, token), outcome =>
        {
            if (!ReferenceEquals(_pending, pending))
            {
                return;
            }

            _pending = null;
            pending.Dispose();
            Latest = outcome;
            if (outcome.Result is { } result && outcome.Succeeded)
            {
                LastGood = result;
            }

            completed(this);
        }, pending.Token);
    }

    internal void Cancel()
    {
        _pending?.Cancel();
        _pending = null;
    }

    private static RunOutcome Run(ResolvedScenario scenario, CancellationToken token)
    {
        var clock = Stopwatch.StartNew();
        var result = Simulator.Run(scenario, cancellationToken: token);
        return new RunOutcome(result, [], clock.Elapsed);
    }
}
