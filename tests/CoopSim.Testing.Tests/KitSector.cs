using CoopSim.Abstractions;

namespace CoopSim.Testing.Tests;

/// <summary>
/// A small sound sector the kit's tests break one way at a time: a share that rises with capacity
/// and technology, a stock that follows a read signal, and a published signal.
/// </summary>
internal sealed class KitSector(Func<KitSector.Model, StepContext, bool>? fault = null, SectorDescriptor? descriptor = null) : ISectorPlugin
{
    public static SectorDescriptor Declaration => new()
    {
        Id = "kit-sector",
        DisplayName = "Kit sector",
        Version = new Version(1, 0),
        ContractVersion = ContractVersion.Current,
        Parameters =
        [
            new("start", "fraction", 0.2, 0, 1, "Share in the start year."),
            new("divisor", "-", 1, 0, 10, "Scales the stock; zero is allowed."),
        ],
        Metrics =
        [
            new("share", "fraction", "A share") { Minimum = 0, Maximum = 1 },
            new("stock", "t", "A stock") { Minimum = 0 },
        ],
        Publishes = [new SignalDeclaration("shareIndex", "fraction", "The share") { Minimum = 0, Maximum = 1 }],
        Reads = [new SignalRead("inflow") { Minimum = 0, Maximum = 100 }],
        Technologies = [new TechnologyDeclaration("kits", "units", "Kits handed out.")],
    };

    public SectorDescriptor Descriptor { get; } = descriptor ?? Declaration;

    public ISectorModel CreateModel(ModelSetup setup) => new Model(setup, fault);

    internal sealed class Model(ModelSetup setup, Func<Model, StepContext, bool>? fault) : ISectorModel
    {
        private readonly MetricHandle _share = setup.Metric("share");
        private readonly MetricHandle _stock = setup.Metric("stock");
        private readonly PublishedSignalHandle _index = setup.PublishedSignal("shareIndex");
        private readonly ReadSignalHandle _inflow = setup.ReadSignal("inflow");
        private readonly TechnologyHandle _kits = setup.Technology("kits");

        public ModelSetup Setup { get; } = setup;

        public MetricHandle ShareHandle => _share;

        public MetricHandle StockHandle => _stock;

        public double Share { get; set; } = setup.Parameter("start");

        public double Stock { get; set; }

        public void Step(StepContext context)
        {
            var kits = context.TechnologyInPlace(_kits);
            Share += (1 - Share) * 0.1 * context.Cooperation.Capacity * (kits / (kits + 10));
            Stock += context.HasSignal(_inflow) ? context.ReadSignal(_inflow) : 1;
            if (fault is not null && fault(this, context))
            {
                return;
            }

            context.WriteMetric(_share, Share);
            context.WriteMetric(_stock, Stock);
            context.PublishSignal(_index, Share);
        }
    }
}
