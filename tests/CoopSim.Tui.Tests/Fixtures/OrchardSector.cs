using CoopSim.Abstractions;

namespace CoopSim.Tui.Tests.Fixtures;

/// <summary>
/// A sector no bundled plugin resembles, so that tests show the UI takes parameters, metrics and
/// technologies from a plugin's declaration. It can also be told to fail from a given year.
/// </summary>
public sealed class OrchardSector : ISectorPlugin
{
    public SectorDescriptor Descriptor { get; } = new()
    {
        Id = "orchard",
        DisplayName = "Orchards",
        Version = new Version(3, 2, 1),
        ContractVersion = ContractVersion.Current,
        Description = "Fruit trees planted and kept alive.",
        Parameters =
        [
            new("treesPerHectare", "trees/ha", 100, 10, 500, "Trees planted per hectare."),
            new("survival", "fraction", 0.8, 0.2, 1.0, "Share of planted trees that survive a year."),
            new("failFromYear", "year", 0, 0, 3000, "The model throws from this year on (0: never)."),
        ],
        Metrics =
        [
            new("trees", "trees", "Trees standing") { Minimum = 0 },
            new("cover", "fraction", "Share of land under trees") { Minimum = 0, Maximum = 1 },
        ],
        Technologies = [new("nurseries", "nurseries", "Tree nurseries opened.")],
    };

    public ISectorModel CreateModel(ModelSetup setup) => new Model(setup);

    private sealed class Model(ModelSetup setup) : ISectorModel
    {
        private readonly double _perHectare = setup.Parameter("treesPerHectare");
        private readonly double _survival = setup.Parameter("survival");
        private readonly double _failFrom = setup.Parameter("failFromYear");
        private readonly MetricHandle _trees = setup.Metric("trees");
        private readonly MetricHandle _cover = setup.Metric("cover");
        private readonly TechnologyHandle _nurseries = setup.Technology("nurseries");

        public void Step(StepContext context)
        {
            if (_failFrom > 0 && context.Year >= _failFrom)
            {
                throw new InvalidOperationException("the orchard model was told to fail");
            }

            var capacity = context.Cooperation.Capacity;
            var trees = context.Population / 1000 * _perHectare * _survival * (1 + capacity + context.TechnologyInPlace(_nurseries));
            context.WriteMetric(_trees, trees);
            context.WriteMetric(_cover, Math.Min(1, _survival * capacity));
        }
    }
}
