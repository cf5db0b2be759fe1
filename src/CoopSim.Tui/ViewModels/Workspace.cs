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
    public const int MaxScenarios = ComparedScenarios.Max;

    private readonly IRunScheduler _scheduler;
    private readonly ComparedScenarios _slots = new();
    private readonly PhaseWarnings _warnings;
    private readonly RecoveryKeeper _recovery = new(null);

    public Workspace(PluginCatalog catalog, IRunScheduler scheduler)
    {
        Catalog = catalog;
        _scheduler = scheduler;
        _warnings = new PhaseWarnings(catalog, scheduler);
        Plugins = PluginListing.Build(catalog);
    }

    public PluginCatalog Catalog { get; }

    public ScenarioLibrary Library { get; } = new();

    public InfoNode Plugins { get; }

    public ScenarioEditor? Editor { get; private set; }

    /// <summary>The scenarios on screen; A (the edited one) first.</summary>
    public IReadOnlyList<ScenarioSlot> Slots => _slots.All;

    public ResultsModel Results { get; } = new();

    public StatusMessage Message { get; private set; } = StatusMessage.Info("F1 help. Open a scenario in the Scenarios pane (Enter), then edit it in the Edit pane.");

    public bool HasUnsavedEdits => Editor?.IsDirty == true;

    /// <summary>Where copies of unsaved edits are kept, so a crash loses none; null keeps none.</summary>
    public EditRecovery? Recovery
    {
        get => _recovery.Copies;
        init => _recovery = new RecoveryKeeper(value);
    }

    /// <summary>
    /// What the engine warns about the edited scenario although it runs: programme phases that change no
    /// outcome, as <c>coopsim validate</c> reports them. Empty until checked.
    /// </summary>
    public IReadOnlyList<ScenarioProblem> Warnings => _warnings.Current;

    /// <summary>Whether A's phases are checked after its runs (off where only the edit itself is timed).</summary>
    public bool ChecksPhases { get; init; } = true;

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
        }

        _warnings.Forget();
        Library.AddFile(full);
        Editor = new ScenarioEditor(full, source.Document, Catalog);
        Editor.Changed += OnEdited;
        var slot = new ScenarioSlot(full, source.Document.Name, isEdited: true);
        _slots.Edit(slot);
        Request(slot, Editor.Compilation);
        if (_recovery.Restore(Editor, full) is { } restored)
        {
            return Report(restored);
        }

        var problems = Editor.Compilation.Problems.Count;
        return Report(problems == 0
            ? EditOutcome.Done($"opened {DisplayPath.Of(full)}")
            : EditOutcome.Refused($"opened {DisplayPath.Of(full)}, which has {ValueText.Count(problems, "problem")}: {Editor.Compilation.Problems[0]}"));
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
        if (outcome.Accepted && _slots.Edited?.Latest is { Succeeded: false } failed)
        {
            // An inline run has already failed: that matters more than the edit's own echo.
            Message = StatusMessage.Error($"A did not run: {failed.Failure}");
            Changed?.Invoke();
        }

        return outcome;
    }

    /// <summary>Adds a scenario file to the comparison, or takes it out when it is in.</summary>
    public EditOutcome ToggleComparison(string path)
    {
        var full = Path.GetFullPath(path);
        if (Editor?.Path == full)
        {
            return Report(EditOutcome.Refused($"{DisplayPath.Of(full)} is the scenario being edited (A)"));
        }

        if (_slots.Compared(full) is { } existing)
        {
            existing.Cancel();
            _slots.Remove(existing);
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
        Request(slot, compilation);
        return Report(compilation.IsValid
            ? EditOutcome.Done($"comparing {slot.Label} = {name}")
            : EditOutcome.Refused($"{DisplayPath.Of(full)} cannot run: {compilation.Problems[0]}"));
    }

    /// <summary>A free file name next to the edited scenario for its child.</summary>
    public string SuggestChildPath() => ChildSaver.SuggestPath(Editor);

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

        var save = ChildSaver.Save(Editor, path, overwrite);
        if (save is not { Path: { } full, Saved: { } saved })
        {
            return Report(save.Outcome);
        }

        var from = Editor.Path;
        Editor.MarkSaved(full, saved);
        DropRecovery(from);
        var slot = _slots.Edited!;
        slot.Path = full;
        slot.Name = saved.Name;
        Library.AddFile(full);
        RefreshResults();
        return Report(save.Outcome);
    }

    /// <summary>The planner quits without saving: the edits are dropped on purpose, so is their copy.</summary>
    public void DiscardUnsavedEdits()
    {
        if (Editor is not null)
        {
            DropRecovery(Editor.Path);
        }
    }

    /// <summary>A CSV file name for the shown results, in the working folder.</summary>
    public string SuggestExportPath() => ResultsExport.SuggestPath(Editor, Results);

    /// <summary>Writes the shown results (metric, cities, years, every scenario) as CSV, atomically.</summary>
    public EditOutcome ExportCsv(string path) => Report(ResultsExport.Write(Results, path));

    /// <summary>One line on the runs: each scenario's state and time.</summary>
    public string RunStatus() => _slots.RunStatus();

    /// <summary>The failure of a scenario's latest run, if any, for the message line.</summary>
    public string? Failure() => _slots.Failure();

    /// <summary>The first warning for the results caption, with how many more there are; null when there is none.</summary>
    public string? WarningLine() => _warnings.Line();

    /// <summary>Shows a message from a view (e.g. a result of a selection change).</summary>
    public void Say(string text, MessageKind kind = MessageKind.Info)
    {
        Message = new StatusMessage(text, kind);
        Changed?.Invoke();
    }

    private void OnEdited()
    {
        var slot = _slots.Edited!;
        slot.Name = Editor!.Document.Name;
        Request(slot, Editor.Compilation);
        if (_recovery.Keep(Editor) is { } problem)
        {
            Message = problem;
        }
    }

    private void DropRecovery(string scenarioPath)
    {
        if (_recovery.Drop(scenarioPath) is { } problem)
        {
            Message = problem;
        }
    }

    private void Request(ScenarioSlot slot, ScenarioCompilation compilation)
    {
        slot.Request(compilation, _scheduler, completed =>
        {
            if (completed.Latest is { Succeeded: false } failed)
            {
                Message = StatusMessage.Error($"{completed.Label} did not run: {failed.Failure}");
            }

            if (completed.IsEdited)
            {
                if (completed.Latest is { Succeeded: true })
                {
                    CheckPhases(compilation);
                }
                else
                {
                    _warnings.Forget();
                }
            }

            RefreshResults();
        });
        RefreshResults();
    }

    private void CheckPhases(ScenarioCompilation compilation)
    {
        if (ChecksPhases && Editor is not null)
        {
            _warnings.Check(compilation, Editor.Document, () => Changed?.Invoke());
        }
    }

    private void RefreshResults()
    {
        Results.Update(_slots.Shown());
        Changed?.Invoke();
    }

    private EditOutcome Report(EditOutcome outcome)
    {
        Message = outcome.Accepted ? StatusMessage.Info(outcome.Message) : StatusMessage.Error(outcome.Message);
        Changed?.Invoke();
        return outcome;
    }
}
