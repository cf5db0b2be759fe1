namespace CoopSim.Abstractions;

/// <summary>
/// A sector plugin: the entry point the host finds in a plugin assembly. It must have a public
/// parameterless constructor, hold no per-run state and be safe to use from several threads,
/// because one instance serves every city and every run.
/// </summary>
public interface ISectorPlugin
{
    /// <summary>What the sector declares: identity, parameters, metrics, signals and technologies.</summary>
    SectorDescriptor Descriptor { get; }

    /// <summary>
    /// Creates the model of this sector for one city in one run. Called once per city and run,
    /// before the first year; the model then advances one year per <see cref="ISectorModel.Step"/>.
    /// </summary>
    /// <param name="setup">The city, the validated parameter values and the handles the model uses.</param>
    /// <returns>A new model that holds the state of this sector in this city.</returns>
    ISectorModel CreateModel(ModelSetup setup);
}
