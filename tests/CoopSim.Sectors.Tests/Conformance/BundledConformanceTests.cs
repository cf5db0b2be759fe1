using CoopSim.Abstractions;
using CoopSim.Testing;

namespace CoopSim.Sectors.Tests.Conformance;

/// <summary>
/// Each bundled sector passes the conformance kit, exactly as an outside plugin's tests would run
/// it: from the declaration alone, so the check holds whatever parameters a model declares.
/// </summary>
public sealed class BundledConformanceTests
{
    public static TheoryData<string> Sectors() => new(BundledSectors.All.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Sectors))]
    public void The_bundled_sector_keeps_the_plugin_contract(string sectorId)
    {
        var report = SectorConformance.Verify(BundledSectors.All[sectorId]());

        Assert.Equal(sectorId, report.SectorId);
        Assert.All(report.Results, r => Assert.True(r.Passed, r.Failure));
    }

    [Theory]
    [MemberData(nameof(Sectors))]
    public void Signals_read_from_another_bundled_sector_are_tested_with_the_values_that_sector_can_publish(string sectorId)
    {
        // Where a publisher declares no range, readers are fed the span of values it publishes in the kit's typical runs.
        var report = SectorConformance.Verify(BundledSectors.All[sectorId](), new ConformanceOptions { SignalRanges = BundledSectors.PublishedRanges() });

        Assert.True(report.Passed, report.ToString());
    }

    private static class BundledSectors
    {
        public static readonly IReadOnlyDictionary<string, Func<ISectorPlugin>> All = new Dictionary<string, Func<ISectorPlugin>>
        {
            ["water"] = () => new global::CoopSim.Sectors.Water.WaterSector(),
            ["waste"] = () => new global::CoopSim.Sectors.Waste.WasteSector(),
            ["energy"] = () => new global::CoopSim.Sectors.Energy.EnergySector(),
            ["education"] = () => new global::CoopSim.Sectors.Education.EducationSector(),
        };

        /// <summary>For each signal a bundled sector publishes: its declared range, or the span of values it publishes in typical runs.</summary>
        public static IReadOnlyDictionary<string, ValueRange> PublishedRanges()
        {
            var ranges = new Dictionary<string, ValueRange>(StringComparer.Ordinal);
            foreach (var create in All.Values)
            {
                var plugin = create();
                foreach (var signal in plugin.Descriptor.Publishes)
                {
                    var declared = new ValueRange(signal.Minimum, signal.Maximum);
                    if (declared.IsBounded)
                    {
                        ranges[signal.Id] = declared;
                        continue;
                    }

                    var seen = new[] { false, true }
                        .SelectMany(c => SectorHarness.Run(plugin, ConformanceCases.Typical(plugin.Descriptor, c)).Signal(signal.Id))
                        .ToList();
                    ranges[signal.Id] = new ValueRange(seen.Min(), seen.Max());
                }
            }

            return ranges;
        }
    }
}
