using System.Globalization;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Tui.ViewModels;

/// <summary>The answer to an edit: accepted, or refused with the reason.</summary>
public sealed record EditOutcome(bool Accepted, string Message)
{
    public static EditOutcome Done(string message) => new(true, message);

    public static EditOutcome Refused(string reason) => new(false, reason);
}

/// <summary>
/// One scenario being edited: the document as the file resolves it (<see cref="Original"/>), the
/// edited document, and the commands that change it. An edit that would make the scenario invalid
/// is refused with the compiler's or the plugin's reason and changes nothing; accepted edits can be
/// undone and redone.
/// </summary>
public sealed class ScenarioEditor
{
    private readonly PluginCatalog _catalog;
    private readonly FieldCatalogue _fields;
    private readonly Stack<ScenarioDocument> _undo = new();
    private readonly Stack<ScenarioDocument> _redo = new();
    private ScenarioCompilation _compilation;
    private int? _changeCount;

    /// <param name="path">The file the document was read from.</param>
    /// <param name="original">The document as the file resolves it.</param>
    /// <param name="catalog">The loaded plugins.</param>
    /// <param name="fields">The scenario format's fields (ranges, units, descriptions); the declared ones by default.</param>
    public ScenarioEditor(string path, ScenarioDocument original, PluginCatalog catalog, FieldCatalogue? fields = null)
    {
        Path = System.IO.Path.GetFullPath(path);
        _catalog = catalog;
        _fields = fields ?? FieldCatalogue.Default;
        Original = ScenarioWriter.Copy(original);
        Document = ScenarioWriter.Copy(original);
        _compilation = EditedScenario.Compile(Document, Path, catalog, _fields);
        Roots = EditorTreeBuilder.Build(Document, catalog, _fields);
    }

    /// <summary>The file the edits started from; a saved child extends it.</summary>
    public string Path { get; private set; }

    /// <summary>The scenario as the file resolves it (after <c>extends</c>).</summary>
    public ScenarioDocument Original { get; private set; }

    /// <summary>The edited scenario. Replaced, never changed in place, by each edit.</summary>
    public ScenarioDocument Document { get; private set; }

    public IReadOnlyList<EditorNode> Roots { get; private set; }

    /// <summary>Counts accepted edits, undos and redos; a run is for one revision.</summary>
    public int Revision { get; private set; }

    /// <summary>The edited scenario checked against the plugins: runnable, or its problems.</summary>
    public ScenarioCompilation Compilation => _compilation;

    public bool CanUndo => _undo.Count > 0;

    /// <summary>How many values a child saved now would set, remove or replace.</summary>
    public int ChangeCount => _changeCount ??=
        ChildScenario.TryCreate(Original, Document, Path, Path, out var child, out _) ? child.ChangedPaths.Count : 1;

    public bool IsDirty => ChangeCount > 0;

    /// <summary>Raised after every accepted edit, undo, redo and save.</summary>
    public event Action? Changed;

    public object? ValueOf(EditorField field) => field.Get(Document);

    public string Show(EditorField field) => ValueText.Show(field, field.Get(Document));

    public string EditText(EditorField field) => ValueText.EditText(field, field.Get(Document));

    /// <summary>Whether the field differs from the file's value.</summary>
    public bool IsChanged(EditorField field) => !Equals(Normalise(field.Get(Document)), Normalise(field.Get(Original)));

