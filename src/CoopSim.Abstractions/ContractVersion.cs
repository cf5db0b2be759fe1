namespace CoopSim.Abstractions;

/// <summary>
/// The version of this plugin contract. The host learns the version a plugin was built against
/// from the plugin assembly's reference to CoopSim.Abstractions (its metadata), before running any
/// of its code. <see cref="Major"/> and <see cref="Minor"/> are constants and so are compiled into
/// the plugin; <see cref="Current"/> is a property and, read at run time, gives the version of
/// the contract the plugin runs beside.
/// </summary>
/// <remarks>
/// A host loads plugins built for the same major version and an equal or older minor version.
/// A minor version only adds members; anything that removes or changes a member is a new major
/// (docs/plugins.md, "Contract versioning"). 1.1 added the value ranges of
/// <see cref="SignalDeclaration"/> and <see cref="SignalRead"/>; 1.2 added the initial and
/// embedded capacity of <see cref="CooperationInputs"/>; 1.3 added the <see cref="ModelSetup"/>
/// members that take a declaration, so a plugin declares each parameter, metric, signal and
/// technology once and reads it through that declaration.
/// </remarks>
public static class ContractVersion
{
    /// <summary>The major version: plugins built for another major are refused.</summary>
    public const int Major = 1;

    /// <summary>The minor version: plugins built for an equal or older minor load.</summary>
    public const int Minor = 3;

    /// <summary>The contract version as a <see cref="Version"/> (major.minor).</summary>
    public static Version Current => new(Major, Minor);
}
