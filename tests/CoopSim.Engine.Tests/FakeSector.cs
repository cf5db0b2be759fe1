using CoopSim.Abstractions;

namespace CoopSim.Engine.Tests;

/// <summary>A sector assembled in a test: a declaration and a step function.</summary>
internal sealed class FakeSector(SectorDescriptor descriptor, Func<ModelSetup, Action<StepContext>> model) : ISectorPlugin
{
    public SectorDescriptor Descriptor { get; } = descriptor;

    public ISectorModel CreateModel(ModelSetup setup) => new Model(model(setup));

    public static SectorDescriptor Declare(string id, string[]? publishes = null, string[]? reads = null, params string[] metrics) => new()
    {
        Id = id,
        DisplayName = id,
        Version = new Version(1, 0),
        ContractVersion = ContractVersion.Current,
        Metrics = (metrics.Length == 0 ? ["value"] : metrics).Select(m => new MetricDeclaration(m, "units", m)).ToList(),
        Publishes = (publishes ?? []).Select(p => new SignalDeclaration(p, "units", p)).ToList(),
        Reads = (reads ?? []).Select(r => new SignalRead(r)).ToList(),
    };

    /// <summary>Writes the year into every metric and publishes the year on every signal.</summary>
    public static FakeSector Writing(string id, string[]? publishes = null, string[]? reads = null) =>
        new(Declare(id, publishes, reads), setup =>
        {
            var descriptor = Declare(id, publishes, reads);
            var metric = setup.Metric("value");
            var signals = (publishes ?? []).Select(setup.PublishedSignal).ToArray();
            return context =>
            {
                context.WriteMetric(metric, context.Year);
                foreach (var signal in signals)
                {
                    context.PublishSignal(signal, context.Year);
                }
            };
        });

    public static string ScenarioUsing(params string[] sectorIds) => $$"""
        {
          "schemaVersion": 1, "name": "Fakes", "startYear": 2000, "endYear": 2004,
          "cities": [ { "id": "c", "population": 1000, "sectors": { {{string.Join(", ", sectorIds.Select(s => $"\"{s}\": {{}}"))}} } } ]
        }
        """;

    private sealed class Model(Action<StepContext> step) : ISectorModel
    {
        public void Step(StepContext context) => step(context);
    }
}
