using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Json;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Engine.Workshops;

/// <summary>
/// Reads an exercise file and checks it against its base scenario and the loaded plugins: rounds,
/// cards (sectors, technologies, requirements, round windows, budgets), events, scores and history.
/// Every problem is collected with file, JSON path, line and column.
/// </summary>
public sealed partial class ExerciseCompiler
{
    private readonly BoundFile<ExerciseDocument> _file;
    private readonly PluginCatalog _catalog;
    private readonly ExerciseDocument _document;
    private ResolvedScenario _base = null!;
    private ResolvedCity _city = null!;
    private List<ExerciseRound> _rounds = [];

    private ExerciseCompiler(BoundFile<ExerciseDocument> file, ExerciseDocument document, PluginCatalog catalog)
    {
        _file = file;
        _document = document;
        _catalog = catalog;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    public static ExerciseCompilation Load(string path, PluginCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new List<ScenarioProblem>();
        var file = BoundFile<ExerciseDocument>.Read(path, problems, "an exercise");
        if (file.Document is null)
        {
            return new ExerciseCompilation(null, problems);
        }

        var compiler = new ExerciseCompiler(file, file.Document, catalog);
        var exercise = compiler.Run();
        return new ExerciseCompilation(problems.Count == 0 ? exercise : null, problems);
    }

    private void Problem(string path, string message) => _file.Problem(path, message);

    private Exercise? Run()
    {
        if (_document.SchemaVersion != ExerciseDocument.CurrentSchemaVersion)
        {
            Problem("$.schemaVersion",
                $"schema version {_document.SchemaVersion} is not supported; this CoopSim reads version {ExerciseDocument.CurrentSchemaVersion}");
        }

        if (string.IsNullOrWhiteSpace(_document.Name))
        {
            Problem("$.name", "the name is empty");
        }

        if (_document.DurationMinutes is <= 0)
        {
            Problem("$.durationMinutes", $"must be more than 0, found {_document.DurationMinutes}");
        }

        var baseScenario = LoadScenario("$.scenario", _document.Scenario, "base scenario");
        if (baseScenario is null)
        {
            return null;
        }

        _base = baseScenario;
        if (_base.Programmes.FirstOrDefault(p => p.Id.StartsWith(TeamScenario.ProgrammePrefix, StringComparison.Ordinal)) is { } taken)
        {
            Problem("$.scenario", $"the base scenario has a programme '{taken.Id}'; ids starting with '{TeamScenario.ProgrammePrefix}' are kept for the teams' cards");
        }

        var city = FindCity();
        if (city is null)
        {
            return null;
        }

        _city = city;
        _rounds = ResolveRounds();
        if (_rounds.Count != _document.Rounds.Count)
        {
            return null;
        }

        var cards = ResolveCards();
        var events = ResolveEvents(cards);
        CheckBudgets(cards, events);
        var scores = ResolveScores();
        var history = ResolveHistory();
        if (_file.Problems.Count > 0)
        {
            return null;
        }

        return new Exercise(_file.FullPath, Sha256(_file.FullPath), _document, _base.Source.Path, _base,
            _rounds, cards, events, scores, history);
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Loads a scenario the exercise names; its own problems keep their own file and line.</summary>
    private ResolvedScenario? LoadScenario(string path, string relative, string what)
    {
        if (string.IsNullOrWhiteSpace(relative))
        {
            Problem(path, $"the {what} file name is empty");
            return null;
        }

        var full = _file.Resolve(relative);
        if (!File.Exists(full))
        {
            Problem(path, $"the {what} '{DisplayPath.Of(full)}' does not exist (paths are relative to the exercise file)");
            return null;
        }

        if (!ScenarioReader.IsScenarioFile(full))
        {
            // An exercise may come from anyone: a file that is no scenario is not quoted.
            Problem(path, $"the {what} '{DisplayPath.Of(full)}' is not a scenario file");
            return null;
        }

        var compilation = ScenarioCompiler.Load(full, _catalog);
        if (!compilation.IsValid)
        {
            _file.Problems.AddRange(compilation.Problems);
            Problem(path, $"the {what} '{DisplayPath.Of(full)}' has {compilation.Problems.Count} problem(s), listed with it");
            return null;
        }

        return compilation.Scenario;
    }

    private ResolvedCity? FindCity()
    {
        var ids = _base.Cities.Select(c => c.Id).ToList();
        var city = _base.Cities.FirstOrDefault(c => c.Id == _document.City);
        if (city is null)
        {
            Problem("$.city", $"the base scenario has no city '{_document.City}'{Hint(_document.City, ids)} (cities: {string.Join(", ", ids)})");
        }
        else if (city.Sectors.Count == 0)
        {
            Problem("$.city", $"city '{city.Id}' simulates no sector in the base scenario; teams would have nothing to change");
        }

        if (_base.Cities.All(c => c.Id != _document.Partner))
        {
            Problem("$.partner", $"the base scenario has no city '{_document.Partner}'{Hint(_document.Partner, ids)} (cities: {string.Join(", ", ids)})");
        }
        else if (_document.Partner == _document.City)
        {
            Problem("$.partner", $"'{_document.City}' cannot be its own partner");
        }

        return city is { Sectors.Count: > 0 } ? city : null;
    }

    private List<ExerciseRound> ResolveRounds()
    {
        var rounds = new List<ExerciseRound>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        RoundDocument? previous = null;
        if (_document.Rounds.Count == 0)
        {
            Problem("$.rounds", "the exercise has no rounds");
        }

        for (var i = 0; i < _document.Rounds.Count; i++)
        {
            var round = _document.Rounds[i];
            var path = JsonPath.Index("$.rounds", i);
            CheckId($"{path}.id", round.Id, "round", seen);
            if (round.To < round.From)
            {
                Problem($"{path}.to", $"the round's years are inverted: 'to' {round.To} is before 'from' {round.From}");
                continue;
            }

            if (round.Budget < 0)
            {
                Problem($"{path}.budget", $"a budget cannot be negative, found {round.Budget}");
            }
            else if (round.Budget > ScenarioCompiler.MaxFunding)
            {
                Problem($"{path}.budget", $"{round.Budget} is implausibly large; the limit is {ScenarioCompiler.MaxFunding:G}");
            }

            if (i == 0 && round.From < _base.StartYear)
            {
                Problem($"{path}.from", $"the first round starts in {round.From}, before the base scenario's first year {_base.StartYear}");
            }

            if (round.To > _base.EndYear)
            {
                Problem($"{path}.to", $"round '{round.Id}' ends in {round.To}, after the base scenario's last year {_base.EndYear}");
            }

            // Each round is compared with the one written before it, even when that one had a problem itself.
            var before = previous;
            previous = round;
            if (before is not null)
            {
                if (round.From <= before.To)
                {
                    Problem($"{path}.from",
                        $"round '{round.Id}' ({round.From}-{round.To}) overlaps round '{before.Id}' ({before.From}-{before.To}); it should start in {before.To + 1}");
                    continue;
                }

                if (round.From > before.To + 1)
                {
                    Problem($"{path}.from",
                        $"round '{round.Id}' starts in {round.From}, leaving {Years(before.To + 1, round.From - 1)} after round '{before.Id}' in no round; it should start in {before.To + 1}");
                    continue;
                }
            }

            rounds.Add(new ExerciseRound(rounds.Count, round.Id, round.Name ?? $"Round {i + 1}", round.From, round.To, round.Budget, round.Briefing));
        }

        return rounds;
    }

    private void CheckId(string path, string id, string kind, HashSet<string> seen)
    {
        if (!IdPattern().IsMatch(id))
        {
            Problem(path, $"{kind} id '{id}' must be lower case letters, digits and '-'");
        }
        else if (!seen.Add(id))
        {
            Problem(path, $"{kind} id '{id}' is used twice");
        }
    }

    /// <summary>A round by id, with a suggestion when it is misspelt; null (and a problem) when unknown.</summary>
    private int? RoundIndex(string path, string id)
    {
        var round = _rounds.FirstOrDefault(r => r.Id == id);
        if (round is null)
        {
            var ids = _rounds.Select(r => r.Id).ToList();
            Problem(path, $"unknown round '{id}'{Hint(id, ids)} (rounds: {string.Join(", ", ids)})");
            return null;
        }

        return round.Index;
    }

    private static string Years(int from, int to) => from == to ? $"{from}" : $"{from}-{to}";

    private void UnknownCard(string path, string cardId, IReadOnlyCollection<string> cardIds) =>
        Problem(path, $"unknown card '{cardId}'{Hint(cardId, cardIds)} (cards: {string.Join(", ", cardIds)})");

    private static string Hint(string name, IEnumerable<string> known) =>
        DocumentBinder.Suggest(name, known) is { } s ? $"; did you mean '{s}'?" : "";

    private static void Fraction(Action<string, string> problem, string path, string name, double? value)
    {
        if (value is { } v && v is < 0 or > 1)
        {
            problem(path, $"{name} {v} is outside [0, 1]; it is a fraction");
        }
    }
}
