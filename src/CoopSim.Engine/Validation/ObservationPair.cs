using CoopSim.Engine.Scenarios;

namespace CoopSim.Engine.Validation;

/// <summary>An observation and what a run gave for the same metric, city and year.</summary>
public sealed record ObservationPair(ObservedValue Observed, double Simulated)
{
    public double Error => Simulated - Observed.Value;

    /// <summary>The error in units of the observation's uncertainty (one standard deviation).</summary>
    public double StandardisedError => Error / Observed.Uncertainty;
}
