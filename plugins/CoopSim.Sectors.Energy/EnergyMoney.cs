namespace CoopSim.Sectors.Energy;

/// <summary>
/// Cost-effectiveness against business as usual (docs/models/energy.md, "Money"): CO2 avoided is the
/// same city's CO2 with no technology adopted less its CO2 this year; the cost per tonne is the
/// investment to date in CO2-cutting technologies over the CO2 avoided to date, both from the start year on.
/// </summary>
internal sealed class EnergyMoney
{
    private double _invested;
    private double _avoidedToDate;
    private double _bauToDate;

    /// <summary>CO2 avoided this year against business as usual (t CO2/year); negative when the technologies added CO2.</summary>
    public double Avoided { get; private set; }

    /// <summary>
    /// Investment to date per tonne of CO2 avoided to date (USD/t CO2); 0 while nothing is avoided, and
    /// while what is avoided is below a millionth of business-as-usual CO2 to date or below a gram (1e-6 t),
    /// which is rounding (and would make the ratio overflow in a town of almost no one).
    /// </summary>
    public double CostPerTonneAvoided { get; private set; }

    /// <summary>Adds a year's CO2 and business-as-usual CO2 (t CO2/year) and investment in CO2-cutting technologies (USD).</summary>
    public void Add(double co2, double bauCo2, double investment)
    {
        _invested += investment;
        Avoided = bauCo2 - co2;
        _avoidedToDate += Avoided;
        _bauToDate += bauCo2;
        CostPerTonneAvoided = _avoidedToDate > Math.Max(1e-6 * _bauToDate, 1e-6) ? _invested / _avoidedToDate : 0.0;
    }
}
