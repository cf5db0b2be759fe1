using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CoopSim.Engine.Tests;

/// <summary>Any JSON yields a runnable scenario or a list of problems: never an unhandled exception.</summary>
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

    [Property(MaxTest = 300)]
    public void Arbitrary_text_is_reported_not_thrown(string text) => LoadsOrReports(text ?? "");

    private static void LoadsOrReports(string text)
    {
        var compilation = ScenarioCompiler.Compile(ScenarioReader.ReadText(text, TestScenarios.PathFor("fuzz.json")), BundledPlugins.Catalog);
        if (!compilation.IsValid)
        {
            Assert.NotEmpty(compilation.Problems);
            Assert.All(compilation.Problems, p => Assert.True(p.Location.Line >= 1 && p.Location.Column >= 1 && p.Message.Length > 0, p.ToString()));
            return;
        }

        // A scenario the checks accept must run: every parameter is inside its declared range.
        var result = Simulator.Run(compilation.Scenario!);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.All(result.Series, s => Assert.All(s.Values, v => Assert.True(double.IsFinite(v), s.Key)));
    }
}
