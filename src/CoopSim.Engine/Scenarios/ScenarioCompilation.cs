using CoopSim.Engine.Diagnostics;

namespace CoopSim.Engine.Scenarios;

/// <summary>The outcome of checking a scenario: a runnable scenario, or every problem found.</summary>
public sealed record ScenarioCompilation(ResolvedScenario? Scenario, IReadOnlyList<ScenarioProblem> Problems)
{
    public bool IsValid => Scenario is not null && Problems.Count == 0;
}
