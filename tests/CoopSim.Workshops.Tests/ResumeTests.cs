using System.Text.Json.Nodes;
using CoopSim.Tests.Shared;

namespace CoopSim.Workshops.Tests;

/// <summary>Nothing lost: a session saved after every change resumes where it stopped, even mid-round.</summary>
public sealed class ResumeTests : IDisposable
{
    private static readonly Exercise PhnomPenh = Workshops.Load(Workshops.PhnomPenh);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string SessionPath => Path.Combine(_folder.Path, "class.session.json");

    [Fact]
    public void A_session_interrupted_mid_round_resumes_with_the_decisions_already_entered()
    {
        var uninterrupted = Workshops.Start(PhnomPenh, teams: ["Blue", "Green"]);
        var crashed = Workshops.Start(PhnomPenh, savePath: SessionPath, teams: ["Blue", "Green"]);
        foreach (var session in new[] { uninterrupted, crashed })
        {
            Workshops.Decide(session, "Blue", "water-audit");
            Workshops.Decide(session, "Green", "trainees-10");
            Workshops.Advance(session);
            Workshops.Decide(session, "Blue", "blocks-pilot");
        }

        // The laptop closes here: Green has not decided round 2. Only the file survives.
        var load = WorkshopSession.Resume(SessionPath, BundledPlugins.Catalog);
        var resumed = load.Session!;

        Assert.Empty(load.Problems);
        Assert.Equal(1, resumed.RoundsPlayed);
        Assert.Equal(["blocks-pilot"], resumed.Pending("blue"));
        Assert.Null(resumed.Pending("green"));
        Assert.Equal(Path.GetFullPath(SessionPath), resumed.SavePath);
        Workshops.AssertSameResults(uninterrupted, resumed);

        foreach (var session in new[] { uninterrupted, resumed })
        {
            Workshops.Decide(session, "Green", "experts-2x3");
            Workshops.Advance(session);
        }

        Workshops.AssertSameResults(uninterrupted, resumed);
        Assert.Equal(2, WorkshopSession.Resume(SessionPath, BundledPlugins.Catalog).Session!.RoundsPlayed);
    }

    [Fact]
    public void Every_change_is_saved_atomically_with_no_temporary_file_left()
    {
        var session = Workshops.Start(PhnomPenh, savePath: SessionPath, teams: "Blue");
        Workshops.Decide(session, "Blue", "water-audit");

        var saved = JsonNode.Parse(File.ReadAllText(SessionPath))!;
        Assert.Equal("coopsim-workshop-session", (string?)saved["format"]);
        Assert.Equal("water-audit", (string?)saved["pending"]!["blue"]![0]);
        Assert.Equal(PhnomPenh.Sha256, (string?)saved["exerciseSha256"]);
        Assert.Single(Directory.EnumerateFileSystemEntries(_folder.Path));

        Workshops.Advance(session);
        session.StepBack();
        saved = JsonNode.Parse(File.ReadAllText(SessionPath))!;
        Assert.Empty(saved["rounds"]!.AsArray());
        Assert.Equal("water-audit", (string?)saved["pending"]!["blue"]![0]);
    }

    private void Save(Action<JsonNode> edit)
    {
        var session = Workshops.Start(PhnomPenh, savePath: SessionPath, teams: ["Blue", "Green"]);
        Workshops.Decide(session, "Blue", "water-audit");
        Workshops.Decide(session, "Green");
        Workshops.Advance(session);
        var node = JsonNode.Parse(File.ReadAllText(SessionPath))!;
        edit(node);
        File.WriteAllText(SessionPath, node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public void A_decision_that_no_longer_fits_the_exercise_is_reported_at_its_place_in_the_session_file()
    {
        Save(node => node["rounds"]![0]!["decisions"]!["blue"]![0] = "blocks-pilot");

        var load = WorkshopSession.Resume(SessionPath, BundledPlugins.Catalog);

        Assert.Null(load.Session);
        var problem = Assert.Single(load.Problems);
        Assert.Equal("$.rounds[0].decisions.blue[0]", problem.JsonPath);
        Assert.Contains("needs 'Water balance audit with one expert' played in an earlier round first", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("class.session.json", problem.Location.File, StringComparison.Ordinal);
        Assert.True(problem.Location.Line > 1);
    }

    [Fact]
    public void A_session_whose_exercise_is_gone_or_changed_says_so()
    {
        Save(node => node["exercise"] = "missing.json");
        var missing = WorkshopSession.Resume(SessionPath, BundledPlugins.Catalog);
        Assert.Null(missing.Session);
        Assert.Contains(missing.Problems, p => p.JsonPath == "$.exercise" && p.Message.Contains("does not exist", StringComparison.Ordinal));

        Save(node => node["exerciseSha256"] = "0000");
        var changed = WorkshopSession.Resume(SessionPath, BundledPlugins.Catalog);
        Assert.NotNull(changed.Session);
        Assert.Contains(changed.Warnings, w => w.Contains("changed since the session was saved", StringComparison.Ordinal));
    }

    [Fact]
    public void A_session_saved_with_another_plugin_version_resumes_with_a_warning_naming_both_versions()
    {
        var now = BundledPlugins.Catalog.Find("water")!.Descriptor.Version.ToString();
        Save(node => node["plugins"]!["water"] = "0.1.0");

        var load = WorkshopSession.Resume(SessionPath, BundledPlugins.Catalog);

        Assert.Empty(load.Problems);
        Assert.NotNull(load.Session);
        Assert.Equal(1, load.Session.RoundsPlayed);
        Assert.Equal([$"the 'water' plugin is version {now}, the session ran with 0.1.0; replayed results may differ from those shown in class"], load.Warnings);
    }

    [Fact]
    public void A_session_that_names_other_plugins_than_the_exercise_runs_says_which()
    {
        Save(node =>
        {
            var plugins = node["plugins"]!.AsObject();
            plugins.Remove("water");
            plugins["energy"] = "0.1.0";
        });

        var load = WorkshopSession.Resume(SessionPath, BundledPlugins.Catalog);

        Assert.NotNull(load.Session);
        Assert.Equal(2, load.Warnings.Count);
        Assert.StartsWith("the session names no version of the 'water' plugin, now version ", load.Warnings[0], StringComparison.Ordinal);
        Assert.Equal("the session ran with the 'energy' plugin version 0.1.0, which the exercise no longer simulates; replayed results may differ from those shown in class",
            load.Warnings[1]);
    }

    [Fact]
    public void A_truncated_session_file_is_a_problem_with_a_line_not_an_exception()
    {
        Save(_ => { });
        var text = File.ReadAllText(SessionPath);
        File.WriteAllText(SessionPath, text[..(text.Length / 2)]);

        var load = WorkshopSession.Resume(SessionPath, BundledPlugins.Catalog);

        Assert.Null(load.Session);
        Assert.StartsWith("invalid JSON", Assert.Single(load.Problems).Message, StringComparison.Ordinal);
    }
}
