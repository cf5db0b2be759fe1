namespace CoopSim.Sectors.Water;

/// <summary>Everything the water model reports for one year.</summary>
internal readonly record struct WaterYear(
    WaterBalance Balance,
    double Population,
    double Connections,
    double MainsLength,
    double Hours,
    double Production,
    double Pressure,
    double Ili,
    double BlockedShare,
    double AdvancedTreatedShare,
    double Investment,
    double RunningCost,
    double PersonsPerConnection,
    double EnergyIntensity)
{
    /// <summary>Leak-detection crews the utility runs itself (crews).</summary>
    public double OwnCrews { get; init; }

    /// <summary>What the utility's own practice costs beyond its start year's routine (USD/year).</summary>
    public double PracticeCost { get; init; }

    /// <summary>NRW saved against the start year's NRW per connection, on this year's connections (m3/day).</summary>
    public double NrwSaved { get; init; }

    /// <summary>Water spending to date per m3/day of NRW saved; 0 until something is saved (USD per m3/day).</summary>
    public double CostPerNrwSaved { get; init; }

    public double PeopleServed => Connections * PersonsPerConnection;

    /// <summary>Coverage = people served / population, at most 1.</summary>
    public double Coverage => Math.Min(1.0, PeopleServed / Population);

    /// <summary>NRW per connection per calendar day (L/connection/day).</summary>
    public double NrwPerConnection => Balance.NonRevenue * 1000.0 / Connections;

    /// <summary>Pumping energy (MWh/year) = system input (m3/day) × 365 × intensity (kWh/m3) / 1000.</summary>
    public double PumpingEnergy => Balance.SystemInput * 365.0 * EnergyIntensity / 1000.0;
}
