namespace CoopSim.Sectors.Waste;

/// <summary>
/// How a household practice (composting at home, separating recyclables) spreads: the discrete Bass
/// (1969) model with a potential that moves with awareness (Mahajan and Peterson 1978), plus
/// households started directly by a hand-out (a basket, a new waste bank).
/// </summary>
internal static class HouseholdPractice
{
    /// <summary>
    /// x' = x + s·(1 − x); then, while x' is below the potential m,
    /// x'' = x' + min(1, p + q·x'/m)·(m − x'). A share above the potential stays where it is:
    /// households who started do not stop (docs/models/waste.md, "Left out").
    /// </summary>
    /// <param name="share">x: share of households practising last year.</param>
    /// <param name="seeded">s: households started directly this year, as a share of all households.</param>
    /// <param name="innovation">p: share of the remaining potential that outside influence (cadres) starts per year.</param>
    /// <param name="imitation">q: word of mouth from households already practising.</param>
    /// <param name="potential">m: share of households that would take up the practice this year.</param>
    /// <returns>This year's share, in [0, 1].</returns>
    public static double Next(double share, double seeded, double innovation, double imitation, double potential)
    {
        var next = share + (Math.Clamp(seeded, 0.0, 1.0) * (1.0 - share));
        if (potential > next)
        {
            var rate = Math.Min(1.0, innovation + (imitation * next / potential));
            next += rate * (potential - next);
        }

        return Math.Clamp(next, 0.0, 1.0);
    }
}
