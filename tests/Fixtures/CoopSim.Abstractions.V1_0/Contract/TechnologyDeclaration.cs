namespace CoopSim.Abstractions;

/// <summary>
/// A technology or practice that a cooperation programme may adopt in this sector, counted in a
/// unit the sector chooses (districts equipped, baskets handed out, schools).
/// </summary>
/// <param name="Id">The id used in a phase's <c>technologies</c> object, in camelCase.</param>
/// <param name="Unit">What one unit of adoption is.</param>
/// <param name="Description">What adopting it does in the model.</param>
public sealed record TechnologyDeclaration(string Id, string Unit, string Description);
