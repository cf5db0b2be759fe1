using CoopSim.Abstractions;
using P = CoopSim.Sectors.Water.WaterParameters;

namespace CoopSim.Sectors.Water;

/// <summary>One city's water parameters, read once when the model is created.</summary>
internal sealed class WaterSettings
{
    public WaterSettings(ModelSetup setup)
    {
        InitialNrw = setup.Parameter(P.InitialNrw);
        InitialCoverage = setup.Parameter(P.InitialCoverage);
        InitialSupplyHours = setup.Parameter(P.InitialSupplyHours);
        ConsumptionPerCapita = setup.Parameter(P.ConsumptionPerCapita);
        UnbilledAuthorisedShare = setup.Parameter(P.UnbilledAuthorisedShare);
        PersonsPerConnection = setup.Parameter(P.PersonsPerConnection);
        RealLossShare = setup.Parameter(P.RealLossShare);
        MeteringErrorShare = setup.Parameter(P.MeteringErrorShare);
        ConnectionDensity = setup.Parameter(P.ConnectionDensity);
        ServicePipeLength = setup.Parameter(P.ServicePipeLength);
        AveragePressure = setup.Parameter(P.AveragePressure);
        ConnectionsPerBlock = setup.Parameter(P.ConnectionsPerBlock);
        LeakageRise = setup.Parameter(P.LeakageRise);
        OwnInspection = setup.Parameter(P.OwnInspection);
        OwnMeterReplacement = setup.Parameter(P.OwnMeterReplacement);
        AdoptionLag = setup.Parameter(P.AdoptionLag);
        PracticeLag = setup.Parameter(P.PracticeLag);
        OwnSurvey = setup.Parameter(P.OwnSurvey);
        OwnPressureManagement = setup.Parameter(P.OwnPressureManagement);
        InspectionPractice = setup.Parameter(P.InspectionPractice);
        MeterPractice = setup.Parameter(P.MeterPractice);
        DetectionWithoutBlocks = setup.Parameter(P.DetectionWithoutBlocks);
        CrewSurvey = setup.Parameter(P.CrewSurvey);
        TelemetryEffect = setup.Parameter(P.TelemetryEffect);
        PressureCut = setup.Parameter(P.PressureCut);
        LeakageExponent = setup.Parameter(P.LeakageExponent);
        NewMeterError = setup.Parameter(P.NewMeterError);
        TeamInspections = setup.Parameter(P.TeamInspections);
        ProductionGrowth = setup.Parameter(P.ProductionGrowth);
        ExtensionRate = setup.Parameter(P.ExtensionRate);
        MaxCoverage = setup.Parameter(P.MaxCoverage);
        EnergyIntensity = setup.Parameter(P.EnergyIntensity);
        BlockCost = setup.Parameter(P.BlockCost);
        TelemetryCost = setup.Parameter(P.TelemetryCost);
        CrewCost = setup.Parameter(P.CrewCost);
        PressureValveCost = setup.Parameter(P.PressureValveCost);
        RenewalCost = setup.Parameter(P.RenewalCost);
        MeterCost = setup.Parameter(P.MeterCost);
        TeamCost = setup.Parameter(P.TeamCost);
        ProductionCost = setup.Parameter(P.ProductionCost);
        ConnectionCost = setup.Parameter(P.ConnectionCost);
        AdvancedTreatmentCost = setup.Parameter(P.AdvancedTreatmentCost);
        AdvancedTreatmentRunningCost = setup.Parameter(P.AdvancedTreatmentRunningCost);
        BcfConstructionRatio = setup.Parameter(P.BcfConstructionRatio);
        BcfRunningRatio = setup.Parameter(P.BcfRunningRatio);
    }

    public double InitialNrw { get; }

    public double InitialCoverage { get; }

    public double InitialSupplyHours { get; }

    public double ConsumptionPerCapita { get; }

    public double UnbilledAuthorisedShare { get; }

    public double PersonsPerConnection { get; }

    public double RealLossShare { get; }

    public double MeteringErrorShare { get; }

    public double ConnectionDensity { get; }

    public double ServicePipeLength { get; }

    public double AveragePressure { get; }

    public double ConnectionsPerBlock { get; }

    public double LeakageRise { get; }

    public double OwnInspection { get; }

    public double OwnMeterReplacement { get; }

    public double AdoptionLag { get; }

    public double PracticeLag { get; }

    public double OwnSurvey { get; }

    public double OwnPressureManagement { get; }

    public double InspectionPractice { get; }

    public double MeterPractice { get; }

    public double DetectionWithoutBlocks { get; }

    public double CrewSurvey { get; }

    public double TelemetryEffect { get; }

    public double PressureCut { get; }

    public double LeakageExponent { get; }

    public double NewMeterError { get; }

    public double TeamInspections { get; }

    public double ProductionGrowth { get; }

    public double ExtensionRate { get; }

    public double MaxCoverage { get; }

    public double EnergyIntensity { get; }

    public double BlockCost { get; }

    public double TelemetryCost { get; }

    public double CrewCost { get; }

    public double PressureValveCost { get; }

    public double RenewalCost { get; }

    public double MeterCost { get; }

    public double TeamCost { get; }

    public double ProductionCost { get; }

    public double ConnectionCost { get; }

    public double AdvancedTreatmentCost { get; }

    public double AdvancedTreatmentRunningCost { get; }

    public double BcfConstructionRatio { get; }

    public double BcfRunningRatio { get; }
}
