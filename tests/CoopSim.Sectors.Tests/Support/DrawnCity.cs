using System.Globalization;
using CoopSim.Abstractions;
using CoopSim.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;

namespace CoopSim.Sectors.Tests.Support;

/// <summary>
/// A city drawn for a property: its size and growth, the parameters of its sectors and the phases of
/// its programmes. It shrinks towards fewer and emptier phases, default parameters and a city of a
/// million that does not grow, so a counterexample is reported in its simplest form.
/// </summary>
public sealed record DrawnCity(
    double Population,
    double PopulationGrowth,
    IReadOnlyDictionary<string, Dictionary<string, double>> Sectors,
    IReadOnlyList<TestPhase> Phases)
{
    private const double PlainPopulation = 1_000_000;

    /// <summary>
    /// Cities of 1,000 to 5,001,000 people growing by -2% to 5% a year, every parameter of
    /// <paramref name="sectors"/> drawn by <see cref="ParameterDraw.Any"/>, and zero to three phases.
    /// </summary>
    internal static Gen<DrawnCity> Generator(Gen<TestPhase> phase, params string[] sectors) =>
        from population in ParameterDraw.Unit.Select(u => 1_000 + (u * 5_000_000))
        from growth in ParameterDraw.Unit.Select(u => -0.02 + (u * 0.07))
        from parameters in Gen.CollectToArray(sectors, sector => ParameterDraw.Any(Declarations(sector)))
        from count in Gen.Choose(0, 3)
        from phases in phase.ListOf(count)
        select new DrawnCity(
            population,
            growth,
            sectors.Select((sector, i) => (sector, parameters[i])).ToDictionary(s => s.sector, s => s.Item2, StringComparer.Ordinal),
            [.. phases]);

    /// <summary>The city as a scenario; <paramref name="adjust"/> sees (and may change) a copy of <paramref name="sector"/>'s parameters.</summary>
    internal TestScenario ToScenario(string sector, Action<Dictionary<string, double>>? adjust)
    {
        var scenario = new TestScenario { Population = Population, PopulationGrowth = PopulationGrowth, Phases = [.. Phases] };
        foreach (var (id, parameters) in Sectors)
        {
            scenario.Sectors[id] = new Dictionary<string, double>(parameters, StringComparer.Ordinal);
        }

        adjust?.Invoke(scenario.Sectors[sector]);
        return scenario;
    }

    /// <summary>Simpler cities, each one step from this one.</summary>
    internal static IEnumerable<DrawnCity> Shrink(DrawnCity city)
    {
        for (var i = 0; i < city.Phases.Count; i++)
        {
            yield return city with { Phases = [.. city.Phases.Where((_, j) => j != i)] };
        }

        for (var i = 0; i < city.Phases.Count; i++)
        {
            var phase = city.Phases[i];
            if (phase.ExpertPersonMonths != 0 || phase.Trainees != 0 || phase.Demonstrations != 0 || phase.Technologies?.Count > 0)
            {
                var empty = phase with { ExpertPersonMonths = 0, Trainees = 0, Demonstrations = 0, Technologies = null };
                yield return city with { Phases = [.. city.Phases.Select((p, j) => j == i ? empty : p)] };
            }
        }

        foreach (var (sector, parameters) in city.Sectors)
        {
            foreach (var declaration in Declarations(sector).Where(d => parameters[d.Id] != d.Default))
            {
                var plainer = new Dictionary<string, double>(parameters, StringComparer.Ordinal) { [declaration.Id] = declaration.Default };
                yield return city with { Sectors = new Dictionary<string, Dictionary<string, double>>(city.Sectors, StringComparer.Ordinal) { [sector] = plainer } };
            }
        }

        if (city.Population != PlainPopulation)
        {
            yield return city with { Population = PlainPopulation };
        }

        if (city.PopulationGrowth != 0)
        {
            yield return city with { PopulationGrowth = 0 };
        }
    }

    public override string ToString()
    {
        static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
        static string Values(IReadOnlyDictionary<string, double>? values) =>
            string.Join(", ", (values ?? new Dictionary<string, double>()).Select(v => $"{v.Key}={Number(v.Value)}"));

        var sectors = Sectors.Select(s => $"{s.Key}: {{{Values(s.Value)}}}");
        var phases = Phases.Select(p =>
            $"{p.Sector} {p.From}-{p.To}: experts {Number(p.ExpertPersonMonths)}, trainees {Number(p.Trainees)}, demonstrations {Number(p.Demonstrations)}, {{{Values(p.Technologies)}}}");
        return $"population {Number(Population)}, growth {Number(PopulationGrowth)}; {string.Join("; ", sectors)}; phases [{string.Join("; ", phases)}]";
    }

    private static IReadOnlyList<ParameterDeclaration> Declarations(string sector) =>
        BundledPlugins.Catalog.Sectors.Single(s => s.Id == sector).Descriptor.Parameters;
}
