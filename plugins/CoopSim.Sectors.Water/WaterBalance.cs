namespace CoopSim.Sectors.Water;

/// <summary>
/// One year's IWA water balance (m3/day averaged over the year): system input = authorised
/// consumption (billed + unbilled) + apparent losses + real losses; non-revenue water = system
/// input − billed authorised consumption. It closes by construction.
/// </summary>
internal readonly record struct WaterBalance(double Billed, double Unbilled, double Apparent, double Real)
{
    public double Authorised => Billed + Unbilled;

    public double SystemInput => Authorised + Apparent + Real;

    public double NonRevenue => Unbilled + Apparent + Real;

    /// <summary>NRW as a share of system input; system input is never 0 because consumption is positive.</summary>
    public double NrwShare => NonRevenue / SystemInput;

    /// <summary>
    /// A = N·k·q/1000·h/24 (customers use in proportion to the hours water runs);
    /// apparent = rate·A; real = N·ρ/1000·h/24.
    /// </summary>
    /// <param name="connections">Service connections N.</param>
    /// <param name="settings">Persons per connection k, consumption q and the unbilled share.</param>
    /// <param name="hours">Hours of supply h.</param>
    /// <param name="apparentRate">Apparent losses per unit of authorised consumption.</param>
    /// <param name="realRate">Real losses per connection while pressurised ρ (L/connection/day).</param>
    public static WaterBalance Of(double connections, WaterSettings settings, double hours, double apparentRate, double realRate)
    {
        var supplied = hours / 24.0;
        var authorised = connections * settings.PersonsPerConnection * settings.ConsumptionPerCapita / 1000.0 * supplied;
        var unbilled = settings.UnbilledAuthorisedShare * authorised;
        return new WaterBalance(
            authorised - unbilled,
            unbilled,
            apparentRate * authorised,
            connections * realRate / 1000.0 * supplied);
    }
}
