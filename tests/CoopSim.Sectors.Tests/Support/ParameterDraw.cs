using CoopSim.Abstractions;
using FsCheck;
using FsCheck.Fluent;

namespace CoopSim.Sectors.Tests.Support;

/// <summary>
/// Generators of parameter values inside their declared ranges: uniformly, with each range end drawn
/// one time in ten, because edges (0, 1, the largest cost) are where models break.
/// </summary>
internal static class ParameterDraw
{
    /// <summary>A draw in [0, 1] in steps of a millionth.</summary>
    public static Gen<double> Unit { get; } = Gen.Choose(0, 1_000_000).Select(i => i / 1_000_000.0);

    public static Gen<Dictionary<string, double>> Within(IReadOnlyList<ParameterDeclaration> declarations) =>
        Each(declarations, declaration => Gen.Frequency(
            (1, Gen.Constant(declaration.Minimum)),
            (1, Gen.Constant(declaration.Maximum)),
            (8, Unit.Select(u => declaration.Minimum + (u * (declaration.Maximum - declaration.Minimum))))));

    /// <summary>
    /// Every parameter within half and one and a half times its default, kept inside its range:
    /// cities that look like real ones, where the pathways interact as they do in the bundled scenarios.
    /// </summary>
    public static Gen<Dictionary<string, double>> NearDefaults(IReadOnlyList<ParameterDeclaration> declarations) =>
        Each(declarations, declaration => Unit.Select(u => Math.Clamp(declaration.Default * (0.5 + u), declaration.Minimum, declaration.Maximum)));

    /// <summary>Either kind of draw, half the time each.</summary>
    public static Gen<Dictionary<string, double>> Any(IReadOnlyList<ParameterDeclaration> declarations) =>
        Gen.OneOf(Within(declarations), NearDefaults(declarations));

    /// <summary>Units of a technology per year: none a quarter of the time, otherwise up to <paramref name="maximum"/>.</summary>
    public static Gen<double> Units(double maximum) =>
        Gen.Frequency((1, Gen.Constant(0.0)), (3, Unit.Select(u => u * maximum)));

    private static Gen<Dictionary<string, double>> Each(IReadOnlyList<ParameterDeclaration> declarations, Func<ParameterDeclaration, Gen<double>> draw) =>
        Gen.CollectToArray(declarations, draw).Select(values =>
            declarations.Select((declaration, i) => (declaration.Id, Value: values[i]))
                .ToDictionary(p => p.Id, p => p.Value, StringComparer.Ordinal));
}
