using System.Text.Json;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

/// <summary>Several coopsim processes changing one session file at once.</summary>
// Full tier: starts three processes at once.
[Trait("Tier", "Full")]
public sealed class WorkshopConcurrencyTests : IDisposable
{
    private static readonly string FirstSteps = Path.Combine(RepositoryPaths.Scenarios, "workshops", "first-steps-45-minutes.json");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coopsim-tests", Guid.NewGuid().ToString("N"));

    public WorkshopConcurrencyTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Three_decide_commands_at_once_on_one_session_all_keep_their_decision()
    {
        var session = Path.Combine(_folder, "class.json");
        var teams = new[] { "Blue", "Green", "Red" };
        Assert.Equal(0, Coopsim.Run("workshop", "start", FirstSteps, "--session", session, "--team", "Blue", "--team", "Green", "--team", "Red").ExitCode);

        var outcomes = teams.AsParallel().WithDegreeOfParallelism(teams.Length)
            .Select(team => Coopsim.Process("workshop", "decide", session, "--team", team, "schools-3")).ToList();

        Assert.All(outcomes, o => Assert.True(o.ExitCode == 0, o.ToString()));
        using var saved = JsonDocument.Parse(File.ReadAllText(session));
        var pending = saved.RootElement.GetProperty("pending");
        Assert.All(teams, team => Assert.Equal("schools-3", pending.GetProperty(team.ToLowerInvariant())[0].GetString()));
    }
}
