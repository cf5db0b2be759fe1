using System.Globalization;
using CoopSim.Engine;
using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Tui.ViewModels;

public enum MessageKind
{
    Info,
    Error,
}

/// <summary>The line under the panes: what the last command did, or why it was refused.</summary>
public sealed record StatusMessage(string Text, MessageKind Kind)
{
    public static StatusMessage Info(string text) => new(text, MessageKind.Info);

    public static StatusMessage Error(string text) => new(text, MessageKind.Error);
}

/// <summary>
/// Everything the terminal UI shows and can do, without the terminal: the scenario library and
/// plugins, the scenario being edited (A) and up to three more for comparison (B-D), their runs, and
/// the results selection. Each accepted edit re-runs A in the background; views only draw this
/// state and call its commands.
/// </summary>
public sealed class Workspace
{
    public const int MaxScenarios = 4;

    private readonly IRunScheduler _scheduler;
    private readonly List<ScenarioSlot> _slots = [];

    public Workspace(PluginCatalog catalog, IRunScheduler scheduler)
    {
        Catalog = catalog;
        _scheduler = scheduler;
        Plugins = PluginListing.Build(catalog);
    }

    public PluginCatalog Catalog { get; }

    public ScenarioLibrary Library { get; } = new();

    public InfoNode Plugins { get; }

    public ScenarioEditor? Editor { get; private set; }

    /// <summary>The scenarios on screen; A (the edited one) first.</summary>
    public IReadOnlyList<ScenarioSlot> Slots => _slots;

    public ResultsModel Results { get; } = new();

    public StatusMessage Message { get; private set; } = StatusMessage.Info("F1 help. Open a scenario in the Scenarios pane (Enter), then edit it in the Edit pane.");

    public bool HasUnsavedEdits => Editor?.IsDirty == true;

    /// <summary>Raised after anything changed that a view shows.</summary>
    public event Action? Changed;

    /// <summary>Opens a scenario file for editing as A (what was in the editor is dropped; ask before).</summary>
    public EditOutcome Open(string path)
    {
        var full = Path.GetFullPath(path);
        var source = ScenarioReader.ReadFile(full);
        if (source.Document is null)
        {
            return Report(EditOutcome.Refused($"cannot open {DisplayPath.Of(full)}: {source.Problems.FirstOrDefault()?.ToString() ?? "unreadable"}"));
        }

        if (Editor is not null)
        {
            Editor.Changed -= OnEdited;
            _slots.RemoveAll(s => s.IsEdited);
        }

        _slots.RemoveAll(s => s.Path == full);
        Library.AddFile(full);
        Editor = new ScenarioEditor(full, source.Document, Catalog);
        Editor.Changed += OnEdited;
        var slot = new ScenarioSlot(full, source.Document.Name, isEdited: true);
        _slots.Insert(0, slot);
        Relabel();
        Request(slot, Editor.Compilation);
        var problems = Editor.Compilation.Problems.Count;
        return Report(problems == 0
            ? EditOutcome.Done($"opened {DisplayPath.Of(full)}")
            : EditOutcome.Refused($"opened {DisplayPath.Of(full)}, which has {Count(problems, "problem")}: {Editor.Compilation.Problems[0]}"));
    }

