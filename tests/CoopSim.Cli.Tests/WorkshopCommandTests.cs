using System.Text.Json;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

/// <summary><c>coopsim workshop</c> and <c>coopsim schema --workshop</c>, run in process.</summary>
public sealed class WorkshopCommandTests : IDisposable
{
    private static readonly string Workshops = Path.Combine(RepositoryPaths.Scenarios, "workshops");
    private static readonly string FirstSteps = Path.Combine(Workshops, "first-steps-45-minutes.json");
    private static readonly string FirstStepsDecisions = Path.Combine(Workshops, "rehearsals", "first-steps-45-minutes.decisions.json");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coopsim-tests", Guid.NewGuid().ToString("N"));

    public WorkshopCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Run_plays_every_round_and_prints_the_league_table_beside_nothing_it_was_not_asked()
    {
        var session = Path.Combine(_folder, "class.json");

        var outcome = Coopsim.Run("workshop", "run", FirstSteps, "--decisions", FirstStepsDecisions, "--session", session);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Getting started (2014-2017)", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("On your own feet (2022-2025)", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("League table in 2025", outcome.Output, StringComparison.Ordinal);
        Assert.Matches(@"\n1\s+Capacity first\s+[\d.]+\s+[\d.]+", outcome.Output);
        using var saved = JsonDocument.Parse(File.ReadAllText(session));
        Assert.Equal(3, saved.RootElement.GetProperty("rounds").GetArrayLength());
    }

