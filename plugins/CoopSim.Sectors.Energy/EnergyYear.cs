namespace CoopSim.Sectors.Energy;

/// <summary>Everything the energy model reports for one year.</summary>
internal readonly record struct EnergyYear(
    double Industry,
    double Buildings,
    double Transport,
    double WaterPumping,
    double StationaryDemand,
    double Renewable,
    double Coal,
    double Co2,
    double Methane,
    double BauCo2,
    double TargetReduction,
    double So2,
    double So2Removed,
    double So2Concentration,
    double So2Standard,
    double Investment)
{
    public double Demand => StationaryDemand + Transport;

    public double CoalShare => Demand > 0.0 ? Math.Min(1.0, Coal / Demand) : 0.0;

    public double Ghg => Co2 + Methane;

    public double BauGhg => BauCo2 + Methane;

    public double ReductionVsBau => BauGhg > 0.0 ? 1.0 - (Ghg / BauGhg) : 0.0;

    public double TargetGap => Ghg - ((1.0 - TargetReduction) * BauGhg);

    public double So2StandardRatio => So2Concentration / So2Standard;
}
