namespace CoopSim.Sectors.Waste;

/// <summary>
/// Landfill methane parameters (IPCC 2006 Guidelines vol. 5 ch. 3). In bulk mode one pool takes all
/// landfilled waste with a single DOC and k; otherwise each degradable category has its own pool.
/// </summary>
/// <param name="Categories">DOC and k per <see cref="DegradableCategory"/>, in the enum's order.</param>
/// <param name="Bulk">Whether one pool takes all landfilled waste.</param>
/// <param name="BulkWaste">DOC and k of bulk waste.</param>
/// <param name="Mcf">Methane correction factor of the site (Table 3.1).</param>
/// <param name="Docf">Fraction of DOC that decomposes.</param>
/// <param name="MethaneFraction">F, methane in landfill gas.</param>
/// <param name="OxidationFactor">OX, methane oxidised in the cover (Table 3.2).</param>
/// <param name="DelayMonths">Months from deposit to the start of decay, in [0, 6].</param>
/// <param name="Gwp">Global warming potential of methane (t CO2e/t CH4).</param>
/// <param name="PriorYears">Years of disposal at the start-year rate before the run.</param>
internal sealed record MethaneParameters(
    IReadOnlyList<DecayConstants> Categories,
    bool Bulk,
    DecayConstants BulkWaste,
    double Mcf,
    double Docf,
    double MethaneFraction,
    double OxidationFactor,
    double DelayMonths,
    double Gwp,
    double PriorYears);