    [Fact]
    public void A_decision_that_cannot_be_played_is_printed_with_file_line_column_and_json_path()
    {
        var decisions = Path.Combine(_folder, "decisions.json");
        File.WriteAllText(decisions, "{\n  \"teams\": [\n    { \"name\": \"Blue\", \"rounds\": { \"r1\": [\"blocks-10\", \"schools-4\"] } }\n  ]\n}\n");

        var outcome = Coopsim.Run("workshop", "run", FirstSteps, "--decisions", decisions);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Matches(@"decisions\.json:3:\d+: error: \$\.teams\[0\]\.rounds\.r1\[1\]: team 'Blue', round 'r1': there is no card 'schools-4'; did you mean 'schools-3'\?", outcome.Error);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_accepts_the_bundled_exercises_and_refuses_a_broken_one()
    {
        var broken = Path.Combine(_folder, "broken.json");
        File.WriteAllText(broken, File.ReadAllText(FirstSteps)
            .Replace("\"../mandalay-no-cooperation.json\"", JsonSerializer.Serialize(RepositoryPaths.Scenario("mandalay-no-cooperation.json")), StringComparison.Ordinal)
            .Replace("\"../mandalay.json\"", JsonSerializer.Serialize(RepositoryPaths.Scenario("mandalay.json")), StringComparison.Ordinal)
            .Replace("\"round\": \"r2\", \"probability\": 1, \"ifPlayed\"", "\"round\": \"r4\", \"probability\": 1, \"ifPlayed\"", StringComparison.Ordinal));

        var good = Coopsim.Run(["workshop", "validate", .. Directory.GetFiles(Workshops, "*.json")]);
        var bad = Coopsim.Run("workshop", "validate", broken);

        Assert.Equal(0, good.ExitCode);
        Assert.Equal(3, good.Output.Split('\n').Count(l => l.Contains(": valid - ", StringComparison.Ordinal)));
        Assert.Contains("first-steps-45-minutes.json: valid - \"First steps: a city partnership in 45 minutes\", 3 rounds 2014-2025, ", good.Output, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Matches(@"broken\.json:\d+:\d+: error: \$\.events\[0\]\.round: unknown round 'r4'; did you mean 'r1'\? \(rounds: r1, r2, r3\)", bad.Error);
        Assert.Single(bad.Error.Split('\n'), l => l.Contains(": error: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Resume_shows_where_a_session_stands_and_plays_on_from_a_decisions_file()
    {
        var session = Path.Combine(_folder, "class.json");
        var firstRound = Path.Combine(_folder, "first-round.json");
        File.WriteAllText(firstRound, """{ "teams": [ { "name": "Blue", "rounds": { "r1": ["schools-3"], "r2": ["does-not-matter-yet"] } } ] }""");
        var stopped = Coopsim.Run("workshop", "run", FirstSteps, "--decisions", firstRound, "--session", session);
        Assert.Equal(2, stopped.ExitCode);

        var status = Coopsim.Run("workshop", "resume", session);
        var rest = Path.Combine(_folder, "rest.json");
        File.WriteAllText(rest, """{ "teams": [ { "name": "Blue", "rounds": { "r1": ["blocks-10"], "r2": ["schools-18"], "r3": [] } } ] }""");
        var finished = Coopsim.Run("workshop", "resume", session, "--decisions", rest);

        Assert.Equal(0, status.ExitCode);
        Assert.Contains("1 of 3 rounds played", status.Output, StringComparison.Ordinal);
        Assert.Contains("Next: Building on it (2018-2021).", status.Output, StringComparison.Ordinal);
        Assert.Equal(0, finished.ExitCode);
        Assert.Contains("round 'r1' was already played in the session; its decisions there stand", finished.Error, StringComparison.Ordinal);
        Assert.Contains("League table in 2025", finished.Output, StringComparison.Ordinal);
        Assert.Contains("Blue: schools-18", finished.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Resume_of_a_session_saved_with_another_plugin_version_warns_and_carries_on()
    {
        var session = Path.Combine(_folder, "class.json");
        Assert.Equal(0, Coopsim.Run("workshop", "run", FirstSteps, "--decisions", FirstStepsDecisions, "--session", session).ExitCode);
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(session))!;
        node["plugins"]!["waste"] = "0.1.0";
        File.WriteAllText(session, node.ToJsonString());

        var outcome = Coopsim.Run("workshop", "resume", session);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Matches(@"warning: the 'waste' plugin is version [\d.]+, the session ran with 0\.1\.0; replayed results may differ from those shown in class", outcome.Error);
        Assert.Contains("League table in 2025", outcome.Output, StringComparison.Ordinal);
    }

    // Full tier: plays a whole exercise and renders its charts as PNG.
    [Trait("Tier", "Full")]
    [Fact]
    public void Report_writes_the_debrief_and_its_charts()
    {
        var session = Path.Combine(_folder, "class.json");
        Assert.Equal(0, Coopsim.Run("workshop", "run", FirstSteps, "--decisions", FirstStepsDecisions, "--session", session).ExitCode);
        var folder = Path.Combine(_folder, "debrief");

        var outcome = Coopsim.Run("workshop", "report", session, "--out", folder);

        Assert.Equal(0, outcome.ExitCode);
        var markdown = File.ReadAllText(Path.Combine(folder, "debrief.md"));
        Assert.Contains("# Debrief: First steps: a city partnership in 45 minutes", markdown, StringComparison.Ordinal);
        var charts = Directory.GetFiles(Path.Combine(folder, "charts"), "*.png");
        Assert.Equal(5, charts.Length);
        Assert.All(charts, c => Assert.Contains($"](charts/{Path.GetFileName(c)})", markdown, StringComparison.Ordinal));
        Assert.All(charts, c => Assert.Equal((byte)'P', File.ReadAllBytes(c)[1]));
    }

    [Fact]
    public void The_committed_workshop_schema_is_the_one_coopsim_prints_and_the_exercises_point_to_it()
    {
        var committed = Path.Combine(RepositoryPaths.Root, "docs", "schema", "workshop.schema.json");
        var outcome = Coopsim.Run("schema", "--workshop");

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(committed) && File.ReadAllText(committed).ReplaceLineEndings("\n") == outcome.Output.ReplaceLineEndings("\n"),
            "docs/schema/workshop.schema.json is out of date: run `dotnet run --project src/CoopSim -- schema --workshop --out docs/schema/workshop.schema.json`");
        foreach (var exercise in Directory.GetFiles(Workshops, "*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(exercise));
            var schema = json.RootElement.GetProperty("$schema").GetString()!;
            Assert.Equal(Path.GetFullPath(committed), Path.GetFullPath(Path.Combine(Workshops, schema)));
        }
    }

    [Fact]
    public void A_class_runs_step_by_step_start_cards_decide_advance_back()
    {
        var session = Path.Combine(_folder, "class.json");

        var start = Coopsim.Run("workshop", "start", FirstSteps, "--session", session, "--team", "Blue", "--team", "Green");
        var again = Coopsim.Run("workshop", "start", FirstSteps, "--session", session, "--team", "Blue");
        var cards = Coopsim.Run("workshop", "cards", session, "--team", "Blue");
        var refused = Coopsim.Run("workshop", "decide", session, "--team", "Blue", "water-experts", "compost-centres-2", "blocks-10");
        var blue = Coopsim.Run("workshop", "decide", session, "--team", "Blue", "schools-3");
        var early = Coopsim.Run("workshop", "advance", session);
        var green = Coopsim.Run("workshop", "decide", session, "--team", "green");
        var advance = Coopsim.Run("workshop", "advance", session);
        var back = Coopsim.Run("workshop", "back", session);
        var status = Coopsim.Run("workshop", "resume", session);

        Assert.Equal(0, start.ExitCode);
        Assert.Contains("Next: Getting started (2014-2017).", start.Output, StringComparison.Ordinal);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        Assert.Equal(0, cards.ExitCode);
        Assert.Contains("Blue, Getting started (2014-2017): 500,000 USD to spend", cards.Output, StringComparison.Ordinal);
        Assert.Matches(@"water-experts\s+120,000\s+Dispatch a water engineer for 2 years\s+yes", cards.Output);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("error: the cards cost 620,000 USD; the team has 500,000 USD this round", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, blue.ExitCode);
        Assert.Contains("Still to decide: Green.", blue.Output, StringComparison.Ordinal);
        Assert.Equal(2, early.ExitCode);
        Assert.Contains("team 'Green' has not decided", early.Error, StringComparison.Ordinal);
        Assert.Equal(0, green.ExitCode);
        Assert.Equal(0, advance.ExitCode);
        Assert.Contains("Blue: schools-3", advance.Output, StringComparison.Ordinal);
        Assert.Contains("League table in 2017", advance.Output, StringComparison.Ordinal);
        Assert.Contains("Next: Building on it (2018-2021).", advance.Output, StringComparison.Ordinal);
        Assert.Equal(0, back.ExitCode);
        Assert.Contains("0 of 3 rounds played", status.Output, StringComparison.Ordinal);
        Assert.Contains("Blue: decided: schools-3", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_teams_city_can_be_written_as_a_scenario_and_run_like_any_other()
    {
        var session = Path.Combine(_folder, "class.json");
        Assert.Equal(0, Coopsim.Run("workshop", "run", FirstSteps, "--decisions", FirstStepsDecisions, "--session", session).ExitCode);
        var scenario = Path.Combine(_folder, "capacity-first.json");

        var written = Coopsim.Run("workshop", "scenario", session, "--team", "Capacity first", "--out", scenario);
        var refused = Coopsim.Run("run", scenario);
        var run = Coopsim.Run("run", scenario, "--format", "csv", "--years", "2025", "--trust-folder", RepositoryPaths.Scenarios);

        Assert.Equal(0, written.ExitCode);
        Assert.Contains("note: the scenario extends", written.Error, StringComparison.Ordinal);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("mandalay,water,nrw,%,2025,", run.Output, StringComparison.Ordinal);
        Assert.Contains("workshop-water", File.ReadAllText(scenario), StringComparison.Ordinal);
    }
}
