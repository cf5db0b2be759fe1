using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Validation;

namespace CoopSim.Tui.ViewModels;

/// <summary>
/// What the engine warns about the edited scenario although it runs: programme phases that change no
/// outcome (<see cref="PhaseEffects"/>, as <c>coopsim validate</c> reports them). Empty until checked.
/// </summary>
public sealed class PhaseWarnings(PluginCatalog catalog, IRunScheduler scheduler)
{
    private CancellationTokenSource? _phaseCheck;
    private string? _checkedText;

    public IReadOnlyList<ScenarioProblem> Current { get; private set; } = [];

    /// <summary>The first warning for the results caption, with how many more there are; null when there is none.</summary>
    public string? Line() => Current.Count switch
    {
        0 => null,
        1 => $"! {Current[0].Message}",
        _ => $"! {Current[0].Message} (and {ValueText.Count(Current.Count - 1, "more warning")})",
    };

    /// <summary>
    /// Checks the phases after a run succeeded. The check runs the scenario once more per phase, so it is
    /// scheduled after the run (the edited results come first), skipped when the document is unchanged
    /// since the last check, and dropped when a newer edit comes; <paramref name="found"/> hears new warnings.
    /// </summary>
    public void Check(ScenarioCompilation compilation, ScenarioDocument document, Action found)
    {
        if (compilation.Scenario is not { } scenario)
        {
            return;
        }

        var text = ScenarioWriter.Write(document);
        if (text == _checkedText)
        {
            return;
        }

        CancelPhaseCheck();
        var check = new CancellationTokenSource();
        _phaseCheck = check;
        scheduler.Schedule(_ => PhaseEffects.FindIneffective(scenario, catalog), warnings =>
        {
            if (!ReferenceEquals(_phaseCheck, check))
            {
                return;
            }

            _phaseCheck = null;
            check.Dispose();
            _checkedText = text;
            Current = warnings;
            found();
        }, check.Token);
    }

    /// <summary>Forgets the warnings of a document that is no longer the one on screen.</summary>
    public void Forget()
    {
        CancelPhaseCheck();
        _checkedText = null;
        Current = [];
    }

    private void CancelPhaseCheck()
    {
        _phaseCheck?.Cancel();
        _phaseCheck?.Dispose();
        _phaseCheck = null;
    }
}
