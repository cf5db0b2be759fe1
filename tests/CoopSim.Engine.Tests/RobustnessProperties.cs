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
    public bool Mutated_bundled_scenarios_load_and_run_or_report_problems(MutatedScenario scenario) =>
        LoadsOrReports(scenario.Text);

    [Property(MaxTest = 300)]
    public bool Arbitrary_text_is_reported_not_thrown(string text) => LoadsOrReports(text ?? "");

    private static bool LoadsOrReports(string text)
    {
        var compilation = ScenarioCompiler.Compile(ScenarioReader.ReadText(text, Scenarios.PathFor("fuzz.json")), BundledPlugins.Catalog);
        if (!compilation.IsValid)
        {
            return compilation.Problems.Count > 0
                && compilation.Problems.All(p => p.Location.Line >= 1 && p.Location.Column >= 1 && p.Message.Length > 0);
        }

        var result = Simulator.Run(compilation.Scenario!);
        return result.Succeeded && result.Series.All(s => s.Values.All(double.IsFinite));
    }
}
