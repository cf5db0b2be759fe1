using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Workshops;

/// <summary>
/// An exercise file being checked, with the loaded plugins, and the checks every part of it shares:
/// ids, amounts, fractions, references to cards, and the scenarios it names. Problems are collected
/// with file, JSON path, line and column.
/// </summary>
internal sealed class ExerciseFile(BoundFile<ExerciseDocument> file, PluginCatalog catalog)
{
    public ExerciseDocument Document { get; } = file.Document ?? throw new ArgumentException("the exercise file was not read", nameof(file));

    public PluginCatalog Catalog { get; } = catalog;

    public string FullPath => file.FullPath;

    public bool HasProblems => file.Problems.Count > 0;

    public void Problem(string path, string message) => file.Problem(path, message);

    public void CheckId(string path, string id, string kind, HashSet<string> seen)
    {
        if (!ValueRules.IsId(id))
        {
            Problem(path, $"{kind} id '{id}' must be lower case letters, digits and '-'");
        }
        else if (!seen.Add(id))
        {
            Problem(path, $"{kind} id '{id}' is used twice");
        }
    }

    public void WithinLimit(string path, double value, double limit)
    {
        if (ValueRules.LimitProblem(value, limit) is { } problem)
        {
            Problem(path, problem);
        }
    }

    public void Fraction(string path, string name, double? value)
    {
        if (value is { } v && v is < 0 or > 1)
        {
            Problem(path, $"{name} {v} is outside [0, 1]; it is a fraction");
        }
    }

    /// <summary>Checks a share against the scenario field it becomes (its name and range come from the field catalogue).</summary>
    public void Fraction(string path, FieldSpec field, double? value)
    {
        if (value is { } v && ValueRules.FractionProblem(v, field) is { } problem)
        {
            Problem(path, problem);
        }
    }

    public void UnknownCard(string path, string cardId, IReadOnlyCollection<string> cardIds) =>
        Problem(path, $"unknown card '{cardId}'{Hint(cardId, cardIds)} (cards: {string.Join(", ", cardIds)})");

    public static string Hint(string name, IEnumerable<string> known) =>
        DocumentBinder.Suggest(name, known) is { } s ? $"; did you mean '{s}'?" : "";

    /// <summary>Loads a scenario the exercise names; its own problems keep their own file and line.</summary>
    public ResolvedScenario? LoadScenario(string path, string relative, string what)
    {
        if (string.IsNullOrWhiteSpace(relative))
        {
            Problem(path, $"the {what} file name is empty");
            return null;
        }

        var full = file.Resolve(relative);
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

        var compilation = ScenarioCompiler.Load(full, Catalog);
        if (!compilation.IsValid)
        {
            file.Problems.AddRange(compilation.Problems);
            Problem(path, $"the {what} '{DisplayPath.Of(full)}' has {compilation.Problems.Count} problem(s), listed with it");
            return null;
        }

        return compilation.Scenario;
    }
}
