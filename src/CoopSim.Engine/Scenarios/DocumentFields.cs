namespace CoopSim.Engine.Scenarios;

/// <summary>The fields of one document class and where its objects live in a file.</summary>
/// <param name="Owner">The document class.</param>
/// <param name="Path">e.g. <c>cities[].sectors.*.capacity</c>; empty for the top level.</param>
/// <param name="Fields">Its fields in declaration order.</param>
public sealed record DocumentFields(Type Owner, string Path, IReadOnlyList<FieldSpec> Fields);
