using CoopSim.Abstractions;

namespace CoopSim.Fixtures.DropIn;

/// <summary>
/// A small sector built apart from the host and dropped into a plugins folder: urban tree cover
/// grows by the trees a programme plants each year.
/// </summary>
public sealed class TreeCoverSector : ISectorPlugin
{
    public SectorDescriptor Descriptor { get; } = new()
    {
        Id = "tree-cover",
        DisplayName = "Urban tree cover",
        Version = new Version(1, 2, 3),
        ContractVersion = ContractVersion.Current,
        Description = "Trees planted under a programme add canopy area.",
        Parameters =
        [
            new("canopyPerTree", "m2", 30, 1, 200, "Canopy area one grown tree adds."),
        ],
        Metrics =
        [
            new("canopy", "m2", "Canopy area added by planted trees") { Minimum = 0 },
        ],
        Technologies =
        [
            new("trees", "trees", "Trees planted."),
        ],
    };

    public ISectorModel CreateModel(ModelSetup setup) => new TreeCoverModel(setup);

    private sealed class TreeCoverModel(ModelSetup setup) : ISectorModel
    {
        private readonly double _canopyPerTree = setup.Parameter("canopyPerTree");
        private readonly MetricHandle _canopy = setup.Metric("canopy");
        private readonly TechnologyHandle _trees = setup.Technology("trees");

        public void Step(StepContext context) =>
            context.WriteMetric(_canopy, context.TechnologyInPlace(_trees) * _canopyPerTree);
    }
}
