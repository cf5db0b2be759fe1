using System.Globalization;

namespace CoopSim.Tui.ViewModels;

/// <summary>The scenarios on screen, A (the edited one) first and labelled by place, and how their runs stand.</summary>
public sealed class ComparedScenarios
{
    public const int Max = 4;

    private readonly List<ScenarioSlot> _slots = [];

    public IReadOnlyList<ScenarioSlot> All => _slots;

    public int Count => _slots.Count;

    /// <summary>A, when a scenario is being edited.</summary>
    public ScenarioSlot? Edited => _slots.FirstOrDefault(s => s.IsEdited);

    public ScenarioSlot? Compared(string path) => _slots.FirstOrDefault(s => s.Path == path && !s.IsEdited);

    public void Add(ScenarioSlot slot)
    {
        _slots.Add(slot);
        Relabel();
    }

    /// <summary>Puts a newly opened A first, replacing the old A and the same file compared.</summary>
    public void Edit(ScenarioSlot slot)
    {
        _slots.RemoveAll(s => s.IsEdited || s.Path == slot.Path);
        _slots.Insert(0, slot);
        Relabel();
    }

    public void Remove(ScenarioSlot slot)
    {
        _slots.Remove(slot);
        Relabel();
    }

    /// <summary>What the results show: each scenario's last good run.</summary>
    public List<ShownRun> Shown() => _slots
        .Where(s => s.LastGood is not null)
        .Select(s => new ShownRun(s.Label, s.Name, s.LastGood!, s.IsStale))
        .ToList();

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

    private void Relabel()
    {
        for (var i = 0; i < _slots.Count; i++)
        {
            _slots[i].Label = ((char)('A' + i)).ToString();
        }
    }
}
