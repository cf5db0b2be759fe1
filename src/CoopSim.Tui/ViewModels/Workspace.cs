using System.Globalization;
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
public sealed partial class Workspace
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

    /// <summary>Where copies of unsaved edits are kept, so a crash loses none; null keeps none.</summary>
    public EditRecovery? Recovery { get; init; }

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
        ForgetWarnings();
        Library.AddFile(full);
        Editor = new ScenarioEditor(full, source.Document, Catalog);
        Editor.Changed += OnEdited;
        var slot = new ScenarioSlot(full, source.Document.Name, isEdited: true);
        _slots.Insert(0, slot);
        Relabel();
        Request(slot, Editor.Compilation);
        if (Restore(full) is { } restored)
        {
            return Report(restored);
        }

        var problems = Editor.Compilation.Problems.Count;
        return Report(problems == 0
            ? EditOutcome.Done($"opened {DisplayPath.Of(full)}")
            : EditOutcome.Refused($"opened {DisplayPath.Of(full)}, which has {Count(problems, "problem")}: {Editor.Compilation.Problems[0]}"));
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

    /// <summary>Shows a message from a view (e.g. a result of a selection change).</summary>
    public void Say(string text, MessageKind kind = MessageKind.Info)
    {
        Message = new StatusMessage(text, kind);
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
