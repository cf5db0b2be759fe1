namespace CoopSim.Sectors.Energy;

/// <summary>
/// The shares of coal, oil and gas in stationary energy in a year; the rest is non-fossil. Shares
/// written above 1 in total are scaled down to 1. Coal's share moves by coalShareChange a year,
/// gas taking up the difference, and each share stays within what is left.
/// </summary>
internal readonly record struct FuelMix(double Coal, double Oil, double Gas)
{
    public static FuelMix For(EnergySettings settings, int yearIndex)
    {
        var total = settings.CoalShare + settings.OilShare + settings.GasShare;
        var scale = total > 1.0 ? 1.0 / total : 1.0;
        var coal0 = settings.CoalShare * scale;
        var oil = settings.OilShare * scale;
        var gas0 = settings.GasShare * scale;
        var coal = Math.Clamp(coal0 + (settings.CoalShareChange * yearIndex), 0.0, 1.0 - oil);
        var gas = Math.Clamp(gas0 - (coal - coal0), 0.0, Math.Max(0.0, 1.0 - oil - coal));
        return new FuelMix(coal, oil, gas);
    }

    /// <summary>CO2 per MWh of stationary energy with this mix (t CO2/MWh).</summary>
    public double Co2Factor(EnergySettings settings) =>
        (Coal * settings.CoalCo2Factor) + (Oil * settings.OilCo2Factor) + (Gas * settings.GasCo2Factor);
}
