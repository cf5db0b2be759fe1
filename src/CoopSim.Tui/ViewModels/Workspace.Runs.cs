using System.Globalization;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Tui.ViewModels;

public sealed partial class Workspace
{
    /// <summary>One line on the runs: each scenario's state and time.</summary>
    public string RunStatus()
    {
        if (_slots.Count == 0)
        {
            return "";
        }

        var states = _slots.Select(s =>
        {
            if (s.IsRunning)
            {
                return $"{s.Label} running";
            }

            return s.Latest switch
            {
                null => $"{s.Label} waiting",
                { Succeeded: true } o => string.Create(CultureInfo.InvariantCulture, $"{s.Label} {o.Elapsed.TotalMilliseconds:0.#} ms"),
                _ => $"{s.Label} FAILED",
            };
        });
        return "run: " + string.Join("  ", states);
    }

    /// <summary>The failure of a scenario's latest run, if any, for the message line.</summary>
    public string? Failure() => _slots.Where(s => s.Latest is { Succeeded: false }).Select(s => $"{s.Label} did not run: {s.Latest!.Failure}").FirstOrDefault();

    private void OnEdited()
    {
        var slot = _slots.First(s => s.IsEdited);
        slot.Name = Editor!.Document.Name;
        Request(slot, Editor.Compilation);
        KeepRecovery();
    }

    private void Request(ScenarioSlot slot, ScenarioCompilation compilation)
    {
        slot.Request(compilation, _scheduler, completed =>
        {
            if (completed.Latest is { Succeeded: false } failed)
            {
                Message = StatusMessage.Error($"{completed.Label} did not run: {failed.Failure}");
            }

            if (completed.IsEdited)
            {
                if (completed.Latest is { Succeeded: true })
                {
                    CheckPhases(compilation);
                }
                else
                {
                    ForgetWarnings();
                }
            }

            RefreshResults();
        });
        RefreshResults();
    }

    private void RefreshResults()
    {
        Results.Update(_slots
            .Where(s => s.LastGood is not null)
            .Select(s => new ShownRun(s.Label, s.Name, s.LastGood!, s.IsStale))
            .ToList());
        Changed?.Invoke();
    }
}
