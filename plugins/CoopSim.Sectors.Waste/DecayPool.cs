namespace CoopSim.Sectors.Waste;

/// <summary>
/// One category's decomposable carbon in the disposal site, IPCC 2006 vol. 5 ch. 3 with the delay
/// of Annex 3A.1: waste is deposited on average in mid-year and starts to decay in month
/// M = 7 + delay, so in its own year it decays for (13 − M)/12 of a year. With the IPCC default
/// delay of 6 months M = 13 and nothing decays in the year of deposit (equations 3.4-3.5).
/// </summary>
internal struct DecayPool
{
    private readonly double _remaining;
    private readonly double _firstYearRemaining;

    /// <param name="k">Decay rate (1/year).</param>
    /// <param name="delayMonths">Months from deposit (mid-year) to the start of decay, in [0, 6].</param>
    public DecayPool(double k, double delayMonths)
    {
        _remaining = Math.Exp(-k);
        _firstYearRemaining = Math.Exp(-k * FirstYearFraction(delayMonths));
    }

    /// <summary>DDOCm_a at the end of the last year stepped (t).</summary>
    public double Accumulated { get; private set; }

    /// <summary>(13 − M)/12 with M = 7 + delay: the part of its own year a deposit decays.</summary>
    public static double FirstYearFraction(double delayMonths) => (6.0 - Math.Clamp(delayMonths, 0.0, 6.0)) / 12.0;

    /// <summary>
    /// The pool after <paramref name="years"/> years of equal deposits D, the last one in the year
    /// before the run: D·e^(−k·a)·Σ_{i=0}^{n−1} e^(−k·i) = D·e^(−k·a)·(1 − e^(−k·n)) / (1 − e^(−k)).
    /// </summary>
    public void Fill(double deposit, double years) =>
        Accumulated = deposit * _firstYearRemaining * (1.0 - Math.Pow(_remaining, years)) / (1.0 - _remaining);

    /// <summary>
    /// Decays last year's pool for a year and this year's deposit for its first part-year
    /// (Annex 3A.1), adds what is left of the deposit, and returns what decomposed this year.
    /// </summary>
    public double Step(double deposit)
    {
        var decomposed = (Accumulated * (1.0 - _remaining)) + (deposit * (1.0 - _firstYearRemaining));
        Accumulated = (deposit * _firstYearRemaining) + (Accumulated * _remaining);
        return decomposed;
    }
}
