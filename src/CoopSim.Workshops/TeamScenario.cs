using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Workshops;

/// <summary>
/// A team's copy of the base scenario after some rounds: a child scenario that <c>extends</c> the base
/// and adds the team's cards as programme phases and capacity changes, and the events that reached
/// it as funding cuts and capacity changes. It is ordinary scenario text, so the engine reads, checks
/// and runs it like any file, and a trainer can save it and run or compare it with <c>coopsim</c>.
/// </summary>
public static class TeamScenario
{
    /// <summary>Programme ids of team cards start with this; a base scenario must not use it.</summary>
    public const string ProgrammePrefix = "workshop-";

    /// <summary>
    /// The team's scenario after <paramref name="roundsPlayed"/> rounds, ending with the last of them;
    /// <paramref name="extends"/> names the base scenario (a full path, or one relative to where the text is saved).
    /// </summary>
    public static string Text(Exercise exercise, WorkshopTeam team, TeamLedger ledger, int roundsPlayed, int seed, string extends)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(ledger);
        if (roundsPlayed < 1 || roundsPlayed > exercise.Rounds.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(roundsPlayed), roundsPlayed, "a team scenario covers 1 to all rounds");
        }

        var played = Enumerable.Range(0, roundsPlayed)
            .SelectMany(r => ledger.Decisions(r).Select(id => (Round: exercise.Rounds[r], Card: exercise.Card(id)!)))
            .ToList();
        var baseDocument = exercise.BaseScenario.Document;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("extends", extends);
            json.WriteString("name", $"{exercise.Name}: {team.Name}");
            json.WriteString("description", $"Team {team.Name} after {exercise.Rounds[roundsPlayed - 1].Name}, workshop exercise '{Path.GetFileName(exercise.Path)}'.");
            json.WriteNumber("endYear", exercise.Rounds[roundsPlayed - 1].To);
            json.WriteNumber("seed", seed);
            var schemes = WriteProgrammes(json, exercise, played);
            WriteFundingCuts(json, exercise, ledger, roundsPlayed, schemes, baseDocument);
            WriteCapacityChanges(json, exercise, ledger, roundsPlayed, played, baseDocument);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>One programme per sector holding a phase for each card with activities; returns the schemes the phases use.</summary>
    private static HashSet<string> WriteProgrammes(Utf8JsonWriter json, Exercise exercise, List<(ExerciseRound Round, ExerciseCard Card)> played)
    {
        var schemes = exercise.BaseScenario.Programmes.SelectMany(p => p.Phases).Select(p => p.Scheme).ToHashSet(StringComparer.Ordinal);
        var bySector = played.Where(p => p.Card.Activities is not null).GroupBy(p => p.Card.SectorId!).ToList();
        if (bySector.Count == 0)
        {
            return schemes;
        }

        json.WriteStartArray("programmes");
        foreach (var sector in bySector)
        {
            json.WriteStartObject();
            json.WriteString("id", ProgrammePrefix + sector.Key);
            json.WriteString("partner", exercise.PartnerId);
            json.WriteString("city", exercise.CityId);
            json.WriteString("sector", sector.Key);
            json.WriteStartArray("phases");
            foreach (var (round, card) in sector)
            {
                var activities = card.Activities!;
                schemes.Add(card.Scheme);
                json.WriteStartObject();
                json.WriteString("id", $"{round.Id}-{card.Id}");
                json.WriteString("name", card.Name);
                json.WriteNumber("from", round.From);
                json.WriteNumber("to", round.From + card.Years - 1);
                json.WriteString("scheme", card.Scheme);
                json.WriteNumber("funding", card.Cost);
                json.WriteStartObject("activities");
                json.WriteNumber("expertPersonMonths", activities.ExpertPersonMonths);
                json.WriteNumber("trainees", activities.Trainees);
                json.WriteNumber("demonstrations", activities.Demonstrations);
                json.WriteStartObject("technologies");
                foreach (var (id, units) in activities.Technologies)
                {
                    json.WriteNumber(id, units);
                }

                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        return schemes;
    }

    /// <summary>The base's funding cuts plus those from events, for schemes some phase uses (others cut nothing).</summary>
    private static void WriteFundingCuts(Utf8JsonWriter json, Exercise exercise, TeamLedger ledger, int roundsPlayed,
        HashSet<string> schemes, ScenarioDocument baseDocument)
    {
        var cuts = baseDocument.FundingCuts.Select(c => (c.Scheme, c.FromYear)).ToList();
        for (var r = 0; r < roundsPlayed; r++)
        {
            cuts.AddRange(ledger.EventsIn(r).SelectMany(e => e.FundingCuts)
                .Where(schemes.Contains)
                .Select(scheme => (scheme, exercise.Rounds[r].From)));
        }

        if (cuts.Count == baseDocument.FundingCuts.Count)
        {
            return;
        }

        json.WriteStartArray("fundingCuts");
        foreach (var (scheme, fromYear) in cuts)
        {
            json.WriteStartObject();
            json.WriteString("scheme", scheme);
            json.WriteNumber("fromYear", fromYear);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The base's capacity changes, then the cards' and the events', each from its round's first year.</summary>
    private static void WriteCapacityChanges(Utf8JsonWriter json, Exercise exercise, TeamLedger ledger, int roundsPlayed,
        List<(ExerciseRound Round, ExerciseCard Card)> played, ScenarioDocument baseDocument)
    {
        // Within a round, events come first: they are revealed as the round opens, and the team's cards answer them.
        var added = Enumerable.Range(0, roundsPlayed).SelectMany(r =>
                ledger.EventsIn(r).SelectMany(e => e.Capacity).Select(effect => (Round: exercise.Rounds[r], Effect: effect))
                    .Concat(played.Where(p => p.Round.Index == r && p.Card.Capacity is not null).Select(p => (p.Round, Effect: p.Card.Capacity!))))
            .ToList();

        // The team's scenario ends with its last round, and a change after a scenario's last year is an error.
        var endYear = exercise.Rounds[roundsPlayed - 1].To;
        var inherited = baseDocument.CapacityChanges.Where(c => c.FromYear <= endYear).ToList();
        if (added.Count == 0 && inherited.Count == baseDocument.CapacityChanges.Count)
        {
            return;
        }

        json.WriteStartArray("capacityChanges");
        foreach (var change in inherited)
        {
            WriteChange(json, change.City, change.Sector, change.FromYear, change.Ownership, change.Leadership, change.Turnover);
        }

        foreach (var (round, effect) in added)
        {
            WriteChange(json, exercise.CityId, effect.SectorId, round.From, effect.Ownership, effect.Leadership, effect.Turnover);
        }

        json.WriteEndArray();
    }

    private static void WriteChange(Utf8JsonWriter json, string city, string sector, int fromYear, double? ownership, double? leadership, double? turnover)
    {
        json.WriteStartObject();
        json.WriteString("city", city);
        json.WriteString("sector", sector);
        json.WriteNumber("fromYear", fromYear);
        Optional(nameof(CapacityChangeDocument.Ownership), ownership);
        Optional(nameof(CapacityChangeDocument.Leadership), leadership);
        Optional(nameof(CapacityChangeDocument.Turnover), turnover);
        json.WriteEndObject();

        void Optional(string property, double? value)
        {
            if (value is { } v)
            {
                json.WriteNumber(FieldCatalogue.Default.Of<CapacityChangeDocument>(property).Name, v);
            }
        }
    }
}
