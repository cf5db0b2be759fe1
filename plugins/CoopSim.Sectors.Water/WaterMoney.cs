namespace CoopSim.Sectors.Water;

/// <summary>
/// Cost-effectiveness against the run's own start (docs/models/water.md, "Money"): NRW saved is the
/// start year's NRW per connection less this year's, times this year's connections; spending is every
/// water cost the model counts, from the start year on. The start is not a no-cooperation baseline:
/// the utility's own reform and new connections laid to standard save water too.
/// </summary>
internal sealed class WaterMoney
{
    private double _startPerConnection;
    private double _spent;

    /// <summary>NRW saved against the start year's NRW per connection (m3/day); negative when NRW per connection rose.</summary>
    public double Saved { get; private set; }

    /// <summary>
    /// Spending to date per m3/day saved (USD per m3/day); 0 while nothing is saved, and while what is
    /// saved is below a millionth of the year's NRW or below a millilitre a day (1e-6 m3/day), which is
    /// rounding, not water (and would make the ratio overflow in a town of almost no one).
    /// </summary>
    public double CostPerSaved { get; private set; }

    /// <summary>Adds a year's NRW (m3/day), connections and spending (USD).</summary>
    public void Add(int yearIndex, double nonRevenue, double connections, double spending)
    {
        if (yearIndex == 0)
        {
            _startPerConnection = nonRevenue / connections;
        }

        _spent += spending;
        var saved = (_startPerConnection * connections) - nonRevenue;

        // A difference of two volumes of the year's NRW size carries their rounding (about 1e-15 of
        // them): below 1e-12 of the year's NRW it is rounding, not water, and reads 0.
        Saved = Math.Abs(saved) > 1e-12 * nonRevenue ? saved : 0.0;
        CostPerSaved = Saved > Math.Max(1e-6 * nonRevenue, 1e-6) ? _spent / Saved : 0.0;
    }
}
