using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CoopSim.Engine.Tests;

/// <summary>Any file yields a runnable scenario or a list of located problems: never an unhandled exception.</summary>
// Full tier: ten thousand damaged files, each read, checked and run.
[Trait("Tier", "Full")]
public sealed class RobustnessProperties
{
    private static readonly string[] BundledTexts = RepositoryPaths.AllScenarios()
        .Where(p => !File.ReadAllText(p).Contains("\"extends\"", StringComparison.Ordinal))
        .Select(File.ReadAllText)
        .ToArray();

    public static class Inputs
    {
        public static Arbitrary<MutatedScenario> Mutated() =>
            Gen.Zip(Gen.Choose(0, BundledTexts.Length - 1), Gen.Choose(0, int.MaxValue - 1))
                .Select(pair => new MutatedScenario(ScenarioMutator.Mutate(BundledTexts[pair.Item1], pair.Item2)))
                .ToArbitrary();
    }

    public sealed record MutatedScenario(string Text)
    {
        public override string ToString() => Text;
    }

    [Property(Arbitrary = [typeof(Inputs)], MaxTest = 300)]
    public void Mutated_bundled_scenarios_load_and_run_or_report_problems(MutatedScenario scenario) =>
        LoadsOrReports(scenario.Text);

    public static class Damaged
    {
        public static Arbitrary<ScenarioFuzz.Case> Cases() => ScenarioFuzz.Cases(BundledTexts.Length).ToArbitrary();
    }

    /// <summary>Ten thousand damaged files: each is read, merged, bound, checked and (when valid) run, within a guard against hanging.</summary>
    [Property(Arbitrary = [typeof(Damaged)], MaxTest = 10_000)]
    public void Damaged_scenario_files_are_reported_with_locations_never_thrown(ScenarioFuzz.Case fuzz)
    {
        var bytes = ScenarioFuzz.Apply(BundledTexts[fuzz.Scenario], fuzz);
        var check = Task.Run(() => LoadsOrReports(bytes));
        Assert.True(check.Wait(TimeSpan.FromSeconds(60)), "reading, checking or running the file never finished");
    }

    private static void LoadsOrReports(string text) => LoadsOrReports(System.Text.Encoding.UTF8.GetBytes(text));

    private static void LoadsOrReports(byte[] bytes)
    {
        var compilation = ScenarioCompiler.Compile(ScenarioReader.ReadBytes(bytes, TestScenarios.PathFor("fuzz.json")), BundledPlugins.Catalog);
        if (!compilation.IsValid)
        {
            Assert.NotEmpty(compilation.Problems);
            Assert.All(compilation.Problems, p => Assert.True(
                p.Location.File.Length > 0 && p.Location.Line >= 1 && p.Location.Column >= 1 && p.Message.Length > 0, p.ToString()));
            return;
        }

        // A scenario the checks accept must run: every parameter is inside its declared range.
        var result = Simulator.Run(compilation.Scenario!);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.All(result.Series, s => Assert.All(s.Values, v => Assert.True(double.IsFinite(v), s.Key)));
    }
}
