using System.Globalization;
using CoopSim.Engine.Diagnostics;
using CoopSim.Workshops;

namespace CoopSim.Tui.ViewModels.Trainer;

/// <summary>A file the console can open: an exercise (a new session) or a saved session (resumed).</summary>
public sealed record ConsoleChoice(string Path, bool IsSession, string Title)
{
    public override string ToString() => Title;
}

/// <summary>
/// What <c>coopsim workshop console</c> offers when no file is named: the saved sessions in the
/// working folder (newest first, to go on after a crash) and the exercises in ./scenarios/workshops.
/// </summary>
public static class ConsoleChoices
{
    public const string ExerciseFolder = "scenarios/workshops";

    public static IReadOnlyList<ConsoleChoice> Find(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var choices = new List<ConsoleChoice>();
        if (Directory.Exists(folder))
        {
            choices.AddRange(Directory.EnumerateFiles(folder, "*" + ConsoleLaunch.SessionSuffix)
                .Where(SessionFile.IsSessionFile)
                .OrderByDescending(File.GetLastWriteTimeUtc)
                .Select(p => new ConsoleChoice(Path.GetFullPath(p), true,
                    string.Create(CultureInfo.InvariantCulture, $"resume  {DisplayPath.Of(Path.GetFullPath(p))} (saved {File.GetLastWriteTime(p):yyyy-MM-dd HH:mm})"))));
        }

        var exercises = Path.Combine(folder, ExerciseFolder);
        if (Directory.Exists(exercises))
        {
            choices.AddRange(Directory.EnumerateFiles(exercises, "*.json")
                .Where(p => !SessionFile.IsSessionFile(p))
                .Order(StringComparer.Ordinal)
                .Select(p => new ConsoleChoice(Path.GetFullPath(p), false, $"start   {DisplayPath.Of(Path.GetFullPath(p))}")));
        }

        return choices;
    }
}
