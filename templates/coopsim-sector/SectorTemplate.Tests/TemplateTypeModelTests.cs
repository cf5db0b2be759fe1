using CoopSim.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace SectorTemplate.Tests;

/// <summary>Properties of this model, over the kit's generated cases.</summary>
public sealed class TemplateTypeModelTests
{
    private static readonly TemplateTypeSector Plugin = new();

    [Fact]
    public void More_capacity_never_serves_fewer_people()
    {
        var property = Prop.ForAll(ConformanceCases.For(Plugin.Descriptor), @case =>
        {
            var more = @case.WithCooperation((_, c) => c with { Capacity = Math.Min(1.0, c.Capacity + 0.1) });
            var baseline = SectorHarness.Run(Plugin, @case).Metric("servedShare");
            var raised = SectorHarness.Run(Plugin, more).Metric("servedShare");
            return baseline.Zip(raised).All(p => p.Second >= p.First);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), property);
    }

    [Fact]
    public void With_no_capacity_and_nothing_installed_the_share_stays_where_it_started()
    {
        var @case = ConformanceCases.Typical(Plugin.Descriptor, withCooperation: false)
            .WithCooperation((_, c) => c with { Capacity = 0 });

        var served = SectorHarness.Run(Plugin, @case).Metric("servedShare");

        Assert.All(served, s => Assert.Equal(Plugin.Descriptor.Parameters.Single(p => p.Id == "initialShare").Default, s));
    }
}
