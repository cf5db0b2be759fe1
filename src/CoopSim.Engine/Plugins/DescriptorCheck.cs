using CoopSim.Abstractions;
using CoopSim.ContractRules;

namespace CoopSim.Engine.Plugins;

/// <summary>
/// The load-time checks of a plugin's declaration: a plugin that declares nonsense is refused
/// with every reason at once, before any scenario uses it. The rules are in <see cref="DescriptorRules"/>
/// (CoopSim.ContractRules), shared with the conformance kit.
/// </summary>
public static class DescriptorCheck
{
    /// <summary>Every problem with the declaration; empty when it is sound.</summary>
    public static IReadOnlyList<string> Problems(SectorDescriptor descriptor, Version? builtAgainst) =>
        DescriptorRules.Problems(descriptor, builtAgainst);
}
