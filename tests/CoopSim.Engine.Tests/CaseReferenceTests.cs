using System.Text.RegularExpressions;
using CoopSim.Tests.Shared;

namespace CoopSim.Engine.Tests;

/// <summary>
/// Every "cases.md W3" in a scenario or a document must name an item of the repository's own
/// docs/cases.md, so a reader can follow each figure to its source.
/// </summary>
public sealed partial class CaseReferenceTests
{
    [GeneratedRegex(@"^- \*\*(?<id>[A-Z]\d+)\*\*", RegexOptions.Multiline)]
    private static partial Regex ItemPattern();

    /// <summary>"cases.md" then a list of ids and ranges: "W1-W4", "W7, S7, C4 and E3", "S1/S2".</summary>
    [GeneratedRegex(@"cases\.md[\s,:]*(?<list>[WSECD]\d+(?:\s*(?:[-–,/]|and)\s*[WSECD]?\d+)*)")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"(?<letter>[WSECD])?(?<number>\d+)")]
    private static partial Regex IdPattern();

    private static readonly Lazy<HashSet<string>> Items = new(() =>
        ItemPattern().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "cases.md")))
            .Select(m => m.Groups["id"].Value)
            .ToHashSet(StringComparer.Ordinal));

    public static TheoryData<string> ReferencingFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in FilesToCheck())
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, file));
        }

        return data;
    }

    [Fact]
    public void Cases_file_holds_the_items_of_every_sector()
    {
        Assert.Contains("W1", Items.Value);
        Assert.Contains("S1", Items.Value);
        Assert.Contains("E1", Items.Value);
        Assert.Contains("C1", Items.Value);
        Assert.Contains("D1", Items.Value);
    }

    [Theory]
    [MemberData(nameof(ReferencingFiles))]
    public void Every_case_reference_names_an_existing_item(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, relativePath));
        var missing = ReferencePattern().Matches(text)
            .SelectMany(m => IdsIn(m.Groups["list"].Value))
            .Where(id => !Items.Value.Contains(id))
            .Distinct()
            .ToList();
        Assert.True(missing.Count == 0, $"{relativePath} cites cases.md items that docs/cases.md does not have: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(ReferencingFiles))]
    public void No_file_points_to_cases_outside_the_repository(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, relativePath));
        Assert.DoesNotContain("/domain/cases.md", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cases.md W1-W4", "W1,W2,W3,W4")]
    [InlineData("cases.md W7, S7, C4 and E3", "W7,S7,C4,E3")]
    [InlineData("cases.md, W3", "W3")]
    public void References_are_read_as_lists_and_ranges(string text, string expected)
    {
        var ids = ReferencePattern().Matches(text).SelectMany(m => IdsIn(m.Groups["list"].Value));
        Assert.Equal(expected.Split(','), ids);
    }

    private static IEnumerable<string> FilesToCheck()
    {
        var root = RepositoryPaths.Root;
        return Directory.EnumerateFiles(Path.Combine(root, "scenarios"), "*.json", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories))
            .Append(Path.Combine(root, "README.md"))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Expands "W1-W4" (or "W1-4") to each id; other ids stand alone.</summary>
    private static IEnumerable<string> IdsIn(string list)
    {
        var parts = Regex.Split(list, @"\s*(?:,|/|and)\s*");
        foreach (var part in parts.Where(p => p.Length > 0))
        {
            var ends = IdPattern().Matches(part).ToList();
            var letter = ends[0].Groups["letter"].Value;
            var first = int.Parse(ends[0].Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var last = ends.Count > 1 ? int.Parse(ends[^1].Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture) : first;
            for (var n = first; n <= Math.Max(first, last); n++)
            {
                yield return $"{letter}{n}";
            }
        }
    }
}
