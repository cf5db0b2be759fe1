using CoopSim.Abstractions;

namespace CoopSim.Fixtures.OlderMinor;

/// <summary>
/// A sector written against contract 1.0 that touches every part of it a plugin uses: parameters,
/// metrics, a technology, a published signal and an optional same-year read.
/// </summary>
public sealed class AirQualitySector : ISectorPlugin
{
    public SectorDescriptor Descriptor { get; } = new()
    {
        Id = "air-quality",
        DisplayName = "Air quality",
        Version = new Version(1, 0, 0),
        ContractVersion = ContractVersion.Current,
        Description = "Fine particles fall as filters are fitted; pumping electricity adds a little.",
        Parameters =
        [
            new("initialPm25", "ug/m3", 40, 0, 500, "Yearly mean fine particles in the start year."),
        ],
        Metrics =
        [
            new("pm25", "ug/m3", "Yearly mean fine particles") { Minimum = 0, Maximum = 1000 },
        ],
        Publishes =
        [
            new("pm25Index", "ug/m3", "Yearly mean fine particles"),
        ],
        Reads =
        [
            new("pumpingEnergy"),
        ],
        Technologies =
        [
            new("filters", "stacks", "Stacks fitted with particle filters."),
        ],
    };

    public ISectorModel CreateModel(ModelSetup setup) => new Model(setup);

    private sealed class Model(ModelSetup setup) : ISectorModel
    {
        private readonly double _initial = setup.Parameter("initialPm25");
        private readonly MetricHandle _pm25 = setup.Metric("pm25");
        private readonly PublishedSignalHandle _index = setup.PublishedSignal("pm25Index");
        private readonly ReadSignalHandle _pumping = setup.ReadSignal("pumpingEnergy");
        private readonly TechnologyHandle _filters = setup.Technology("filters");

        public void Step(StepContext context)
        {
            var fromPower = context.HasSignal(_pumping) ? context.ReadSignal(_pumping) * 1e-6 : 0.0;
            var value = Math.Min(1000, (_initial / (1.0 + context.TechnologyInPlace(_filters))) + fromPower);
            context.WriteMetric(_pm25, value);
            context.PublishSignal(_index, value);
        }
    }
}
