namespace CoopSim.Abstractions;

/// <summary>The facts about a city that hold for a whole run.</summary>
/// <param name="Id">The city id used in the scenario, such as <c>phnom-penh</c>.</param>
/// <param name="Name">The city's name.</param>
/// <param name="Country">The country.</param>
/// <param name="Population">Population in the start year (people).</param>
/// <param name="PopulationGrowth">Yearly population growth as a fraction (0.03 is 3% a year).</param>
public sealed record CityFacts(string Id, string Name, string Country, double Population, double PopulationGrowth);
