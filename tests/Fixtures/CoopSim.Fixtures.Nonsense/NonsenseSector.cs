using CoopSim.Abstractions;

namespace CoopSim.Fixtures.Nonsense;

/// <summary>A plugin whose declaration is nonsense in several ways at once; the host must refuse it with every reason.</summary>
public sealed class NonsenseSector : ISectorPlugin
{
    public SectorDescriptor Descriptor { get; } = new()
    {
        Id = "nonsense",
        DisplayName = "Nonsense",
        Version = new Version(0, 1, 0),
        ContractVersion = ContractVersion.Current,
        Parameters =
        [
            new("rate", "1/year", 0.5, 1, 0, "Minimum above maximum."),
        ],
        Metrics =
        [
            new("level", "t/day", "Declared twice."),
            new("level", "t/day", "Declared twice."),
        ],
        Publishes =
        [
            new("echo", "units", "Read back in the same year.") { Minimum = 5, Maximum = 1 },
        ],
        Reads =
        [
            new("echo"),
        ],
    };

    public ISectorModel CreateModel(ModelSetup setup) => throw new InvalidOperationException("a refused plugin never runs");
}
