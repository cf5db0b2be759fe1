namespace CoopSim.Sectors.Water;

/// <summary>
/// Real losses, kept as the excess leakage per connection above the unavoidable level, at the
/// start year's pressure (L/connection/day while pressurised). New leaks add to it every year; the
/// utility's routine repair takes away the share that held the start year's excess steady; leak
/// detection crews and pipe renewal take more; new connections are laid to standard and bring no
/// excess, so the old network's excess is spread over more connections.
/// </summary>
internal sealed class RealLosses
{
    private readonly WaterSettings _settings;
    private double _excess;
    private double _routineRepair;

    public RealLosses(WaterSettings settings) => _settings = settings;

    /// <summary>Excess leakage per connection above the unavoidable level, at the reference pressure (L/connection/day).</summary>
    public double Excess => _excess;

    /// <summary>The start year: the excess is whatever the observed real losses leave above the unavoidable level.</summary>
    /// <param name="ratePerConnection">Observed real losses per connection while pressurised (L/connection/day).</param>
    /// <remarks>
    /// Routine repair f0 = rise / (X0 + rise) is the share of the excess the utility repairs each
    /// year on its own: with it, X0 is a steady state, so a city with no programme keeps its start
    /// year's leakage per connection.
    /// </remarks>
    public void Start(double ratePerConnection)
    {
        _excess = ratePerConnection - UnavoidableLosses.PerConnection(
            _settings.ConnectionDensity, _settings.ServicePipeLength, _settings.AveragePressure);
        _routineRepair = _excess > 0.0 ? _settings.LeakageRise / (_excess + _settings.LeakageRise) : 0.0;
    }

    /// <summary>
    /// X ← (X + rise·(1 − telemetryEffect·telemetered·e))·(1 − f0)·(1 − found)·(1 − renewed), with
    /// found = min(1, surveyed·(d0 + (1 − d0)·blocked)·e). A network at or below the unavoidable level stays there.
    /// </summary>
    public void Advance(double surveyedShare, double blockedShare, double telemeteredShare, double renewedShare, double effectiveness)
    {
        if (_excess <= 0.0)
        {
            return;
        }

        _excess += _settings.LeakageRise * (1.0 - (_settings.TelemetryEffect * telemeteredShare * effectiveness));
        var detection = _settings.DetectionWithoutBlocks + ((1.0 - _settings.DetectionWithoutBlocks) * blockedShare);
        var found = Math.Min(1.0, surveyedShare * detection * effectiveness);
        _excess *= (1.0 - _routineRepair) * (1.0 - found) * (1.0 - renewedShare);
    }

    /// <summary>New connections bring no excess: the old network's excess volume spreads over all connections.</summary>
    public void Spread(double previousConnections, double connections)
    {
        if (_excess > 0.0 && connections > previousConnections)
        {
            _excess *= previousConnections / connections;
        }
    }

    /// <summary>
    /// The excess leakage per connection at a pressure, scaled by (p/p0)^N1 (FAVAD). A network
    /// reported below the unavoidable level (ILI under 1, outside the formula's meaning) has a
    /// negative excess, scaled linearly like the unavoidable part so that lower pressure never
    /// raises its leakage.
    /// </summary>
    public double ExcessAt(double pressure)
    {
        var ratio = pressure / _settings.AveragePressure;
        return _excess * (_excess > 0.0 ? Math.Pow(ratio, _settings.LeakageExponent) : ratio);
    }

    /// <summary>Real losses per connection while pressurised at a pressure (L/connection/day), never below 0.</summary>
    public double RateAt(double pressure) =>
        Math.Max(0.0, UnavoidableAt(pressure) + ExcessAt(pressure));

    /// <summary>Unavoidable real losses per connection at a pressure (L/connection/day).</summary>
    public double UnavoidableAt(double pressure) =>
        UnavoidableLosses.PerConnection(_settings.ConnectionDensity, _settings.ServicePipeLength, pressure);
}
