using System.Globalization;
using System.Security.Cryptography;
using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Json;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Workshops;

/// <summary>
/// Reads an exercise file and checks it against its base scenario and the loaded plugins: rounds,
/// cards (sectors, technologies, requirements, round windows, budgets), events, scores and history.
/// Every problem is collected with file, JSON path, line and column.
/// </summary>
public sealed class ExerciseCompiler
{
    private readonly ExerciseFile _file;
    private readonly ExerciseDocument _document;
    private ResolvedScenario _base = null!;
    private List<ExerciseRound> _rounds = [];

    private ExerciseCompiler(ExerciseFile file)
    {
        _file = file;
        _document = file.Document;
    }

    public static ExerciseCompilation Load(string path, PluginCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new List<ScenarioProblem>();
        var file = BoundFile<ExerciseDocument>.Read(path, problems, "an exercise");
        if (file.Document is null)
        {
            return new ExerciseCompilation(null, problems);
        }

        var compiler = new ExerciseCompiler(new ExerciseFile(file, catalog));
        var exercise = compiler.Run();
        return new ExerciseCompilation(problems.Count == 0 ? exercise : null, problems);
    }

    private Exercise? Run()
    {
        if (_document.SchemaVersion != ExerciseDocument.CurrentSchemaVersion)
        {
            _file.Problem("$.schemaVersion",
                $"schema version {_document.SchemaVersion} is not supported; this CoopSim reads version {ExerciseDocument.CurrentSchemaVersion}");
        }

        if (string.IsNullOrWhiteSpace(_document.Name))
        {
            _file.Problem("$.name", "the name is empty");
        }

        if (_document.DurationMinutes is <= 0)
        {
            _file.Problem("$.durationMinutes", $"must be more than 0, found {_document.DurationMinutes}");
        }

        var baseScenario = _file.LoadScenario("$.scenario", _document.Scenario, "base scenario");
        if (baseScenario is null)
        {
            return null;
        }

        _base = baseScenario;
        if (_base.Programmes.FirstOrDefault(p => p.Id.StartsWith(TeamScenario.ProgrammePrefix, StringComparison.Ordinal)) is { } taken)
        {
            _file.Problem("$.scenario", $"the base scenario has a programme '{taken.Id}'; ids starting with '{TeamScenario.ProgrammePrefix}' are kept for the teams' cards");
        }

        var city = FindCity();
        if (city is null)
        {
            return null;
        }

        _rounds = ResolveRounds();
        if (_rounds.Count != _document.Rounds.Count)
        {
            return null;
        }

        var setting = new ExerciseSetting(_file, _base, city, _rounds);
        var cards = new CardCompiler(setting).Resolve();
        var events = new EventCompiler(setting).Resolve(cards);
        CheckBudgets(cards, events);
        var scoring = new ScoreCompiler(setting);
        var scores = scoring.ResolveScores();
        var history = scoring.ResolveHistory();
        if (_file.HasProblems)
        {
            return null;
        }

        return new Exercise(_file.FullPath, Sha256(_file.FullPath), _document, _base.Source.Path, _base,
            _rounds, cards, events, scores, history);
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private ResolvedCity? FindCity()
    {
        var ids = _base.Cities.Select(c => c.Id).ToList();
        var city = _base.Cities.FirstOrDefault(c => c.Id == _document.City);
        if (city is null)
        {
            _file.Problem("$.city", $"the base scenario has no city '{_document.City}'{ExerciseFile.Hint(_document.City, ids)} (cities: {string.Join(", ", ids)})");
        }
        else if (city.Sectors.Count == 0)
        {
            _file.Problem("$.city", $"city '{city.Id}' simulates no sector in the base scenario; teams would have nothing to change");
        }

        if (_base.Cities.All(c => c.Id != _document.Partner))
        {
            _file.Problem("$.partner", $"the base scenario has no city '{_document.Partner}'{ExerciseFile.Hint(_document.Partner, ids)} (cities: {string.Join(", ", ids)})");
        }
        else if (_document.Partner == _document.City)
        {
            _file.Problem("$.partner", $"'{_document.City}' cannot be its own partner");
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
            _file.Problem("$.rounds", "the exercise has no rounds");
        }

        for (var i = 0; i < _document.Rounds.Count; i++)
        {
            var round = _document.Rounds[i];
            var path = JsonPath.Index("$.rounds", i);
            _file.CheckId($"{path}.id", round.Id, "round", seen);
            if (round.To < round.From)
            {
                _file.Problem($"{path}.to", $"the round's years are inverted: 'to' {round.To} is before 'from' {round.From}");
                continue;
            }

            if (round.Budget < 0)
            {
                _file.Problem($"{path}.budget", $"a budget cannot be negative, found {round.Budget}");
            }
            else if (ValueRules.LimitProblem(round.Budget, PhaseDocument.MaxFunding) is { } tooLarge)
            {
                _file.Problem($"{path}.budget", tooLarge);
            }

            if (i == 0 && round.From < _base.StartYear)
            {
                _file.Problem($"{path}.from", $"the first round starts in {round.From}, before the base scenario's first year {_base.StartYear}");
            }

            if (round.To > _base.EndYear)
            {
                _file.Problem($"{path}.to", $"round '{round.Id}' ends in {round.To}, after the base scenario's last year {_base.EndYear}");
            }

            // Each round is compared with the one written before it, even when that one had a problem itself.
            var before = previous;
            previous = round;
            if (before is not null)
            {
                if (round.From <= before.To)
                {
                    _file.Problem($"{path}.from",
                        $"round '{round.Id}' ({round.From}-{round.To}) overlaps round '{before.Id}' ({before.From}-{before.To}); it should start in {before.To + 1}");
                    continue;
                }

                if (round.From > before.To + 1)
                {
                    _file.Problem($"{path}.from",
                        $"round '{round.Id}' starts in {round.From}, leaving {Years(before.To + 1, round.From - 1)} after round '{before.Id}' in no round; it should start in {before.To + 1}");
                    continue;
                }
            }

            rounds.Add(new ExerciseRound(rounds.Count, round.Id, round.Name ?? $"Round {i + 1}", round.From, round.To, round.Budget, round.Briefing));
        }

        return rounds;
    }

    private static string Years(int from, int to) => from == to ? $"{from}" : $"{from}-{to}";

    /// <summary>
    /// Refuses a card that costs more than a team could ever hold in a round it can be played in:
    /// the round's budget, plus (with carry-over) every earlier budget, plus every grant and windfall
    /// that could arrive by then. An upper bound, so a card passing it may still need saving up.
    /// </summary>
    private void CheckBudgets(List<ExerciseCard> cards, List<ExerciseEvent> events)
    {
        var byId = cards.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var earliest = CardCompiler.EarliestRounds(cards, byId, out var cycle);
        if (cycle is not null)
        {
            return;
        }

        var most = new double[_rounds.Count];
        for (var r = 0; r < _rounds.Count; r++)
        {
            var income = _rounds[r].Budget + events.Where(e => e.Round == r).Sum(e => Math.Max(0, e.Budget));
            foreach (var card in cards.Where(c => c.Grant is not null))
            {
                var playable = Math.Min(card.LastRound, r - 1) - Math.Max(earliest[card.Id], r - card.Grant!.Rounds) + 1;
                income += Math.Min(Math.Max(0, playable), card.MaxPlays ?? int.MaxValue) * card.Grant.Amount;
            }

            most[r] = income + (_document.CarryOverBudget && r > 0 ? most[r - 1] : 0);
        }

        for (var i = 0; i < cards.Count; i++)
        {
            var card = cards[i];
            var from = earliest[card.Id];
            if (from > card.LastRound)
            {
                continue;
            }

            var best = Enumerable.Range(from, card.LastRound - from + 1).Max(r => most[r]);
            if (card.Cost > best)
            {
                var rounds = from == card.LastRound ? $"round '{_rounds[from].Id}'" : $"rounds '{_rounds[from].Id}' to '{_rounds[card.LastRound].Id}'";
                _file.Problem($"$.cards[{i}].cost",
                    $"card '{card.Id}' costs {Usd(card.Cost)}, more than a team can hold in any round it can be played in " +
                    $"(at most {Usd(best)} in {rounds}); it could never be played");
            }
        }
    }

    internal static string Usd(double value) => value.ToString("N0", CultureInfo.InvariantCulture) + " USD";
}
