namespace CoopSim.Sectors.Waste;

/// <summary>
/// The wet-weight composition of generated waste by IPCC 2006 category (vol. 5 Table 2.3). Organic
/// waste is food plus garden and park waste; the garden share is part of it, not added to it. Each
/// share is declared in [0, 1] on its own, so together they may exceed 1; they are then scaled down
/// in proportion so that they sum to 1 and nothing is inert. Otherwise the rest, 1 − Σ, is inert
/// waste (soil, ash, stones, other).
/// </summary>
internal sealed class WasteComposition
{
    public WasteComposition(
        double organic, double garden, double paper, double plastic, double glassMetal, double wood, double textile, double nappies, double rubberLeather)
    {
        var sum = organic + paper + plastic + glassMetal + wood + textile + nappies + rubberLeather;
        var scale = sum > 1.0 ? 1.0 / sum : 1.0;
        Organic = organic * scale;
        Garden = Math.Min(garden, organic) * scale;
        Paper = paper * scale;
        Plastic = plastic * scale;
        GlassMetal = glassMetal * scale;
        Wood = wood * scale;
        Textile = textile * scale;
        Nappies = nappies * scale;
        RubberLeather = rubberLeather * scale;
        Inert = Math.Max(0.0, 1.0 - (Organic + Paper + Plastic + GlassMetal + Wood + Textile + Nappies + RubberLeather));
    }

    /// <summary>Food and garden waste: what can be composted.</summary>
    public double Organic { get; }

    /// <summary>Garden and park waste, part of <see cref="Organic"/>.</summary>
    public double Garden { get; }

    /// <summary>Food waste: organic waste less garden waste.</summary>
    public double Food => Organic - Garden;

    /// <summary>Share of organic waste that is garden and park waste.</summary>
    public double GardenInOrganic => Organic > 0 ? Garden / Organic : 0.0;

    public double Paper { get; }

    public double Plastic { get; }

    public double GlassMetal { get; }

    public double Wood { get; }

    public double Textile { get; }

    public double Nappies { get; }

    public double RubberLeather { get; }

    public double Inert { get; }

    /// <summary>Paper, plastics, glass and metal: what waste banks and pickers take.</summary>
    public double Recyclable => Paper + Plastic + GlassMetal;
}
