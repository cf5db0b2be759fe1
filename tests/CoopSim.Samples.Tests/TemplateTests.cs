using CoopSim.Engine.Plugins;
using CoopSim.Testing;
using CoopSim.Tests.Shared;

namespace CoopSim.Samples.Tests;

/// <summary>
/// The <c>dotnet new</c> template gives an author a plugin that builds, passes its own tests, loads
/// through the contract and runs its scenario in coopsim without the host being rebuilt.
/// </summary>
// Full tier: installs the template and builds and tests what it makes.
[Trait("Tier", "Full")]
public sealed class TemplateTests(TemplateBuild build) : IClassFixture<TemplateBuild>
{
    [Fact]
    public void The_template_creates_a_plugin_its_tests_a_solution_and_a_scenario()
    {
        Assert.True(build.ExitCode == 0, build.Log);
        Assert.True(File.Exists(Path.Combine(build.ProjectFolder, TemplateBuild.Name, TemplateBuild.Name + ".csproj")));
        Assert.True(File.Exists(Path.Combine(build.ProjectFolder, TemplateBuild.Name + ".Tests", TemplateBuild.Name + ".Tests.csproj")));
        Assert.True(File.Exists(Path.Combine(build.ProjectFolder, TemplateBuild.Name + ".slnx")));
        Assert.Contains("\"drainage\"", File.ReadAllText(Path.Combine(build.ProjectFolder, "scenario.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_new_plugins_own_tests_pass()
    {
        Assert.True(build.ExitCode == 0, build.Log);
        var tests = Path.Combine(TemplateBuild.Name + ".Tests", TemplateBuild.Name + ".Tests.csproj");

        var (exitCode, output) = TemplateBuild.Dotnet(build.ProjectFolder, "test", tests, "--no-build", "-c", Configuration, "--nologo");

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0", output);
    }

    [Fact]
    public void The_new_plugin_loads_without_shipping_the_contract_and_passes_the_conformance_kit()
    {
        Assert.True(build.ExitCode == 0, build.Log);
        Assert.False(File.Exists(Path.Combine(build.PluginFolder, "CoopSim.Abstractions.dll")));

        var catalog = PluginCatalog.Load([build.PluginsRoot], includeBundled: false);

        Assert.Empty(catalog.Refusals);
        var sector = Assert.Single(catalog.Sectors);
        Assert.Equal("drainage", sector.Id);
        Assert.Equal("Urban drainage", sector.Descriptor.DisplayName);
        var report = SectorConformance.Check(sector.Plugin);
        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void Coopsim_checks_the_new_plugin_folder_and_runs_its_scenario()
    {
        Assert.True(build.ExitCode == 0, build.Log);
        var host = Path.Combine(RepositoryPaths.HostOutput, "coopsim.dll");

        var check = SampleBuild.Coopsim(host, "plugins", "--check", build.PluginFolder);
        var run = SampleBuild.Coopsim(host, "run", Path.Combine(build.ProjectFolder, "scenario.json"), "--plugins", build.PluginsRoot);

        Assert.True(check.ExitCode == 0, check.Output);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Urban drainage (drainage)", run.Output, StringComparison.Ordinal);
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
}
