using System.Globalization;
using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Plugins;
using CoopSim.Workshops;

namespace CoopSim.Tui.ViewModels.Trainer;

/// <summary>A console ready to show, or why not: the problems of the files (with place), a refusal, and warnings.</summary>
public sealed record ConsoleOpening(TrainerConsole? Console, IReadOnlyList<ScenarioProblem> Problems, string? Refusal, IReadOnlyList<string> Warnings)
{
    public bool Opened => Console is not null;
}

/// <summary>Opens the trainer console on a saved session (resumed exactly), or on a new session of an exercise.</summary>
public static class ConsoleLaunch
{
    public const string SessionSuffix = ".session.json";

    /// <summary>A console on a saved session, replayed to where it stopped; or its problems and warnings.</summary>
    public static ConsoleOpening Resume(string sessionPath, PluginCatalog catalog)
    {
        var load = WorkshopSession.Resume(sessionPath, catalog);
        return load.Session is { } resumed
            ? new ConsoleOpening(new TrainerConsole(resumed, load.Warnings), [], null, load.Warnings)
            : new ConsoleOpening(null, load.Problems, null, load.Warnings);
    }

    /// <summary>
    /// Opens <paramref name="path"/>: a saved session is resumed where it stopped; an exercise starts
    /// a new session saved to <paramref name="sessionPath"/> (else a free name in <paramref name="folder"/>).
    /// A session file is never overwritten by a new session.
    /// </summary>
    public static ConsoleOpening Open(string path, PluginCatalog catalog, string? sessionPath = null, int? seed = null, string? folder = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(catalog);
        if (!File.Exists(path))
        {
            return Refused($"'{path}' does not exist");
        }

        if (SessionFile.IsSessionFile(path))
        {
            if (sessionPath is not null || seed is not null)
            {
                return Refused($"'{path}' is a saved session: it resumes with its own file and seed (--session and --seed are for starting from an exercise)");
            }

            return Resume(path, catalog);
        }

        var target = Path.GetFullPath(sessionPath ?? SuggestSessionPath(path, folder ?? Environment.CurrentDirectory));
        if (File.Exists(target))
        {
            return Refused($"'{DisplayPath.Of(target)}' already exists; a new session never overwrites a file (open the session to resume it, or choose another --session)");
        }

        var compilation = ExerciseCompiler.Load(path, catalog);
        if (compilation.Exercise is not { } exercise || !compilation.IsValid)
        {
            return new ConsoleOpening(null, compilation.Problems, null, []);
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var session = WorkshopSession.Start(exercise, catalog, seed, target);
            return new ConsoleOpening(new TrainerConsole(session), [], null, []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Refused($"cannot write the session file '{DisplayPath.Of(target)}': {e.Message}");
        }
    }

    /// <summary>"&lt;exercise&gt;.session.json" in the folder, or with -2, -3 ... when that is taken.</summary>
    public static string SuggestSessionPath(string exercisePath, string folder)
    {
        ArgumentNullException.ThrowIfNull(exercisePath);
        var stem = Path.GetFileNameWithoutExtension(exercisePath);
        var candidate = Path.Combine(Path.GetFullPath(folder), stem + SessionSuffix);
        for (var n = 2; File.Exists(candidate); n++)
        {
            candidate = Path.Combine(Path.GetFullPath(folder), string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}{SessionSuffix}"));
        }

        return candidate;
    }

    private static ConsoleOpening Refused(string reason) => new(null, [], reason, []);
}
