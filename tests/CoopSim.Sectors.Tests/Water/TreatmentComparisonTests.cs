using CoopSim.Sectors.Tests.Support;
using static CoopSim.Sectors.Tests.Water.WaterSpecs;

namespace CoopSim.Sectors.Tests.Water;

/// <summary>Upward-flow bio-contact filtration against conventional advanced treatment (cases.md W7).</summary>
public sealed class TreatmentComparisonTests
{
    private static TestScenario Building(string technology)
    {
        var spec = TestScenario.TwoDecades();
        spec.Sectors[Sector] = [];
        spec.Phases.Add(new TestPhase(Sector, 2005, 2005, 0, 0, Technologies: new Dictionary<string, double> { [technology] = 50 }));
        return spec;
    }

    [Fact]
    public void Bcf_costs_half_to_build_and_a_twentieth_to_run()
    {
        var conventional = Building("advancedTreatment").Run();
        var bcf = Building("biologicalContactFiltration").Run();

        Assert.Equal(0.5 * Series.At(conventional, Sector, "investment", 2005), Series.At(bcf, Sector, "investment", 2005), 1e-6);
        for (var year = 2006; year <= 2020; year++)
        {
            Assert.True(Series.At(conventional, Sector, "runningCost", year) > 0);
            Assert.Equal(0.05 * Series.At(conventional, Sector, "runningCost", year), Series.At(bcf, Sector, "runningCost", year), 1e-6);
            Assert.Equal(Series.At(conventional, Sector, "advancedTreatedShare", year), Series.At(bcf, Sector, "advancedTreatedShare", year), 1e-12);
        }
    }

    [Fact]
    public void Advanced_treatment_treats_up_to_its_capacity()
    {
        var result = Building("advancedTreatment").Run();

        var input = Series.At(result, Sector, "systemInput", 2010);
        var share = Series.At(result, Sector, "advancedTreatedShare", 2010);
        Assert.Equal(Math.Min(1.0, 50_000 / input), share, 1e-9);
        Assert.Equal(0.0, Series.At(result, Sector, "advancedTreatedShare", 2004));
    }
}
