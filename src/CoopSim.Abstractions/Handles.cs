namespace CoopSim.Abstractions;

/// <summary>Refers to one declared metric; obtained from <see cref="ModelSetup.Metric(MetricDeclaration)"/>.</summary>
/// <param name="Index">The metric's position in <see cref="SectorDescriptor.Metrics"/>.</param>
public readonly record struct MetricHandle(int Index);

/// <summary>Refers to one published signal; obtained from <see cref="ModelSetup.PublishedSignal(SignalDeclaration)"/>.</summary>
/// <param name="Index">The signal's position in <see cref="SectorDescriptor.Publishes"/>.</param>
public readonly record struct PublishedSignalHandle(int Index);

/// <summary>Refers to one read signal; obtained from <see cref="ModelSetup.ReadSignal(SignalRead)"/>.</summary>
/// <param name="Index">The signal's position in <see cref="SectorDescriptor.Reads"/>.</param>
public readonly record struct ReadSignalHandle(int Index);

/// <summary>Refers to one declared technology; obtained from <see cref="ModelSetup.Technology(TechnologyDeclaration)"/>.</summary>
/// <param name="Index">The technology's position in <see cref="SectorDescriptor.Technologies"/>.</param>
public readonly record struct TechnologyHandle(int Index);
