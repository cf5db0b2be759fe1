namespace CoopSim.Sectors.Energy;

/// <summary>
/// SO2 from coal by a sulphur mass balance: each tonne of coal with sulphur fraction S releases
/// 2·S·(1 − retention) tonnes of SO2 (SO2 weighs twice its sulphur, 64/32); a tonne holds
/// NCV/3.6 MWh. With S = 1%, retention 0.05 and NCV 20.908 GJ/t: 0.019 t/t ÷ 5.81 MWh/t = 3.27 kg/MWh.
/// </summary>
internal static class Sulphur
{
    /// <summary>Uncontrolled SO2 per MWh of coal burnt (t SO2/MWh).</summary>
    public static double PerCoalMwh(EnergySettings settings) =>
        2.0 * settings.CoalSulphur * (1.0 - settings.SulphurRetention) / (settings.CoalHeatingValue / 3.6);

    /// <summary>
    /// Proportional rollback: C = C_bg + (C0 − C_bg)·E/E0, with E0 the start year's emissions before
    /// programme technologies. The background is capped at C0 so that more emissions never lower C.
    /// </summary>
    public static double Concentration(EnergySettings settings, double emissions, double referenceEmissions)
    {
        var background = Math.Min(settings.BackgroundSo2Concentration, settings.InitialSo2Concentration);
        var ratio = referenceEmissions > 0.0 ? emissions / referenceEmissions : 1.0;
        return background + ((settings.InitialSo2Concentration - background) * ratio);
    }
}
