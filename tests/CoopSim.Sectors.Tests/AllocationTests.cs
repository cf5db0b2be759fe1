using CoopSim.Abstractions;
using CoopSim.Sectors.Tests.Support;

namespace CoopSim.Sectors.Tests;

/// <summary>A model's yearly step allocates nothing: the host runs many cities, years and runs.</summary>
public sealed class AllocationTests
{
    public static TheoryData<string> Sectors() => ["water", "energy"];

    [Theory]
    [MemberData(nameof(Sectors))]
    public void A_step_allocates_nothing(string sectorId)
    {
        ISectorPlugin plugin = sectorId == "water" ? new CoopSim.Sectors.Water.WaterSector() : new CoopSim.Sectors.Energy.EnergySector();
        var descriptor = plugin.Descriptor;
        var parameters = descriptor.Parameters.ToDictionary(p => p.Id, p => p.Default, StringComparer.Ordinal);
        var setup = new ModelSetup(descriptor, new CityFacts("city", "City", "", 1_000_000, 0.02), 2000, 2049, 7, parameters);
        var model = plugin.CreateModel(setup);
        var context = new FixedStepContext(descriptor, capacity: 0.6, technologyUnits: 2, signalValue: 50_000);

        // The first steps run once so that nothing the runtime sets up on first use is counted.
        model.Step(context);
        context.NextYear();
        model.Step(context);
        context.NextYear();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var year = 2; year < 50; year++)
        {
            model.Step(context);
            context.NextYear();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.All(context.Metrics, v => Assert.True(double.IsFinite(v)));
    }
}
