using CoopSim.Engine.Diagnostics;

namespace CoopSim.Workshops;

public enum WorkshopViewer
{
    /// <summary>Sees every event, future ones and whether they will happen.</summary>
    Trainer,

    /// <summary>Sees only events revealed so far that reached some team.</summary>
    Participant,
}

/// <summary>An event as a viewer sees it: its round, whether it is revealed yet, whether it happens this session, and the teams it reached.</summary>
public sealed record EventView(ExerciseEvent Event, ExerciseRound Round, bool Revealed, bool Happens, IReadOnlyList<WorkshopTeam> Reaches);

public sealed record TeamRegistration(WorkshopTeam? Team, string? Problem);

public sealed record AdvanceOutcome(bool Advanced, IReadOnlyList<string> Problems);

/// <summary>Whether the last round was undone, and if not, why.</summary>
public sealed record StepBackOutcome(bool SteppedBack, IReadOnlyList<string> Problems);

/// <summary>A session read from a file: the session (null when it cannot be resumed), problems with file and line, and warnings.</summary>
public sealed record SessionLoad(WorkshopSession? Session, IReadOnlyList<ScenarioProblem> Problems, IReadOnlyList<string> Warnings);
