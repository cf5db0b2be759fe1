namespace CoopSim.Sectors.Waste;

/// <summary>
/// The wet-weight composition of generated waste. Each share is declared in [0, 1] on its own, so
/// together they may exceed 1; they are then scaled down in proportion so that they sum to 1 and
/// nothing is inert. Otherwise the rest, 1 − Σ, is inert waste (soil, ash, stones, other).
/// </summary>
internal sealed class WasteComposition
{
    public WasteComposition(double organic, double paper, double plastic, double glassMetal, double wood, double textile)
    {
        var sum = organic + paper + plastic + glassMetal + wood + textile;
        var scale = sum > 1.0 ? 1.0 / sum : 1.0;
        Organic = organic * scale;
        Paper = paper * scale;
        Plastic = plastic * scale;
        GlassMetal = glassMetal * scale;
        Wood = wood * scale;
        Textile = textile * scale;
        Inert = Math.Max(0.0, 1.0 - (Organic + Paper + Plastic + GlassMetal + Wood + Textile));
    }

    public double Organic { get; }

    public double Paper { get; }

    public double Plastic { get; }

    public double GlassMetal { get; }

    public double Wood { get; }

    public double Textile { get; }

    public double Inert { get; }

    /// <summary>Paper, plastics, glass and metal: what waste banks and pickers take.</summary>
    public double Recyclable => Paper + Plastic + GlassMetal;
}