    /// <summary>Sets a field from typed text (numbers in the shown unit; empty for the default).</summary>
    public EditOutcome TrySet(EditorField field, string text)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!ValueText.TryParse(field, text, out var value, out var reason))
        {
            return EditOutcome.Refused(reason);
        }

        return SetValue(field, value);
    }

    /// <summary>Moves a number by a step (a percentage point for shares), like a slider.</summary>
    public EditOutcome Nudge(EditorField field, int steps)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Kind == FieldKind.Text)
        {
            return EditOutcome.Refused($"{field.Label} is text; press Enter to edit it");
        }

        var current = Normalise(field.Get(Document)) ?? Normalise(field.Default);
        if (current is not double now)
        {
            return EditOutcome.Refused($"{field.Label} is {field.EmptyMeaning}; press Enter to type a value");
        }

        var step = Steps.For(field, now);
        var next = Steps.Round(now + (steps * step), step);
        return SetValue(field, next);
    }

    /// <summary>Puts the file's value back.</summary>
    public EditOutcome Reset(EditorField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var original = Normalise(field.Get(Original));
        if (original is null && !field.IsOptional)
        {
            return EditOutcome.Refused($"{field.Label} is new in this edit; Ctrl+Z undoes it");
        }

        return SetValue(field, original);
    }

    public EditOutcome RemoveProgramme(string programmeId) =>
        Apply(d => d.Programmes.RemoveAll(p => p.Id == programmeId), $"removed programme '{programmeId}'");

    public EditOutcome RemovePhase(string programmeId, string phaseId) =>
        Apply(d => d.Programmes.First(p => p.Id == programmeId).Phases.RemoveAll(p => p.Id == phaseId),
            $"removed phase '{phaseId}' of '{programmeId}'");

    /// <summary>Adds a phase after the given one: the same scheme and activities, for as many years, starting the year after.</summary>
    public EditOutcome AddPhaseAfter(string programmeId, string phaseId)
    {
        var programme = Document.Programmes.FirstOrDefault(p => p.Id == programmeId);
        var phase = programme?.Phases.FirstOrDefault(p => p.Id == phaseId);
        if (programme is null || phase is null)
        {
            return EditOutcome.Refused($"there is no phase '{phaseId}' in programme '{programmeId}'");
        }

        var id = phaseId + "-next";
        while (programme.Phases.Any(p => p.Id == id))
        {
            id += "-next";
        }

        var years = phase.To - phase.From + 1;
        return Apply(d =>
        {
            var phases = d.Programmes.First(p => p.Id == programmeId).Phases;
            var source = phases.First(p => p.Id == phaseId);
            var copy = ScenarioWriter.Copy(d).Programmes.First(p => p.Id == programmeId).Phases.First(p => p.Id == phaseId);
            copy.Id = id;
            copy.Name = string.Create(CultureInfo.InvariantCulture, $"after {phaseId}");
            copy.From = source.To + 1;
            copy.To = source.To + years;
            phases.Insert(phases.IndexOf(source) + 1, copy);
        }, $"added phase '{id}' after '{phaseId}'");
    }

    public EditOutcome Undo()
    {
        if (_undo.Count == 0)
        {
            return EditOutcome.Refused("nothing to undo");
        }

        _redo.Push(Document);
        Replace(_undo.Pop(), compilation: null);
        return EditOutcome.Done("undone");
    }

    public EditOutcome Redo()
    {
        if (_redo.Count == 0)
        {
            return EditOutcome.Refused("nothing to redo");
        }

        _undo.Push(Document);
        Replace(_redo.Pop(), compilation: null);
        return EditOutcome.Done("redone");
    }

    /// <summary>After a save: the saved file is where further edits start from.</summary>
    public void MarkSaved(string path, ScenarioDocument saved)
    {
        Path = System.IO.Path.GetFullPath(path);
        Original = ScenarioWriter.Copy(saved);
        Replace(ScenarioWriter.Copy(saved), compilation: null);
    }

    /// <summary>The problems the compiler reports at a field (e.g. in a file that was invalid when opened).</summary>
    public IEnumerable<string> ProblemsAt(EditorField field) =>
        _compilation.Problems.Where(p => IsAt(p.JsonPath, field.Path)).Select(p => p.Message);

    private EditOutcome SetValue(EditorField field, object? value)
    {
        if (value is double number && ValueText.OutOfRange(field, number) is { } reason)
        {
            return EditOutcome.Refused(reason);
        }

        if (Equals(Normalise(field.Get(Document)), Normalise(value)))
        {
            return EditOutcome.Done($"{field.Label} is already {ValueText.Show(field, value)}");
        }

        return Apply(d => field.Set(d, value), $"{field.Label} = {ValueText.Show(field, value)}", field.Path);
    }

    /// <summary>
    /// Applies a change to a copy and checks it; a change that brings a new problem is refused with
    /// that problem, one at the edited value first.
    /// </summary>
    private EditOutcome Apply(Action<ScenarioDocument> change, string done, string? path = null)
    {
        var edited = ScenarioWriter.Copy(Document);
        change(edited);
        return Accept(edited, done, path);
    }

    /// <summary>Takes a whole edited scenario (recovered edits) as one edit: checked like any other, and undone in one step.</summary>
    public EditOutcome Adopt(ScenarioDocument edited, string done) => Accept(ScenarioWriter.Copy(edited), done, null);

    private EditOutcome Accept(ScenarioDocument edited, string done, string? path)
    {
        var compilation = EditedScenario.Compile(edited, Path, _catalog, _fields);
        var before = _compilation.Problems.Select(p => (p.JsonPath, p.Message)).ToHashSet();
        var introduced = compilation.Problems.Where(p => !before.Contains((p.JsonPath, p.Message))).ToList();
        if (introduced.Count > 0)
        {
            var first = introduced.FirstOrDefault(p => path is not null && IsAt(p.JsonPath, path)) ?? introduced[0];
            var where = path is not null && IsAt(first.JsonPath, path) ? "" : $"{first.JsonPath}: ";
            return EditOutcome.Refused(where + first.Message);
        }

        _undo.Push(Document);
        _redo.Clear();
        Replace(edited, compilation);
        return EditOutcome.Done(done);
    }

    private void Replace(ScenarioDocument document, ScenarioCompilation? compilation)
    {
        var structural = !SameShape(Document, document);
        Document = document;
        _compilation = compilation ?? EditedScenario.Compile(document, Path, _catalog, _fields);
        _changeCount = null;
        Revision++;
        if (structural)
        {
            Roots = EditorTreeBuilder.Build(Document, _catalog, _fields);
        }

        Changed?.Invoke();
    }

    /// <summary>Whether the tree's lines stay the same: the same cities, sectors, programmes, phases and schemes.</summary>
    private static bool SameShape(ScenarioDocument a, ScenarioDocument b)
    {
        static string Shape(ScenarioDocument d) => string.Join("|",
            d.Cities.Select(c => c.Id + ":" + c.Name + ":" + string.Join(",", c.Sectors.Keys))
                .Concat(d.Programmes.Select(p => p.Id + ":" + string.Join(",", p.Phases.Select(ph =>
                    string.Create(CultureInfo.InvariantCulture, $"{ph.Id}/{ph.From}/{ph.To}/{ph.Name}")))))
                .Concat(d.Programmes.SelectMany(p => p.Phases).Select(ph => ph.Scheme ?? "").Concat(d.FundingCuts.Select(c => c.Scheme)).Distinct()));
        return Shape(a) == Shape(b);
    }

    private static bool IsAt(string problemPath, string fieldPath) =>
        problemPath == fieldPath
        || (problemPath.StartsWith(fieldPath, StringComparison.Ordinal) && problemPath.Length > fieldPath.Length && problemPath[fieldPath.Length] is '.' or '[');

    private static object? Normalise(object? value) => value is int i ? (double)i : value;
}
