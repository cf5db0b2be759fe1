using CoopSim.Abstractions;

namespace CoopSim.Sectors.Tests.Support;

/// <summary>
/// Draws a value for every declared parameter inside its declared range: uniformly, with each range
/// end drawn one time in ten, because edges (0, 1, the largest cost) are where models break.
/// </summary>
internal static class ParameterDraw
{
    public static Dictionary<string, double> Within(IReadOnlyList<ParameterDeclaration> declarations, Random random)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var declaration in declarations)
        {
            var roll = random.NextDouble();
            values[declaration.Id] = roll switch
            {
                < 0.1 => declaration.Minimum,
                < 0.2 => declaration.Maximum,
                _ => declaration.Minimum + (random.NextDouble() * (declaration.Maximum - declaration.Minimum)),
            };
        }

        return values;
    }

    /// <summary>
    /// Draws every parameter within half and one and a half times its default, kept inside its range:
    /// cities that look like real ones, where the pathways interact as they do in the bundled scenarios.
    /// </summary>
    public static Dictionary<string, double> NearDefaults(IReadOnlyList<ParameterDeclaration> declarations, Random random)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var declaration in declarations)
        {
            var value = declaration.Default * (0.5 + random.NextDouble());
            values[declaration.Id] = Math.Clamp(value, declaration.Minimum, declaration.Maximum);
        }

        return values;
    }

    /// <summary>Either kind of draw, half the time each.</summary>
    public static Dictionary<string, double> Any(IReadOnlyList<ParameterDeclaration> declarations, Random random) =>
        random.NextDouble() < 0.5 ? Within(declarations, random) : NearDefaults(declarations, random);

    /// <summary>Units of a technology per year: none a quarter of the time, otherwise up to <paramref name="maximum"/>.</summary>
    public static double Units(Random random, double maximum) =>
        random.NextDouble() < 0.25 ? 0.0 : random.NextDouble() * maximum;
}
