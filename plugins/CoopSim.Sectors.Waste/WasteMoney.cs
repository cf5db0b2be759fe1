namespace CoopSim.Sectors.Waste;

/// <summary>
/// Cost-effectiveness against the run's own start (docs/models/waste.md, "Money"): waste diverted is
/// this year's generation at the start year's disposal share less what is disposed of this year;
/// spending is the programme's technology cost from the start year on. The start is not a
/// no-cooperation baseline: plants, routes and practice the city had before the run keep working.
/// </summary>
internal sealed class WasteMoney
{
    private double _startDisposedShare;
    private double _spent;

    /// <summary>Waste kept from final disposal and open dumping against the start year's share (t/day); negative when the share rose.</summary>
    public double Diverted { get; private set; }

    /// <summary>
    /// Technology cost to date per t/day diverted (USD per t/day); 0 while nothing is diverted, and while
    /// what is diverted is below a millionth of the year's generation or below a gram a day (1e-6 t/day),
    /// which is rounding, not waste (and would make the ratio overflow in a town of almost no one).
    /// </summary>
    public double CostPerDiverted { get; private set; }

    /// <summary>Adds a year's generation, waste disposed of (final disposal and open dumping, t/day) and technology cost (USD).</summary>
    public void Add(int yearIndex, double generated, double disposed, double technologyCost)
    {
        if (yearIndex == 0)
        {
            _startDisposedShare = generated > 0.0 ? disposed / generated : 0.0;
        }

        _spent += technologyCost;
        var diverted = (_startDisposedShare * generated) - disposed;

        // A difference of two tonnages of the year's size carries their rounding: below
        // 1e-12 of the year's generation it is rounding, not waste, and reads 0.
        Diverted = Math.Abs(diverted) > 1e-12 * generated ? diverted : 0.0;
        CostPerDiverted = Diverted > Math.Max(1e-6 * generated, 1e-6) ? _spent / Diverted : 0.0;
    }
}