    /// <summary>Adds a scenario file to the comparison, or takes it out when it is in.</summary>
    public EditOutcome ToggleComparison(string path)
    {
        var full = Path.GetFullPath(path);
        if (Editor?.Path == full)
        {
            return Report(EditOutcome.Refused($"{DisplayPath.Of(full)} is the scenario being edited (A)"));
        }

        var existing = _slots.FirstOrDefault(s => s.Path == full && !s.IsEdited);
        if (existing is not null)
        {
            existing.Cancel();
            _slots.Remove(existing);
            Relabel();
            RefreshResults();
            return Report(EditOutcome.Done($"took {DisplayPath.Of(full)} out of the comparison"));
        }

        if (_slots.Count >= MaxScenarios)
        {
            return Report(EditOutcome.Refused($"at most {MaxScenarios} scenarios are compared at once; take one out first (c on it)"));
        }

        var compilation = ScenarioCompiler.Load(full, Catalog);
        var name = compilation.Scenario?.Name ?? ScenarioReader.ReadFile(full).Document?.Name ?? Path.GetFileNameWithoutExtension(full);
        var slot = new ScenarioSlot(full, name, isEdited: false);
        _slots.Add(slot);
        Relabel();
        Request(slot, compilation);
        return Report(compilation.IsValid
            ? EditOutcome.Done($"comparing {slot.Label} = {name}")
            : EditOutcome.Refused($"{DisplayPath.Of(full)} cannot run: {compilation.Problems[0]}"));
    }

    /// <summary>Applies an edit to A; an accepted one re-runs it.</summary>
    public EditOutcome Edit(Func<ScenarioEditor, EditOutcome> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (Editor is null)
        {
            return Report(EditOutcome.Refused("open a scenario first (Scenarios pane, Enter)"));
        }

        var outcome = Report(edit(Editor));
        if (outcome.Accepted && _slots.FirstOrDefault(s => s.IsEdited)?.Latest is { Succeeded: false } failed)
        {
            // An inline run has already failed: that matters more than the edit's own echo.
            Message = StatusMessage.Error($"A did not run: {failed.Failure}");
            Changed?.Invoke();
        }

        return outcome;
    }

    /// <summary>A free file name next to the edited scenario for its child.</summary>
    public string SuggestChildPath()
    {
        if (Editor is null)
        {
            return Path.Combine(Environment.CurrentDirectory, "scenario-edited.json");
        }

        var folder = Path.GetDirectoryName(Editor.Path)!;
        var stem = Path.GetFileNameWithoutExtension(Editor.Path);
        var candidate = Path.Combine(folder, $"{stem}-edited.json");
        for (var n = 2; File.Exists(candidate); n++)
        {
            candidate = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{stem}-edited-{n}.json"));
        }

        return candidate;
    }

    /// <summary>
    /// Saves the edits as a child file that extends the file they started from and holds only the
    /// changed values, written atomically; then goes on editing the child.
    /// </summary>
    public EditOutcome SaveChild(string path, bool overwrite = false)
    {
        if (Editor is null)
        {
            return Report(EditOutcome.Refused("nothing to save: open a scenario first"));
        }

        var full = Path.GetFullPath(path);
        if (!full.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return Report(EditOutcome.Refused("a scenario file name ends in .json"));
        }

        if (full == Editor.Path)
        {
            return Report(EditOutcome.Refused("the child cannot replace the file it extends; choose another name"));
        }

        if (File.Exists(full) && !overwrite)
        {
            return Report(EditOutcome.Refused($"{DisplayPath.Of(full)} exists"));
        }

        var document = ScenarioWriter.Copy(Editor.Document);
        if (document.Name == Editor.Original.Name)
        {
            document.Name = $"{document.Name} ({Path.GetFileNameWithoutExtension(full)})";
        }

        if (!ChildScenario.TryCreate(Editor.Original, document, Editor.Path, full, out var child, out var problem))
        {
            return Report(EditOutcome.Refused($"cannot save as a child: {problem}"));
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            AtomicFile.WriteText(full, child.ToText());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Report(EditOutcome.Refused($"cannot write {DisplayPath.Of(full)}: {e.Message}"));
        }

        var saved = ScenarioReader.ReadFile(full);
        if (saved.Document is null || saved.Problems.Count > 0)
        {
            return Report(EditOutcome.Refused($"wrote {DisplayPath.Of(full)}, but it does not read back: {saved.Problems.FirstOrDefault()}"));
        }

        var changes = child.ChangedPaths.Count;
        Editor.MarkSaved(full, saved.Document);
        var slot = _slots.First(s => s.IsEdited);
        slot.Path = full;
        slot.Name = saved.Document.Name;
        Library.AddFile(full);
        RefreshResults();
        return Report(EditOutcome.Done(
            $"saved {DisplayPath.Of(full)}: {Count(changes, "change")}, extends {Path.GetFileName((string)child.Json["extends"]!)}"));
    }

