namespace CoopSim.Sectors.Water;

/// <summary>
/// Production capacity, service connections and hours of supply. Water needed for continuous
/// supply to N connections is W24(N) = α·N + β, where α is one connection's use, apparent losses
/// and unavoidable leakage and β the old network's excess leakage. Production grows toward what the
/// whole service area needs; the utility connects new customers as its network grows, but only as
/// many as it can supply for at least the start year's hours; water left over lengthens the hours.
/// Saved losses are a "second source" (cases.md W6): they lower α and β.
/// </summary>
internal sealed class WaterSupply
{
    private readonly WaterSettings _settings;

    public WaterSupply(WaterSettings settings) => _settings = settings;

    /// <summary>Production capacity (m3/day).</summary>
    public double Production { get; private set; }

    /// <summary>Service connections.</summary>
    public double Connections { get; private set; }

    /// <summary>Hours of supply a day.</summary>
    public double Hours { get; private set; }

    /// <summary>The start year: the observed system input is all the utility could produce.</summary>
    public void Start(double connections, double hours, double systemInput)
    {
        Connections = connections;
        Hours = hours;
        Production = systemInput;
    }

    /// <summary>Advances production, connections and hours by one year.</summary>
    /// <param name="population">This year's population.</param>
    /// <param name="perConnection">α: water one connection needs in continuous supply (m3/day).</param>
    /// <param name="oldExcess">β: excess leakage of the existing network in continuous supply (m3/day).</param>
    /// <param name="hardwareEffectiveness">e_hw: how well the utility plans and builds.</param>
    /// <param name="productionAdded">Capacity added through programmes (m3/day).</param>
    /// <param name="connectionsAdded">Connections added through programmes.</param>
    public void Advance(
        double population, double perConnection, double oldExcess, double hardwareEffectiveness,
        double productionAdded, double connectionsAdded)
    {
        var reachable = _settings.MaxCoverage * population / _settings.PersonsPerConnection;
        var neededForAll = (perConnection * reachable) + oldExcess;
        Production += Math.Min(_settings.ProductionGrowth * Production, Math.Max(0.0, neededForAll - Production)) + productionAdded;

        var unserved = Math.Max(0.0, reachable - Connections);
        var network = Math.Min(
            Math.Max(reachable, Connections),
            Connections + (_settings.ExtensionRate * hardwareEffectiveness * unserved) + connectionsAdded);
        var waterAllows = ((24.0 * Production / _settings.InitialSupplyHours) - oldExcess) / perConnection;
        var connections = Math.Max(Connections, Math.Min(network, waterAllows));
        Connections = Math.Min(population / _settings.PersonsPerConnection, connections);
        Hours = Math.Min(24.0, 24.0 * Production / ((perConnection * Connections) + oldExcess));
    }
}
