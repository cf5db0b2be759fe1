namespace CoopSim.Sectors.Waste;

/// <summary>
/// Methane from the final disposal site by the IPCC 2006 first-order decay method (Guidelines
/// vol. 5 ch. 3, equations 3.1-3.6), one decay pool per degradable fraction:
/// DDOCm_d = W·DOC·DOCf·MCF; DDOCm_a(T) = DDOCm_d(T) + DDOCm_a(T−1)·e^(−k);
/// decomposed(T) = DDOCm_a(T−1)·(1 − e^(−k)); CH4 generated = Σ decomposed·F·16/12;
/// CH4 emitted = (generated − recovered)·(1 − OX). Waste deposited in a year starts to decay the next.
/// </summary>
internal sealed class LandfillMethane
{
    /// <summary>Mass of methane per mass of carbon, 16/12.</summary>
    public const double MethanePerCarbon = 16.0 / 12.0;

    private readonly MethaneParameters _parameters;
    private DecayPool _organic;
    private DecayPool _paper;
    private DecayPool _wood;
    private DecayPool _textile;
    private bool _started;

    public LandfillMethane(MethaneParameters parameters)
    {
        _parameters = parameters;
        _organic = new DecayPool(parameters.KOrganic);
        _paper = new DecayPool(parameters.KPaper);
        _wood = new DecayPool(parameters.KWood);
        _textile = new DecayPool(parameters.KTextile);
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

    /// <summary>Advances one year with this year's deposits by fraction (t wet waste per year).</summary>
    /// <param name="organic">Food and garden waste deposited (t/year).</param>
    /// <param name="paper">Paper deposited (t/year).</param>
    /// <param name="wood">Wood deposited (t/year).</param>
    /// <param name="textile">Textiles deposited (t/year).</param>
    /// <param name="recoveredShare">Share of generated methane collected this year, in [0, 1].</param>
    public void Step(double organic, double paper, double wood, double textile, double recoveredShare)
    {
        var p = _parameters;
        var factor = p.Docf * p.Mcf;
        var organicDeposit = organic * p.DocOrganic * factor;
        var paperDeposit = paper * p.DocPaper * factor;
        var woodDeposit = wood * p.DocWood * factor;
        var textileDeposit = textile * p.DocTextile * factor;
        if (!_started)
        {
            // Waste disposed of before the run, at the start year's rate, is already decaying.
            _organic.Fill(organicDeposit, p.PriorYears);
            _paper.Fill(paperDeposit, p.PriorYears);
            _wood.Fill(woodDeposit, p.PriorYears);
            _textile.Fill(textileDeposit, p.PriorYears);
            _started = true;
        }

        Decomposed = _organic.Step(organicDeposit) + _paper.Step(paperDeposit) + _wood.Step(woodDeposit) + _textile.Step(textileDeposit);
        Deposited = organicDeposit + paperDeposit + woodDeposit + textileDeposit;
        Accumulated = _organic.Accumulated + _paper.Accumulated + _wood.Accumulated + _textile.Accumulated;
        Generated = Decomposed * p.MethaneFraction * MethanePerCarbon;
        Recovered = Generated * Math.Clamp(recoveredShare, 0.0, 1.0);
        Emitted = (Generated - Recovered) * (1.0 - p.OxidationFactor);
    }

    /// <summary>One fraction's decomposable carbon in the site.</summary>
    private struct DecayPool(double k)
    {
        private readonly double _remaining = Math.Exp(-k);

        public double Accumulated { get; private set; }

        /// <summary>
        /// The pool after <paramref name="years"/> years of equal deposits, the last one in the year
        /// before the run: D·Σ_{i=0}^{n−1} e^(−k·i) = D·(1 − e^(−k·n)) / (1 − e^(−k)).
        /// </summary>
        public void Fill(double deposit, double years) =>
            Accumulated = deposit * (1.0 - Math.Pow(_remaining, years)) / (1.0 - _remaining);

        /// <summary>Decays last year's pool, adds this year's deposit, returns what decomposed.</summary>
        public double Step(double deposit)
        {
            var decomposed = Accumulated * (1.0 - _remaining);
            Accumulated = deposit + (Accumulated * _remaining);
            return decomposed;
        }
    }
}
