using CoopSim.Abstractions;
using CoopSim.Sectors.Tests.Support;

namespace CoopSim.Sectors.Tests;

/// <summary>A model's yearly step writes into what it made beforehand: it allocates nothing.</summary>
public sealed class StepAllocationTests
{
    public static TheoryData<string> Sectors() => ["waste", "education"];

    [Theory]
    [MemberData(nameof(Sectors))]
    public void A_step_with_every_technology_and_signal_in_use_allocates_nothing(string sectorId)
    {
        ISectorPlugin plugin = sectorId == "waste" ? new CoopSim.Sectors.Waste.WasteSector() : new CoopSim.Sectors.Education.EducationSector();
        var descriptor = plugin.Descriptor;
        var defaults = descriptor.Parameters.ToDictionary(p => p.Id, p => p.Default, StringComparer.Ordinal);
        var model = plugin.CreateModel(new ModelSetup(descriptor, new CityFacts("city", "City", "", 1_000_000, 0.01), 2000, 2039, 1, defaults));
        var context = new ScriptedStepContext(descriptor);
        for (var r = 0; r < descriptor.Reads.Count; r++)
        {
            context.SetSignal(r, 0.4);
        }

        context.AdoptEach(1);
        model.Step(context); // first calls may touch lazily initialised runtime state

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var t = 1; t < 40; t++)
        {
            context.CurrentYearIndex = t;
            context.CurrentPopulation *= 1.01;
            context.CurrentCapacity = Math.Min(1.0, context.CurrentCapacity + 0.01);
            context.AdoptEach(t % 3);
            model.Step(context);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.All(context.Metrics, v => Assert.True(double.IsFinite(v)));
    }
}
