namespace CoopSim.Abstractions;

/// <summary>
/// The version of this plugin contract. A plugin states the version it was built against with
/// <see cref="Current"/>; the constants are compiled into the plugin, so the value it reports is
/// the contract it was built with, not the one it runs beside.
/// </summary>
/// <remarks>
/// A host loads plugins built for the same major version and an equal or older minor version.
/// A minor version only adds members; anything that removes or changes a member is a new major.
/// </remarks>
public static class ContractVersion
{
    /// <summary>The major version: plugins built for another major are refused.</summary>
    public const int Major = 1;

    /// <summary>The minor version: plugins built for an equal or older minor load.</summary>
    public const int Minor = 0;

    /// <summary>The contract version as a <see cref="Version"/> (major.minor).</summary>
    public static Version Current => new(Major, Minor);
}
