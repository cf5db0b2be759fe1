using System.Globalization;
using CoopSim.Engine.Scenarios;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CoopSim.Engine.Tests.Uncertainty;

public sealed class DistributionProperties
{
    private const double Low = 0.03;
    private const double High = 0.9;

    private static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Distributions written with numbers inside [Low, High], in every form.</summary>
    private static Gen<string> Texts()
    {
        var inside = Gen.Choose(0, 1000).Select(i => Low + ((High - Low) * i / 1000.0));
        return Gen.OneOf(
            Gen.Zip(inside, inside, (a, b) => $"uniform({N(Math.Min(a, b))}, {N(Math.Max(a, b))})"),
            Gen.ArrayOf(inside, 3).Select(v =>
            {
                Array.Sort(v);
                return $"triangular({N(v[0])}, {N(v[1])}, {N(v[2])})";
            }),
            Gen.Zip(inside, Gen.Choose(1, 1000), (mean, sd) => $"normal({N(mean)}, {N(sd / 100.0)})"),
            Gen.Zip(inside, Gen.Choose(1, 300), (median, sd) => $"lognormal({N(median)}, {N(sd / 100.0)})"),
            Gen.NonEmptyListOf(inside).Select(vs => $"discrete({string.Join(", ", vs.Select(N))})"));
    }

    [Property(MaxTest = 300)]
    public Property Every_draw_stays_in_the_declared_range_and_the_distributions_own()
    {
        return Prop.ForAll(Texts().ToArbitrary(), Gen.Choose(0, 9999).ToArbitrary(), (text, i) =>
        {
            Assert.True(DistributionText.TryParse(text, Low, High, out var d, out var error), error);
            var value = d!.Quantile(i / 10000.0);
            return value >= Low && value <= High && value >= d.Minimum && value <= d.Maximum;
        });
    }

    [Property(MaxTest = 300)]
    public Property Quantiles_never_decrease()
    {
        return Prop.ForAll(Texts().ToArbitrary(), Gen.Choose(0, 9999).ToArbitrary(), Gen.Choose(0, 9999).ToArbitrary(), (text, a, b) =>
        {
            DistributionText.TryParse(text, Low, High, out var d, out _);
            var (u, v) = (Math.Min(a, b) / 10000.0, Math.Max(a, b) / 10000.0);
            return d!.Quantile(u) <= d.Quantile(v);
        });
    }

    [Property(MaxTest = 500)]
    public bool Any_text_is_a_distribution_or_an_error_never_an_exception(string? text)
    {
        var ok = DistributionText.TryParse(text ?? "", Low, High, out var d, out var error);
        return ok ? d is not null : error.Length > 0 && d is null;
    }

    [Theory]
    [InlineData("uniform(0.5, 0.4)", "min is greater than max")]
    [InlineData("uniform(0.5, 1.4)", "its bounds leave the accepted range 0.03 to 0.9")]
    [InlineData("triangular(0.5, 0.4, 0.6)", "min <= mode <= max")]
    [InlineData("normal(0.5, 0)", "the spread must be positive")]
    [InlineData("normal(0.95, 0.1)", "the mean 0.95 lies outside 0.03 to 0.9")]
    [InlineData("normal(0.5, 0.1, 0.01, 0.6)", "its bounds leave the accepted range")]
    [InlineData("lognormal(0.5, 0.2, 0.6, 0.4)", "min is greater than max")]
    [InlineData("discrete(0.5, 2)", "a value leaves the accepted range")]
    [InlineData("gamma(1, 2)", "unknown distribution 'gamma'")]
    [InlineData("triangular(0.5, 0.6)", "wrong number of values")]
    [InlineData("uniform(0.5, abc)", "'abc' in 'uniform(0.5, abc)' is not a number")]
    [InlineData("0.5", "is not a distribution")]
    public void A_malformed_distribution_says_what_is_wrong(string text, string expected)
    {
        Assert.False(DistributionText.TryParse(text, Low, High, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Triangular_quantiles_follow_the_closed_form()
    {
        Assert.True(DistributionText.TryParse("triangular(0, 0.5, 1)", 0, 1, out var d, out _));

        // Symmetric on [0, 1]: the median is the mode, and P(X <= 0.25) = 2 * 0.25^2 = 0.125.
        Assert.Equal(0.5, d!.Quantile(0.5), 12);
        Assert.Equal(0.25, d.Quantile(0.125), 12);
    }

    [Fact]
    public void A_truncated_normal_has_its_median_at_the_mean_when_cut_symmetrically()
    {
        Assert.True(DistributionText.TryParse("normal(0.5, 0.1, 0.3, 0.7)", 0, 1, out var d, out _));

        Assert.Equal(0.5, d!.Quantile(0.5), 9);
    }
}
