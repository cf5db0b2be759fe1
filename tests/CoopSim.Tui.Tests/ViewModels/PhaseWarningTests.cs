using CoopSim.Tui.Tests.Fixtures;
using CoopSim.Tui.ViewModels;

namespace CoopSim.Tui.Tests.ViewModels;

/// <summary>The planner hears, as <c>coopsim validate</c> says, that a programme phase changes no outcome.</summary>
public sealed class PhaseWarningTests : IDisposable
{
    private readonly ScenarioFolder _folder = new();
    private readonly Workspace _workspace = new(ScenarioFolder.Catalog, new InlineRunScheduler());

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Opening_a_scenario_names_the_phase_that_changes_nothing_and_where_it_is()
    {
        _workspace.Open(_folder.File(_folder.AddIdlePhase()));

        var warning = Assert.Single(_workspace.Warnings);
        Assert.Equal("$.programmes[0].phases[3]", warning.JsonPath);
        Assert.Contains("phase 'idle' changes no outcome of sector water in river-town: it has no activities", warning.Message, StringComparison.Ordinal);
        Assert.Equal("! " + warning.Message, _workspace.WarningLine());
    }

    [Fact]
    public void Removing_the_phase_that_changes_nothing_takes_its_warning_away()
    {
        _workspace.Open(_folder.File(_folder.AddIdlePhase()));
        Assert.NotEmpty(_workspace.Warnings);

        Assert.True(_workspace.Edit(e => e.RemovePhase("rt-water", "idle")).Accepted);

        Assert.Empty(_workspace.Warnings);
        Assert.Null(_workspace.WarningLine());
    }

    [Fact]
    public void A_phase_edited_down_to_no_activities_is_warned_about_after_the_edit()
    {
        _workspace.Open(_folder.File(ScenarioFolder.Water));
        Assert.DoesNotContain(_workspace.Warnings, w => w.Message.Contains("capacity-building-next", StringComparison.Ordinal));

        Assert.True(_workspace.Edit(e => e.AddPhaseAfter("rt-water", "capacity-building")).Accepted);
        Assert.DoesNotContain(_workspace.Warnings, w => w.Message.Contains("capacity-building-next", StringComparison.Ordinal));

        // The copy carries the phase's expert time and trainees; without them it does nothing.
        Assert.True(_workspace.Edit(e => e.TrySet(Fields.Field(e, "phase/capacity-building-next/expert person-months"), "0")).Accepted);
        Assert.True(_workspace.Edit(e => e.TrySet(Fields.Field(e, "phase/capacity-building-next/trainees"), "0")).Accepted);

        Assert.Contains(_workspace.Warnings, w => w.Message.Contains("phase 'capacity-building-next' changes no outcome", StringComparison.Ordinal));
    }

    [Fact]
    public void Opening_another_scenario_drops_the_warnings_of_the_first()
    {
        _workspace.Open(_folder.File(_folder.AddIdlePhase()));

        _workspace.Open(_folder.File(ScenarioFolder.WaterNoCooperation));

        Assert.Empty(_workspace.Warnings);
    }
}
