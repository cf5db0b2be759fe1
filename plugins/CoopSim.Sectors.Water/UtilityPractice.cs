using CoopSim.Abstractions;

namespace CoopSim.Sectors.Water;

/// <summary>
/// What the utility does on its own once cooperation has built capacity beyond its start: active
/// leakage control with crews it runs itself, pressure management by operating valves and pumps,
/// meter management and reading, and inspections that regularise illegal connections and correct
/// billing records (docs/models/water.md, "The utility's own practice"). Each grows with the
/// capacity gained, g = max(0, e − C0) / (1 − C0), reached with a lag (the practice level P follows
/// g with time constant practiceLag), so a city with no cooperation keeps its start year's routine
/// and nothing more. Crews, inspections and meters are counted per km of mains and
/// per connection, so a larger town needs more of them for the same practice.
/// </summary>
internal readonly record struct UtilityPractice(double Gained, double SurveyedShare, double PressureManagedShare, double InspectedShare, double MeteredShare)
{
    /// <summary>g: capacity gained above the city's own, as a share of what it could still gain.</summary>
    public static double GainedCapacity(double effective, CooperationInputs cooperation)
    {
        var own = cooperation.InitialCapacity;
        return own >= 1.0 ? 0.0 : Math.Clamp((effective - own) / (1.0 - own), 0.0, 1.0);
    }

    /// <summary>The shares of mains and connections each practice reaches this year at practice level P.</summary>
    public static UtilityPractice At(double gained, WaterSettings settings) => new(
        gained,
        settings.OwnSurvey * gained,
        settings.OwnPressureManagement * gained,
        settings.InspectionPractice * gained,
        settings.MeterPractice * gained);

    /// <summary>Crews the utility runs to survey its share of the mains (crews).</summary>
    public double Crews(double mains, WaterSettings settings) =>
        settings.CrewSurvey > 0.0 ? SurveyedShare * mains / settings.CrewSurvey : 0.0;

    /// <summary>What the practice costs a year beyond the start year's routine (USD/year).</summary>
    public double Cost(double mains, double connections, WaterSettings settings) =>
        (Crews(mains, settings) * settings.CrewCost)
        + (settings.TeamInspections > 0.0 ? InspectedShare * connections / settings.TeamInspections * settings.TeamCost : 0.0)
        + (MeteredShare * connections * settings.MeterCost);
}
