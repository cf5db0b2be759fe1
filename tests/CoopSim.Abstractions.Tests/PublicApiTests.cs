using CoopSim.Tests.Shared;
using PublicApiGenerator;

namespace CoopSim.Abstractions.Tests;

/// <summary>
/// The contract is what every plugin is compiled against: any change to its public surface must be
/// deliberate, reviewed against the versioning policy (docs/plugins.md), and approved here.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string ApprovedPath =
        Path.Combine(RepositoryPaths.Root, "tests", "CoopSim.Abstractions.Tests", "PublicApi.approved.txt");

    [Fact]
    public void The_public_api_matches_the_approved_snapshot()
    {
        var actual = typeof(ISectorPlugin).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        }).ReplaceLineEndings("\n");
        var approved = File.Exists(ApprovedPath) ? File.ReadAllText(ApprovedPath).ReplaceLineEndings("\n") : "";

        if (actual != approved)
        {
            var received = ApprovedPath.Replace(".approved.", ".received.", StringComparison.Ordinal);
            File.WriteAllText(received, actual);
            Assert.Fail($"The contract's public API changed. If the change is intended and follows the versioning policy, " +
                        $"replace {ApprovedPath} with {received}.");
        }
    }

    [Fact]
    public void The_contract_constants_match_the_assembly_version()
    {
        var version = typeof(ISectorPlugin).Assembly.GetName().Version!;

        Assert.Equal((ContractVersion.Major, ContractVersion.Minor, 0, 0), (version.Major, version.Minor, version.Build, version.Revision));
    }

    [Fact]
    public void The_contract_depends_on_nothing_but_the_base_library()
    {
        var references = typeof(ISectorPlugin).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard", name));
    }
}
