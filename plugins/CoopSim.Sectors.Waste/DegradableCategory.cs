namespace CoopSim.Sectors.Waste;

/// <summary>The degradable waste categories of IPCC 2006 vol. 5 Tables 2.4 and 3.3, each with its own decay pool.</summary>
internal enum DegradableCategory
{
    Food,
    Garden,
    Paper,
    Wood,
    Textiles,
    Nappies,
    RubberLeather,
}

/// <summary>Degradable organic carbon (fraction of wet weight) and decay rate k (1/year) of one category.</summary>
internal readonly record struct DecayConstants(double Doc, double K);
