namespace CoopSim.Sectors.Water;

/// <summary>
/// Apparent losses as two rates on authorised consumption: unauthorised use (illegal connections,
/// billing fraud) and metering error (meter under-registration and unmetered use). Inspections cut
/// the first; new meters bring the second down toward a new meter's error.
/// </summary>
internal sealed class ApparentLosses
{
    private readonly WaterSettings _settings;

    public ApparentLosses(WaterSettings settings) => _settings = settings;

    /// <summary>Unauthorised use as a share of authorised consumption.</summary>
    public double Unauthorised { get; private set; }

    /// <summary>Metering error as a share of authorised consumption.</summary>
    public double MeteringError { get; private set; }

    /// <summary>Apparent losses as a share of authorised consumption.</summary>
    public double Rate => Unauthorised + MeteringError;

    /// <summary>The start year: apparent losses split by the metering-error share.</summary>
    public void Start(double rate)
    {
        MeteringError = _settings.MeteringErrorShare * rate;
        Unauthorised = rate - MeteringError;
    }

    /// <summary>
    /// θ ← θ·(1 − inspected·e_hw·(0.5 + 0.5·blocked)); m ← m − max(0, m − m_new)·replaced·e_hw.
    /// </summary>
    public void Advance(double inspectedShare, double replacedShare, double blockedShare, double hardwareEffectiveness)
    {
        var caught = Math.Min(1.0, inspectedShare) * hardwareEffectiveness * (0.5 + (0.5 * blockedShare));
        Unauthorised *= 1.0 - caught;
        var excessError = Math.Max(0.0, MeteringError - _settings.NewMeterError);
        MeteringError -= excessError * Math.Min(1.0, replacedShare) * hardwareEffectiveness;
    }
}
