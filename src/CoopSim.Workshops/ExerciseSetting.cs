using CoopSim.Engine.Scenarios;

namespace CoopSim.Workshops;

/// <summary>
/// What an exercise's cards, events and scores are checked against once its base is known: the base
/// scenario, the teams' city in it and the resolved rounds.
/// </summary>
internal sealed class ExerciseSetting(ExerciseFile file, ResolvedScenario baseScenario, ResolvedCity city, IReadOnlyList<ExerciseRound> rounds)
{
    public ExerciseFile File { get; } = file;

    public ResolvedScenario Base { get; } = baseScenario;

    public ResolvedCity City { get; } = city;

    public IReadOnlyList<ExerciseRound> Rounds { get; } = rounds;

    /// <summary>A round by id, with a suggestion when it is misspelt; null (and a problem) when unknown.</summary>
    public int? RoundIndex(string path, string id)
    {
        var round = Rounds.FirstOrDefault(r => r.Id == id);
        if (round is null)
        {
            var ids = Rounds.Select(r => r.Id).ToList();
            File.Problem(path, $"unknown round '{id}'{ExerciseFile.Hint(id, ids)} (rounds: {string.Join(", ", ids)})");
            return null;
        }

        return round.Index;
    }

    public string RoundId(int index) => index < Rounds.Count ? Rounds[index].Id : $"after {Rounds[^1].Id}";

    public bool CheckCitySector(string path, string sectorId)
    {
        if (City.Sector(sectorId) is not null)
        {
            return true;
        }

        var simulated = City.Sectors.Select(s => s.Sector.Id).ToList();
        var loaded = File.Catalog.Find(sectorId) is null ? " (no loaded plugin has that sector)" : "";
        var hint = ExerciseFile.Hint(sectorId, simulated);
        File.Problem(path, $"city '{City.Id}' does not simulate sector '{sectorId}' in the base scenario{loaded}" +
                           $"{hint} (it simulates {string.Join(", ", simulated)})");
        return false;
    }

    /// <summary>A card's or an event's effect on the city's capacity in one of its sectors.</summary>
    public CapacityEffect? ResolveCapacity(string path, CapacityEffectDocument capacity, string? defaultSector)
    {
        var sectorId = capacity.Sector ?? defaultSector;
        if (sectorId is null)
        {
            File.Problem(path, "the capacity effect names no 'sector'");
            return null;
        }

        var known = CheckCitySector(capacity.Sector is null ? path : $"{path}.sector", sectorId);
        if (capacity.Ownership is null && capacity.Leadership is null && capacity.Turnover is null)
        {
            File.Problem(path, "the capacity effect sets nothing; give ownership, leadership or turnover");
        }

        // A capacity effect becomes a scenario's capacity change, so it takes that field's name and range.
        Check(nameof(CapacityChangeDocument.Ownership), capacity.Ownership);
        Check(nameof(CapacityChangeDocument.Leadership), capacity.Leadership);
        Check(nameof(CapacityChangeDocument.Turnover), capacity.Turnover);
        return known ? new CapacityEffect(sectorId, capacity.Ownership, capacity.Leadership, capacity.Turnover) : null;

        void Check(string property, double? value)
        {
            var field = FieldCatalogue.Default.Of<CapacityChangeDocument>(property);
            File.Fraction($"{path}.{field.Name}", field, value);
        }
    }
}
