using CoopSim.Workshops;
using CoopSim.Tui.ViewModels.Trainer;

namespace CoopSim.Tui.Tests.Fixtures;

/// <summary>
/// A temporary folder with the tests' own exercise (Fixtures/Workshops) and the scenarios it plays
/// on (Fixtures/Scenarios), laid out as in the repository, so the console's tests never depend on
/// the bundled exercises. Sessions are saved in it. Deleted afterwards.
/// </summary>
public sealed class WorkshopFolder : IDisposable
{
    /// <summary>River Town's leaking pipes: 3 rounds (1993-1998, 1999-2004, 2005-2010), 7 cards, 3 events.</summary>
    public const string Exercise = "river-town-class.json";

    public WorkshopFolder()
    {
        Path = Directory.CreateTempSubdirectory("coopsim-console-").FullName;
        foreach (var folder in new[] { "Scenarios", "Workshops" })
        {
            var target = Directory.CreateDirectory(System.IO.Path.Combine(Path, folder)).FullName;
            foreach (var file in Directory.EnumerateFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", folder), "*.json"))
            {
                System.IO.File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
            }
        }
    }

    public string Path { get; }

    public string ExercisePath => System.IO.Path.Combine(Path, "Workshops", Exercise);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public Exercise LoadExercise()
    {
        var compilation = ExerciseCompiler.Load(ExercisePath, ScenarioFolder.Catalog);
        Assert.True(compilation.IsValid, string.Join("\n", compilation.Problems));
        return compilation.Exercise!;
    }

    /// <summary>A console on a new session saved in the folder, with the named teams registered.</summary>
    public TrainerConsole Console(string sessionName = "class.session.json", params string[] teams)
    {
        var opening = ConsoleLaunch.Open(ExercisePath, ScenarioFolder.Catalog, File(sessionName));
        Assert.True(opening.Opened, opening.Refusal ?? string.Join("\n", opening.Problems));
        foreach (var team in teams)
        {
            Assert.True(opening.Console!.RegisterTeam(team).Accepted);
        }

        return opening.Console!;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
