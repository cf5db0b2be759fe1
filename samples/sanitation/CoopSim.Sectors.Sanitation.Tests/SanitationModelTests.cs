using CoopSim.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace CoopSim.Sectors.Sanitation.Tests;

/// <summary>Properties of the sanitation model over the kit's generated cases (docs/models/sanitation.md).</summary>
public sealed class SanitationModelTests
{
    private static readonly SanitationSector Plugin = new();

    private static double Parameter(ConformanceCase @case, string id) => @case.Parameters[id];

    [Fact]
    public void Sewers_and_decentralised_units_never_serve_more_than_everyone_and_treatment_never_exceeds_them()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(ConformanceCases.For(Plugin.Descriptor), @case =>
        {
            var run = SectorHarness.Run(Plugin, @case);
            var sewer = run.Metric("sewerConnection");
            var decentralised = run.Metric("decentralisedTreatment");
            var treated = run.Metric("wastewaterTreated");
            return Enumerable.Range(0, @case.Years).All(t =>
                sewer[t] + decentralised[t] <= 1 + 1e-12 && treated[t] <= sewer[t] + decentralised[t] + 1e-12);
        }));
    }

    [Fact]
    public void The_organic_load_reaching_water_never_exceeds_the_load_generated()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(ConformanceCases.For(Plugin.Descriptor), @case =>
        {
            var bod = SectorHarness.Run(Plugin, @case).Metric("bodDischarged");
            return Enumerable.Range(0, @case.Years).All(t =>
            {
                var population = @case.City.Population * Math.Pow(1 + @case.City.PopulationGrowth, t);
                return bod[t] <= (population * Parameter(@case, "bodPerCapita") / 1e6 * (1 + 1e-12));
            });
        }));
    }

    [Fact]
    public void More_capacity_never_connects_fewer_people_to_sewers()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(ConformanceCases.For(Plugin.Descriptor), @case =>
        {
            var noUnits = ZeroUnits(@case);
            var more = noUnits.WithCooperation((_, c) => c with { Capacity = Math.Min(1.0, c.Capacity + 0.1) });
            var baseline = SectorHarness.Run(Plugin, noUnits).Metric("sewerConnection");
            var raised = SectorHarness.Run(Plugin, more).Metric("sewerConnection");
            return baseline.Zip(raised).All(p => p.Second >= p.First);
        }));
    }

    [Fact]
    public void Without_plants_or_units_no_wastewater_is_treated()
    {
        var @case = ConformanceCases.Typical(Plugin.Descriptor, withCooperation: false);

        var run = SectorHarness.Run(Plugin, @case);

        Assert.All(run.Metric("wastewaterTreated"), v => Assert.Equal(0.0, v));
        Assert.All(run.Metric("bodDischarged"), v => Assert.True(v > 0));
    }

    /// <summary>Decentralised units take people out of the pool that sewers reach; without them connection depends on capacity alone.</summary>
    private static ConformanceCase ZeroUnits(ConformanceCase @case) =>
        new(@case.Parameters, @case.City, @case.StartYear, @case.Years, @case.Seed, @case.Cooperation,
            @case.TechnologyAdopted.Select(t => (IReadOnlyList<double>)new double[t.Count]).ToList(), @case.Signals);
}
