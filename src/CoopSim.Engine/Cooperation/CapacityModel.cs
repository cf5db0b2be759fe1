using CoopSim.Engine.Scenarios;

namespace CoopSim.Engine.Cooperation;

/// <summary>
/// How cooperation activity becomes local capacity (docs/models/cooperation.md). Capacity grows
/// with effort, with diminishing returns, scaled by ownership and leadership. Part of what was built
/// becomes embedded (routines, procedures, staff who train others, a budget line) at a pace set by
/// ownership and leadership; turnover wears only the part not yet embedded. Every constant here is
/// an assumption, stated as one in the model document.
/// </summary>
public static class CapacityModel
{
    /// <summary>r: the share of the remaining gap to full capacity closed in a year of saturating effort (1/yr).</summary>
    public const double LearningRate = 0.6;

    /// <summary>E0: effort at which a year's learning reaches 63% of its maximum (person-month equivalents/yr).</summary>
    public const double EffortScale = 12.0;

    /// <summary>w_t: one trainee hosted counts as this much expert time (person-month equivalents).</summary>
    public const double TraineeWeight = 0.5;

    /// <summary>w_d: one demonstration project running for a year counts as this much expert time (person-month equivalents).</summary>
    public const double DemonstrationWeight = 6.0;

    /// <summary>A partner city mentors effectively only once its own capacity in the sector reaches this.</summary>
    public const double MentorThreshold = 0.6;

    /// <summary>
    /// ε: the share of the capacity not yet embedded that a city with full ownership and leadership
    /// embeds in a year (1/yr).
    /// </summary>
    public const double EmbeddingRate = 0.3;

    /// <summary>E: a year's effort from one programme, weighted by its partner's ability to mentor.</summary>
    public static double Effort(double expertPersonMonths, double trainees, double demonstrations, double mentorQuality) =>
        mentorQuality * (expertPersonMonths + (TraineeWeight * trainees) + (DemonstrationWeight * demonstrations));

    /// <summary>q: a partner mentors at its own capacity once past the threshold, not at all before.</summary>
    public static double MentorQuality(double partnerCapacity) =>
        partnerCapacity >= MentorThreshold ? partnerCapacity : 0.0;

    /// <summary>
    /// C(t) = C(t-1) + r·O·L·(1 − e^(−E/E0))·(1 − C(t-1)) − δ·(C(t-1) − K(t-1)): turnover wears only
    /// the capacity not embedded. Stays in [K, 1] for settings inside their ranges; equals C0
    /// forever when E is always 0 (then K = C0 too).
    /// </summary>
    public static double Next(double previous, double embedded, double effort, CapacitySettings settings)
    {
        var learning = 1.0 - Math.Exp(-Math.Max(0.0, effort) / EffortScale);
        var growth = LearningRate * settings.Ownership * settings.Leadership * learning * (1.0 - previous);
        var loss = settings.Turnover * Math.Max(0.0, previous - embedded);
        return Math.Clamp(previous + growth - loss, embedded, 1.0);
    }

    /// <summary>
    /// K(t) = K(t-1) + ε·O·L·(C(t-1) − K(t-1)), K(-1) = C0: embedding closes part of last year's gap
    /// between capacity and what is embedded. It never falls, and never passes last year's capacity.
    /// </summary>
    public static double NextEmbedded(double previousCapacity, double previousEmbedded, CapacitySettings settings) =>
        previousEmbedded + (EmbeddingRate * settings.Ownership * settings.Leadership * Math.Max(0.0, previousCapacity - previousEmbedded));
}
