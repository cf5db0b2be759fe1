using CoopSim.Engine.Simulation;

namespace CoopSim.Tui.ViewModels;

/// <summary>What became of one run request: results, or the problems that kept it from running, and how long it took.</summary>
public sealed record RunOutcome(RunResult? Result, IReadOnlyList<string> Problems, TimeSpan Elapsed)
{
    /// <summary>A run that reached its end year.</summary>
    public bool Succeeded => Result is { Succeeded: true } && Problems.Count == 0;

    /// <summary>Why the run did not succeed: the scenario's first problem or the plugin failure.</summary>
    public string? Failure => Problems.Count > 0
        ? Problems.Count == 1 ? Problems[0] : $"{Problems[0]} (and {Problems.Count - 1} more)"
        : Result?.Failure?.ToString();
}
