using CoopSim.Tui.Charts;
using FsCheck;
using FsCheck.Xunit;

namespace CoopSim.Tui.Tests.Charts;

public sealed class BigTextTests
{
    private const string Drawn = "0123456789.,:%-+/ ABCDEFGHIJKLMNOPQRSTUVWXYZ!?'()&";

    [Property(MaxTest = 200)]
    public void Big_text_has_as_many_rows_as_its_size_and_every_row_its_width(NonNegativeInt seed, PositiveInt length)
    {
        var random = new Random(seed.Get);
        var text = new string(Enumerable.Range(0, 1 + (length.Get % 12)).Select(_ => Drawn[random.Next(Drawn.Length)]).ToArray());

        foreach (var size in new[] { BigTextSize.Large, BigTextSize.Medium })
        {
            var lines = BigText.Render(text, size);
            Assert.Equal((int)size, lines.Count);
            Assert.All(lines, l => Assert.Equal(BigText.Width(text, size), l.Length));
        }
    }

    [Fact]
    public void Every_drawn_character_looks_different_from_every_other()
    {
        var glyphs = Drawn.Where(c => c != ' ').Select(c => string.Join('\n', BigText.Render(c.ToString(), BigTextSize.Large))).ToList();

        Assert.Equal(glyphs.Count, glyphs.Distinct().Count());
    }

    [Fact]
    public void A_number_is_drawn_in_blocks_with_square_pixels_at_large_size_and_half_blocks_at_medium()
    {
        var large = BigText.Render("1", BigTextSize.Large);
        var medium = BigText.Render("1", BigTextSize.Medium);

        Assert.Equal(["  ██  ", "████  ", "  ██  ", "  ██  ", "██████"], large);
        Assert.Equal(["▄█ ", " █ ", "▀▀▀"], medium);
    }

    [Theory]
    [InlineData("54.5", 80, 10, BigTextSize.Large)]
    [InlineData("54.5", 20, 10, BigTextSize.Medium)]
    [InlineData("54.5", 80, 4, BigTextSize.Medium)]
    [InlineData("54.5", 8, 10, BigTextSize.Plain)]
    [InlineData("Đà Nẵng", 200, 10, BigTextSize.Plain)]
    public void The_largest_size_that_fits_is_chosen_and_text_without_glyphs_stays_plain(string text, int columns, int rows, BigTextSize expected)
    {
        Assert.Equal(expected, BigText.Fit(text, columns, rows));
    }

    [Fact]
    public void Letters_are_drawn_in_either_case_and_other_scripts_are_not()
    {
        Assert.True(BigText.CanDraw("Team Blue 2"));
        Assert.Equal(BigText.Render("blue", BigTextSize.Large), BigText.Render("BLUE", BigTextSize.Large));
        Assert.False(BigText.CanDraw("Đội Xanh"));
    }
}
