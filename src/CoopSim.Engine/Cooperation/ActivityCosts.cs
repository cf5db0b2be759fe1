using CoopSim.Engine.Scenarios;

namespace CoopSim.Engine.Cooperation;

/// <summary>
/// What a phase's cooperation activities cost a year at stated unit costs (docs/models/cooperation.md,
/// "Money"). Technologies are costed by the sector that uses them, not here. Every unit cost is an
/// assumption, stated as one in the model document.
/// </summary>
public static class ActivityCosts
{
    /// <summary>One expert person-month on dispatch: fee, travel and allowances (USD).</summary>
    public const double ExpertPersonMonth = 25_000.0;

    /// <summary>One trainee hosted for a course of weeks to months: travel, stay and the host's time (USD).</summary>
    public const double Trainee = 15_000.0;

    /// <summary>One demonstration project running for a year: equipment, works and local staff (USD).</summary>
    public const double DemonstrationYear = 150_000.0;

    /// <summary>The yearly cost of a phase's expert time, trainees and demonstrations (USD/year).</summary>
    public static double Of(ResolvedPhase phase) =>
        (phase.ExpertPersonMonths * ExpertPersonMonth) + (phase.Trainees * Trainee) + (phase.Demonstrations * DemonstrationYear);

    /// <summary>
    /// A phase spends more than its funding when it states funding and its activities cost more a
    /// year than that funding brings a year. A phase that states no funding is not checked: its
    /// activities are paid from budgets the scenario does not state.
    /// </summary>
    public static bool Overspends(ResolvedPhase phase) =>
        phase.FundingPerYear > 0.0 && Of(phase) > phase.FundingPerYear * (1.0 + 1e-9);
}
