namespace CoopSim.Sectors.Water;

/// <summary>
/// Unavoidable annual real losses (UARL), the IWA reference level of leakage that even a very well
/// run network has (Lambert et al. 1999): UARL (L/day) = (18·Lm + 0.8·Nc + 25·Lp)·P while the system
/// is pressurised, with Lm mains (km), Nc connections, Lp private pipe (km) and P pressure (m). The
/// formula is meant for networks with more than 3,000 connections, 20 or more connections per km
/// and 25 m or more pressure; outside those limits the model still reports it (docs/models/water.md).
/// </summary>
internal static class UnavoidableLosses
{
    /// <summary>UARL per connection while pressurised (L/connection/day), with Lm = Nc / density.</summary>
    /// <param name="connectionDensity">Connections per km of mains.</param>
    /// <param name="servicePipeLength">Private pipe per connection, boundary to meter (m).</param>
    /// <param name="pressure">Average pressure (m).</param>
    public static double PerConnection(double connectionDensity, double servicePipeLength, double pressure) =>
        ((18.0 / connectionDensity) + 0.8 + (25.0 * servicePipeLength / 1000.0)) * pressure;
}
