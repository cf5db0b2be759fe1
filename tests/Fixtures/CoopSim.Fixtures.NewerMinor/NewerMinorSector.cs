using CoopSim.Abstractions;

namespace CoopSim.Fixtures.NewerMinor;

/// <summary>
/// A plugin compiled against contract 1.9, a minor this host does not have: it may use members the
/// host lacks, so the host must refuse it without running it.
/// </summary>
public sealed class NewerMinorSector : ISectorPlugin
{
    public SectorDescriptor Descriptor => throw new InvalidOperationException("a refused plugin must never be asked for its descriptor");

    public ISectorModel CreateModel(ModelSetup setup) => throw new InvalidOperationException("never runs");
}
