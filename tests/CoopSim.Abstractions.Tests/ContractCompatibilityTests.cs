using CoopSim.Tests.Shared;

namespace CoopSim.Abstractions.Tests;

/// <summary>
/// The versioning policy in docs/plugins.md: a minor version only adds. Every member of each
/// released API of this major (PublicApi.&lt;major&gt;.&lt;minor&gt;.txt, frozen when released) must still
/// be in the approved API; only the Minor constant may change.
/// </summary>
public sealed class ContractCompatibilityTests
{
    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "CoopSim.Abstractions.Tests");

    public static TheoryData<string> ReleasedApis()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Folder, $"PublicApi.{ContractVersion.Major}.*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    private static HashSet<string> Members(string path) =>
        File.ReadAllLines(path)
            .Select(l => l.Trim())
            .Where(l => l.Length > 1 && !l.Contains("const int Minor", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void A_released_api_of_this_major_is_kept_for_comparison()
    {
        Assert.NotEmpty(ReleasedApis());
    }

    [Theory]
    [MemberData(nameof(ReleasedApis))]
    public void Every_member_of_a_released_api_of_this_major_is_still_there(string released)
    {
        var current = Members(Path.Combine(Folder, "PublicApi.approved.txt"));

        var removed = Members(Path.Combine(Folder, released)).Where(m => !current.Contains(m)).ToList();

        Assert.True(removed.Count == 0, $"removed or changed since {released} (that needs a new major version):\n" + string.Join('\n', removed));
    }
}