    /// <summary>A CSV file name for the shown results, in the working folder.</summary>
    public string SuggestExportPath()
    {
        var stem = Editor is null ? "results" : Path.GetFileNameWithoutExtension(Editor.Path);
        var metric = Results.Metric?.MetricId.Replace('.', '-') ?? "metric";
        return Path.Combine(Environment.CurrentDirectory, $"{stem}-{metric}.csv");
    }

    /// <summary>Writes the shown results (metric, cities, years, every scenario) as CSV, atomically.</summary>
    public EditOutcome ExportCsv(string path)
    {
        if (!Results.HasResults)
        {
            return Report(EditOutcome.Refused("no results to export yet"));
        }

        var full = Path.GetFullPath(path);
        try
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            Results.WriteCsv(text);
            AtomicFile.WriteText(full, text.ToString());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Report(EditOutcome.Refused($"cannot write {DisplayPath.Of(full)}: {e.Message}"));
        }

        return Report(EditOutcome.Done($"exported {Results.Metric!.Title} for {Results.CityText}, {Results.YearsText} to {DisplayPath.Of(full)}"));
    }

    /// <summary>Shows a message from a view (e.g. a result of a selection change).</summary>
    public void Say(string text, MessageKind kind = MessageKind.Info)
    {
        Message = new StatusMessage(text, kind);
        Changed?.Invoke();
    }

    /// <summary>One line on the runs: each scenario's state and time.</summary>
    public string RunStatus()
    {
        if (_slots.Count == 0)
        {
            return "";
        }

        var states = _slots.Select(s =>
        {
            if (s.IsRunning)
            {
                return $"{s.Label} running";
            }

            return s.Latest switch
            {
                null => $"{s.Label} waiting",
                { Succeeded: true } o => string.Create(CultureInfo.InvariantCulture, $"{s.Label} {o.Elapsed.TotalMilliseconds:0.#} ms"),
                _ => $"{s.Label} FAILED",
            };
        });
        return "run: " + string.Join("  ", states);
    }

    /// <summary>The failure of a scenario's latest run, if any, for the message line.</summary>
    public string? Failure() => _slots.Where(s => s.Latest is { Succeeded: false }).Select(s => $"{s.Label} did not run: {s.Latest!.Failure}").FirstOrDefault();

    private void OnEdited()
    {
        var slot = _slots.First(s => s.IsEdited);
        slot.Name = Editor!.Document.Name;
        Request(slot, Editor.Compilation);
    }

    private void Request(ScenarioSlot slot, ScenarioCompilation compilation)
    {
        slot.Request(compilation, _scheduler, completed =>
        {
            if (completed.Latest is { Succeeded: false } failed)
            {
                Message = StatusMessage.Error($"{completed.Label} did not run: {failed.Failure}");
            }

            RefreshResults();
        });
        RefreshResults();
    }

    private void RefreshResults()
    {
        Results.Update(_slots
            .Where(s => s.LastGood is not null)
            .Select(s => new ShownRun(s.Label, s.Name, s.LastGood!, s.IsStale))
            .ToList());
        Changed?.Invoke();
    }

    private void Relabel()
    {
        for (var i = 0; i < _slots.Count; i++)
        {
            _slots[i].Label = ((char)('A' + i)).ToString();
        }
    }

    private EditOutcome Report(EditOutcome outcome)
    {
        Message = outcome.Accepted ? StatusMessage.Info(outcome.Message) : StatusMessage.Error(outcome.Message);
        Changed?.Invoke();
        return outcome;
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
