namespace CoopSim.Abstractions;

/// <summary>
/// Everything a sector plugin declares about itself. The host validates scenarios, orders sectors
/// and labels results from this declaration alone, before any model runs.
/// </summary>
public sealed class SectorDescriptor
{
    /// <summary>The sector id used in scenario files, such as <c>water</c>: lower case letters, digits and '-'.</summary>
    public required string Id { get; init; }

    /// <summary>The name shown to people, such as "Water supply".</summary>
    public required string DisplayName { get; init; }

    /// <summary>The plugin's own version.</summary>
    public required Version Version { get; init; }

    /// <summary>
    /// The contract version the plugin declares; set it to <see cref="ContractVersion.Current"/>. The
    /// host checks that its major version agrees with the one in the assembly's metadata, which is
    /// what decides whether the plugin loads.
    /// </summary>
    public required Version ContractVersion { get; init; }

    /// <summary>A sentence or two on what the sector models.</summary>
    public string Description { get; init; } = "";

    /// <summary>The numeric parameters a scenario may set for a city in this sector.</summary>
    public IReadOnlyList<ParameterDeclaration> Parameters { get; init; } = [];

    /// <summary>The metrics the model writes every year.</summary>
    public IReadOnlyList<MetricDeclaration> Metrics { get; init; } = [];

    /// <summary>The signals the model publishes every year for other sectors of the same city.</summary>
    public IReadOnlyList<SignalDeclaration> Publishes { get; init; } = [];

    /// <summary>The signals the model reads; a same-year read orders this sector after the publisher.</summary>
    public IReadOnlyList<SignalRead> Reads { get; init; } = [];

    /// <summary>The technologies a cooperation programme may adopt in this sector.</summary>
    public IReadOnlyList<TechnologyDeclaration> Technologies { get; init; } = [];
}
