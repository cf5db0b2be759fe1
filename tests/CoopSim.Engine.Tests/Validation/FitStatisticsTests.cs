using CoopSim.Engine.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CoopSim.Engine.Tests.Validation;

public sealed class FitStatisticsTests
{
    [Fact]
    public void A_constant_observation_against_a_spread_is_all_variance()
    {
        // errors −1, 0, +1; means equal; s_S = √(2/3), s_A = 0
        var s = FitStatistics.Of([1, 2, 3], [2, 2, 2]);

        Assert.Equal(3, s.Count);
        Assert.Equal(2.0 / 3, s.MeanAbsoluteError, 12);
        Assert.Equal(2.0 / 3, s.MeanSquareError, 12);
        Assert.Equal(Math.Sqrt(2.0 / 3), s.RootMeanSquareError, 12);
        Assert.Equal(0, s.MeanError, 12);
        Assert.Equal(0, s.BiasShare!.Value, 12);
        Assert.Equal(1, s.VarianceShare!.Value, 12);
        Assert.Equal(0, s.CovarianceShare!.Value, 12);
    }

    [Fact]
    public void An_offset_with_a_larger_swing_splits_into_bias_and_variance()
    {
        // errors +1, +2: MSE 2.5; mean gap 1.5 (2.25 → U^M 0.9); s_S 1, s_A 0.5 (0.25 → U^S 0.1); r = 1
        var s = FitStatistics.Of([2, 4], [1, 2]);

        Assert.Equal(1.5, s.MeanAbsoluteError, 12);
        Assert.Equal(2.5, s.MeanSquareError, 12);
        Assert.Equal(1.5, s.MeanError, 12);
        Assert.Equal(0.9, s.BiasShare!.Value, 12);
        Assert.Equal(0.1, s.VarianceShare!.Value, 12);
        Assert.Equal(0, s.CovarianceShare!.Value, 12);
    }

    [Fact]
    public void Opposite_movement_is_all_covariance()
    {
        // errors −2, +2: MSE 4; equal means and spreads; r = −1 → 2(1 − r)·1·1 = 4
        var s = FitStatistics.Of([1, 3], [3, 1]);

        Assert.Equal(2, s.RootMeanSquareError, 12);
        Assert.Equal(0, s.BiasShare!.Value, 12);
        Assert.Equal(0, s.VarianceShare!.Value, 12);
        Assert.Equal(1, s.CovarianceShare!.Value, 12);
    }

    [Fact]
    public void A_perfect_fit_has_no_decomposition()
    {
        var s = FitStatistics.Of([0.72, 0.2], [0.72, 0.2]);

        Assert.Equal(0, s.MeanSquareError);
        Assert.Null(s.BiasShare);
        Assert.Null(s.VarianceShare);
        Assert.Null(s.CovarianceShare);
    }

    [Fact]
    public void Unpaired_values_are_refused()
    {
        Assert.Throws<ArgumentException>(() => FitStatistics.Of([1, 2], [1]));
        Assert.Throws<ArgumentException>(() => FitStatistics.Of([], []));
    }

    public static Arbitrary<(double[] Simulated, double[] Observed)> Pairs() =>
        (from n in Gen.Choose(1, 12)
         from simulated in Gen.ArrayOf(Gen.Choose(-100000, 100000).Select(i => i / 100.0), n)
         from observed in Gen.ArrayOf(Gen.Choose(-100000, 100000).Select(i => i / 100.0), n)
         select (simulated, observed)).ToArbitrary();

    [Property(MaxTest = 300, Arbitrary = [typeof(FitStatisticsTests)])]
    public void Theil_shares_are_shares_of_the_mean_square_error((double[] Simulated, double[] Observed) pair)
    {
        var s = FitStatistics.Of(pair.Simulated, pair.Observed);
        if (s.MeanSquareError == 0)
        {
            Assert.Null(s.BiasShare);
            return;
        }

        Assert.Equal(1.0, s.BiasShare!.Value + s.VarianceShare!.Value + s.CovarianceShare!.Value, 9);
        Assert.True(s.BiasShare >= -1e-12 && s.VarianceShare >= -1e-12 && s.CovarianceShare >= -1e-9, $"{s}");
        Assert.True(Math.Abs(s.MeanSquareError - (s.RootMeanSquareError * s.RootMeanSquareError)) <= 1e-12 * s.MeanSquareError, $"{s}");
    }
}
