namespace CoopSim.Sectors.Waste;

/// <summary>
/// Methane from the final disposal site by the IPCC 2006 first-order decay method (Guidelines
/// vol. 5 ch. 3, equations 3.1-3.6 and Annex 3A.1), one decay pool per degradable category or one
/// for bulk waste: DDOCm_d = W·DOC·DOCf·MCF; each pool decays as <see cref="DecayPool"/>;
/// CH4 generated = Σ decomposed·F·16/12; CH4 emitted = (generated − recovered)·(1 − OX).
/// </summary>
internal sealed class LandfillMethane
{
    /// <summary>Mass of methane per mass of carbon, 16/12.</summary>
    public const double MethanePerCarbon = 16.0 / 12.0;

    private readonly MethaneParameters _parameters;
    private readonly DecayConstants[] _constants;
    private readonly DecayPool[] _pools;
    private bool _started;

    public LandfillMethane(MethaneParameters parameters)
    {
        _parameters = parameters;
        _constants = parameters.Bulk ? [parameters.BulkWaste] : [.. parameters.Categories];
        _pools = [.. _constants.Select(c => new DecayPool(c.K, parameters.DelayMonths))];
    }

    /// <summary>DDOCm deposited this year (t).</summary>
    public double Deposited { get; private set; }

    /// <summary>DDOCm accumulated in the site at the end of this year (t).</summary>
    public double Accumulated { get; private set; }

    /// <summary>DDOCm decomposed this year (t).</summary>
    public double Decomposed { get; private set; }

    /// <summary>Methane generated this year (t CH4).</summary>
    public double Generated { get; private set; }

    /// <summary>Methane recovered this year (t CH4).</summary>
    public double Recovered { get; private set; }

    /// <summary>Methane emitted this year (t CH4).</summary>
    public double Emitted { get; private set; }

    /// <summary>Emitted methane in CO2 equivalents (t CO2e).</summary>
    public double Co2Equivalent => Emitted * _parameters.Gwp;

    /// <summary>Advances one year with this year's deposits.</summary>
    /// <param name="byCategory">Landfilled wet mass per <see cref="DegradableCategory"/>, in the enum's order (t/day).</param>
    /// <param name="total">All landfilled waste, inert included: what bulk mode decays (t/day).</param>
    /// <param name="days">Days of deposits in the year.</param>
    /// <param name="recoveredShare">Share of generated methane collected this year, in [0, 1].</param>
    public void Step(IReadOnlyList<double> byCategory, double total, double days, double recoveredShare)
    {
        var p = _parameters;
        var factor = days * p.Docf * p.Mcf;
        Deposited = 0;
        Decomposed = 0;
        Accumulated = 0;
        for (var i = 0; i < _pools.Length; i++)
        {
            var mass = p.Bulk ? total : byCategory[i];
            var deposit = mass * _constants[i].Doc * factor;
            if (!_started)
            {
                // Waste disposed of before the run, at the start year's rate, is already decaying.
                _pools[i].Fill(deposit, p.PriorYears);
            }

            Decomposed += _pools[i].Step(deposit);
            Deposited += deposit;
            Accumulated += _pools[i].Accumulated;
        }

        _started = true;
        Generated = Decomposed * p.MethaneFraction * MethanePerCarbon;
        Recovered = Generated * Math.Clamp(recoveredShare, 0.0, 1.0);
        Emitted = (Generated - Recovered) * (1.0 - p.OxidationFactor);
    }
}
