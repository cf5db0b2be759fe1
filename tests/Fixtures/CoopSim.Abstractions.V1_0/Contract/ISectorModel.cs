namespace CoopSim.Abstractions;

/// <summary>
/// The state of one sector in one city during one run. The host calls <see cref="Step"/> once per
/// simulated year, in year order, after the sectors whose signals this one reads.
/// </summary>
/// <remarks>
/// A step must be deterministic: the same setup and the same sequence of contexts yield the same
/// metrics. Draw randomness only from <see cref="ModelSetup.Seed"/>. A step should not allocate:
/// the host runs many cities, years and runs, and measures allocations per step.
/// </remarks>
public interface ISectorModel
{
    /// <summary>Advances the model by one year and writes every declared metric for that year.</summary>
    /// <param name="context">This year's inputs and the place to write outputs; valid only during the call.</param>
    void Step(StepContext context);
}
