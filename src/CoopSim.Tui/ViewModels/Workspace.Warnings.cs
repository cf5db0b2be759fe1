using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Validation;

namespace CoopSim.Tui.ViewModels;

public sealed partial class Workspace
{
    private CancellationTokenSource? _phaseCheck;
    private string? _checkedText;

    /// <summary>
    /// What the engine warns about the edited scenario although it runs: programme phases that change no
    /// outcome (<see cref="PhaseEffects"/>, as <c>coopsim validate</c> reports them). Empty until checked.
    /// </summary>
    public IReadOnlyList<ScenarioProblem> Warnings { get; private set; } = [];

    /// <summary>Whether A's phases are checked after its runs (off where only the edit itself is timed).</summary>
    public bool ChecksPhases { get; init; } = true;

    /// <summary>The first warning for the results caption, with how many more there are; null when there is none.</summary>
    public string? WarningLine() => Warnings.Count switch
    {
        0 => null,
        1 => $"! {Warnings[0].Message}",
        _ => $"! {Warnings[0].Message} (and {Count(Warnings.Count - 1, "more warning")})",
    };

    /// <summary>
    /// Checks A's phases after its run succeeded. The check runs A once more per phase, so it is scheduled
    /// after the run (the edited results come first), skipped when the document is unchanged since the
    /// last check, and dropped when a newer edit comes.
    /// </summary>
    private void CheckPhases(ScenarioCompilation compilation)
    {
        if (!ChecksPhases || Editor is null || compilation.Scenario is not { } scenario)
        {
            return;
        }

        var text = ScenarioWriter.Write(Editor.Document);
        if (text == _checkedText)
        {
            return;
        }

        CancelPhaseCheck();
        var check = new CancellationTokenSource();
        _phaseCheck = check;
        _scheduler.Schedule(_ => PhaseEffects.FindIneffective(scenario, Catalog), warnings =>
        {
            if (!ReferenceEquals(_phaseCheck, check))
            {
                return;
            }

            _phaseCheck = null;
            check.Dispose();
            _checkedText = text;
            Warnings = warnings;
            Changed?.Invoke();
        }, check.Token);
    }

    /// <summary>Forgets the warnings of a document that is no longer the one on screen.</summary>
    private void ForgetWarnings()
    {
        CancelPhaseCheck();
        _checkedText = null;
        Warnings = [];
    }

    private void CancelPhaseCheck()
    {
        _phaseCheck?.Cancel();
        _phaseCheck?.Dispose();
        _phaseCheck = null;
    }
}
