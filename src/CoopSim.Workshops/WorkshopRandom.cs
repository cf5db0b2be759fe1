using CoopSim.Engine.Simulation;

namespace CoopSim.Workshops;

/// <summary>
/// The session's random draws. Each draw is a pure function of the session seed and what is drawn
/// for (an event, one team's grant application), never of the order draws are made in, so replaying
/// the same decisions, or stepping back and forth, always draws the same.
/// </summary>
public static class WorkshopRandom
{
    /// <summary>A number in [0, 1), stable across processes and machines.</summary>
    public static double Uniform(int seed, string kind, string key) =>
        SeedMixer.For(seed, "workshop:" + kind, key) / 2147483648.0;

    /// <summary>Whether an event happens in this session (the same for every team).</summary>
    public static bool EventOccurs(int seed, ExerciseEvent e) => e.Probability >= 1 || Uniform(seed, "event", e.Id) < e.Probability;

    /// <summary>Whether a team's grant application, made with a card in a round, is approved.</summary>
    public static bool GrantApproved(int seed, string teamId, ExerciseRound round, ExerciseCard card) =>
        card.Grant is { } grant && (grant.Approval >= 1 || Uniform(seed, "grant", $"{teamId}/{round.Id}/{card.Id}") < grant.Approval);
}
