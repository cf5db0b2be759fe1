using CoopSim.Abstractions;

namespace CoopSim.Fixtures.FutureContract;

/// <summary>A plugin compiled against contract 2.0; the host must refuse it without running it.</summary>
public sealed class FutureSector : ISectorPlugin
{
    public SectorDescriptor Descriptor => throw new InvalidOperationException("a refused plugin must never be asked for its descriptor");

    public ISectorModel CreateModel(ModelSetup setup) => throw new InvalidOperationException("never runs");
}
