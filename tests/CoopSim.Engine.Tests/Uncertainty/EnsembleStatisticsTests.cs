using CoopSim.Engine.Uncertainty;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CoopSim.Engine.Tests.Uncertainty;

public sealed class EnsembleStatisticsTests
{
    [Fact]
    public void Quantiles_of_a_small_set_interpolate_between_its_sorted_values()
    {
        var stats = EnsembleStatistics.Of([5, 1, 4, 2, 3]);

        // Type 7: h = (n - 1) p on the sorted values 1..5.
        Assert.Equal(1.2, stats.P5, 12);
        Assert.Equal(2, stats.P25, 12);
        Assert.Equal(3, stats.P50, 12);
        Assert.Equal(4, stats.P75, 12);
        Assert.Equal(4.8, stats.P95, 12);
        Assert.Equal(3, stats.Mean, 12);
        Assert.Equal(Math.Sqrt(2.5), stats.StandardDeviation, 12);
    }

    [Property(MaxTest = 200)]
    public Property A_quantile_at_an_order_statistic_is_that_sorted_value()
    {
        var values = Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(i => i / 10.0)).Where(a => a.Length is >= 1 and <= 40);
        return Prop.ForAll(values.ToArbitrary(), Gen.Choose(0, 39).ToArbitrary(), (array, k) =>
        {
            var sorted = array.Order().ToArray();
            var index = k % sorted.Length;
            var p = sorted.Length == 1 ? 0.5 : index / (double)(sorted.Length - 1);
            var expected = sorted.Length == 1 ? sorted[0] : sorted[index];
            return Math.Abs(EnsembleStatistics.Quantile(sorted, p) - expected) < 1e-9;
        });
    }

    [Property(MaxTest = 200)]
    public Property Quantiles_lie_in_order_between_the_smallest_and_largest_value()
    {
        var values = Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(i => i / 10.0)).Where(a => a.Length is >= 1 and <= 40);
        return Prop.ForAll(values.ToArbitrary(), array =>
        {
            var s = EnsembleStatistics.Of(array);
            return array.Min() <= s.P5 && s.P5 <= s.P25 && s.P25 <= s.P50 && s.P50 <= s.P75 && s.P75 <= s.P95 && s.P95 <= array.Max();
        });
    }
}
