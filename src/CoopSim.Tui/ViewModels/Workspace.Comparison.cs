using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Tui.ViewModels;

public sealed partial class Workspace
{
    /// <summary>Adds a scenario file to the comparison, or takes it out when it is in.</summary>
    public EditOutcome ToggleComparison(string path)
    {
        var full = Path.GetFullPath(path);
        if (Editor?.Path == full)
        {
            return Report(EditOutcome.Refused($"{DisplayPath.Of(full)} is the scenario being edited (A)"));
        }

        var existing = _slots.FirstOrDefault(s => s.Path == full && !s.IsEdited);
        if (existing is not null)
        {
            existing.Cancel();
            _slots.Remove(existing);
            Relabel();
            RefreshResults();
            return Report(EditOutcome.Done($"took {DisplayPath.Of(full)} out of the comparison"));
        }

        if (_slots.Count >= MaxScenarios)
        {
            return Report(EditOutcome.Refused($"at most {MaxScenarios} scenarios are compared at once; take one out first (c on it)"));
        }

        var compilation = ScenarioCompiler.Load(full, Catalog);
        var name = compilation.Scenario?.Name ?? ScenarioReader.ReadFile(full).Document?.Name ?? Path.GetFileNameWithoutExtension(full);
        var slot = new ScenarioSlot(full, name, isEdited: false);
        _slots.Add(slot);
        Relabel();
        Request(slot, compilation);
        return Report(compilation.IsValid
            ? EditOutcome.Done($"comparing {slot.Label} = {name}")
            : EditOutcome.Refused($"{DisplayPath.Of(full)} cannot run: {compilation.Problems[0]}"));
    }
}
