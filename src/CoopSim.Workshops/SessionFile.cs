using System.Text.Encodings.Web;
using System.Text.Json;
using CoopSim.Engine;
using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Json;
using CoopSim.Engine.Plugins;

namespace CoopSim.Workshops;

/// <summary>Writes a session's decisions atomically and reads them back, replaying every played round.</summary>
public static class SessionFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(WorkshopSession session, string path)
    {
        ArgumentNullException.ThrowIfNull(session);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var document = new SessionDocument
        {
            Format = SessionDocument.FormatName,
            SchemaVersion = SessionDocument.CurrentSchemaVersion,
            Exercise = Path.GetRelativePath(folder, session.Exercise.Path).Replace('\\', '/'),
            ExerciseSha256 = session.Exercise.Sha256,
            Seed = session.Seed,
            Plugins = session.Exercise.BaseScenario.SectorOrder.ToDictionary(s => s.Id, s => s.Descriptor.Version.ToString(), StringComparer.Ordinal),
            Teams = session.Teams.Select(t => new SessionTeamDocument { Id = t.Id, Name = t.Name }).ToList(),
            Rounds = Enumerable.Range(0, session.RoundsPlayed).Select(r => new SessionRoundDocument
            {
                Round = session.Exercise.Rounds[r].Id,
                Decisions = session.Teams.ToDictionary(t => t.Id, t => session.Decisions(t.Id, r).ToList(), StringComparer.Ordinal),
            }).ToList(),
            Pending = session.PendingDecisions.ToDictionary(p => p.Key, p => p.Value.ToList(), StringComparer.Ordinal),
        };
        AtomicFile.WriteText(full, JsonSerializer.Serialize(document, Options) + "\n");
    }

    /// <summary>
    /// Whether a file is a saved session (its <c>format</c> says so), so that one command can open
    /// either an exercise or a session. False for any other file, and for one that cannot be read.
    /// </summary>
    public static bool IsSessionFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var root = JsonSourceReader.ReadFile(full, DisplayPath.Of(full), []);
        return root is JsonSourceObject obj && obj["format"] is JsonSourceScalar { Kind: JsonScalarKind.String, Text: SessionDocument.FormatName };
    }

    private static bool IsExerciseFile(string path) =>
        JsonSourceReader.ReadFile(path, DisplayPath.Of(path), []) is JsonSourceObject obj
        && obj.Find("schemaVersion") is not null && obj.Find("rounds") is not null;

    public static SessionLoad Read(string path, PluginCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new List<ScenarioProblem>();
        var warnings = new List<string>();
        var file = BoundFile<SessionDocument>.Read(path, problems, "a session");
        var document = file.Document;
        if (document is null || problems.Count > 0)
        {
            return new SessionLoad(null, problems, warnings);
        }

        if (document.Format != SessionDocument.FormatName)
        {
            file.Problem("$.format", $"expected \"{SessionDocument.FormatName}\", found \"{document.Format}\"; is this a session file?");
        }

        if (document.SchemaVersion != SessionDocument.CurrentSchemaVersion)
        {
            file.Problem("$.schemaVersion", $"session version {document.SchemaVersion} is not supported; this CoopSim reads version {SessionDocument.CurrentSchemaVersion}");
        }

        var exercisePath = file.Resolve(document.Exercise);
        if (!File.Exists(exercisePath))
        {
            file.Problem("$.exercise", $"the exercise '{DisplayPath.Of(exercisePath)}' does not exist (paths are relative to the session file)");
        }
        else if (!IsExerciseFile(exercisePath))
        {
            // A session may come from anyone: what it points at is not quoted unless it is an exercise.
            file.Problem("$.exercise", $"'{DisplayPath.Of(exercisePath)}' is not a workshop exercise file");
        }

        if (problems.Count > 0)
        {
            return new SessionLoad(null, problems, warnings);
        }

        var compilation = ExerciseCompiler.Load(exercisePath, catalog);
        if (!compilation.IsValid)
        {
            problems.AddRange(compilation.Problems);
            file.Problem("$.exercise", $"the exercise '{DisplayPath.Of(exercisePath)}' has {compilation.Problems.Count} problem(s), listed with it");
            return new SessionLoad(null, problems, warnings);
        }

        var exercise = compilation.Exercise!;
        if (document.ExerciseSha256 is { } sha && sha != exercise.Sha256)
        {
            warnings.Add($"the exercise file '{DisplayPath.Of(exercisePath)}' changed since the session was saved; its decisions are replayed under the file as it is now");
        }

        warnings.AddRange(PluginWarnings(document.Plugins, exercise));

        var session = WorkshopSession.Create(exercise, catalog, document.Seed);
        Replay(file, document, session);
        if (problems.Count > 0)
        {
            return new SessionLoad(null, problems, warnings);
        }

        session.AttachSavePath(file.FullPath);
        return new SessionLoad(session, problems, warnings);
    }

    /// <summary>Where the plugins a session ran with differ from those the exercise runs with now.</summary>
    private static IEnumerable<string> PluginWarnings(Dictionary<string, string> saved, Exercise exercise)
    {
        const string Consequence = "replayed results may differ from those shown in class";
        var sectors = exercise.BaseScenario.SectorOrder;
        foreach (var sector in sectors)
        {
            var now = sector.Descriptor.Version.ToString();
            if (!saved.TryGetValue(sector.Id, out var then))
            {
                yield return $"the session names no version of the '{sector.Id}' plugin, now version {now}; {Consequence}";
            }
            else if (then != now)
            {
                yield return $"the '{sector.Id}' plugin is version {now}, the session ran with {then}; {Consequence}";
            }
        }

        foreach (var (id, then) in saved.Where(p => sectors.All(s => s.Id != p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            yield return $"the session ran with the '{id}' plugin version {then}, which the exercise no longer simulates; {Consequence}";
        }
    }

    private static void Replay(BoundFile<SessionDocument> file, SessionDocument document, WorkshopSession session)
    {
        for (var i = 0; i < document.Teams.Count; i++)
        {
            var team = document.Teams[i];
            var registration = session.RegisterTeam(team.Name);
            if (registration.Team is null)
            {
                file.Problem(JsonPath.Index("$.teams", i), $"team '{team.Name}' cannot be registered: {registration.Problem}");
            }
            else if (registration.Team.Id != team.Id)
            {
                file.Problem(JsonPath.Index("$.teams", i) + ".id", $"team '{team.Name}' has id '{registration.Team.Id}', not '{team.Id}'");
            }
        }

        if (file.Problems.Count > 0)
        {
            return;
        }

        if (document.Rounds.Count > session.Exercise.Rounds.Count)
        {
            file.Problem("$.rounds", $"the session has played {document.Rounds.Count} rounds; the exercise has {session.Exercise.Rounds.Count}");
            return;
        }

        for (var r = 0; r < document.Rounds.Count; r++)
        {
            var round = document.Rounds[r];
            var path = JsonPath.Index("$.rounds", r);
            var expected = session.Exercise.Rounds[r].Id;
            if (round.Round != expected)
            {
                file.Problem($"{path}.round", $"round {r + 1} of the exercise is '{expected}', not '{round.Round}'");
                return;
            }

            if (!EnterDecisions(file, session, round.Decisions, $"{path}.decisions", requireAll: true))
            {
                return;
            }

            var outcome = session.Advance();
            if (!outcome.Advanced)
            {
                foreach (var problem in outcome.Problems)
                {
                    file.Problem(path, problem);
                }

                return;
            }
        }

        if (!session.IsFinished)
        {
            EnterDecisions(file, session, document.Pending, "$.pending", requireAll: false);
        }
        else if (document.Pending.Count > 0)
        {
            file.Problem("$.pending", "the session has played every round, so nothing can be pending");
        }
    }

    private static bool EnterDecisions(BoundFile<SessionDocument> file, WorkshopSession session, Dictionary<string, List<string>> decisions, string path, bool requireAll)
    {
        var before = file.Problems.Count;
        foreach (var (teamId, cards) in decisions)
        {
            var teamPath = JsonPath.Property(path, teamId);
            if (session.Team(teamId) is null)
            {
                file.Problem(teamPath, $"there is no team '{teamId}' (teams: {string.Join(", ", session.Teams.Select(t => t.Id))})");
                continue;
            }

            var check = session.Check(teamId, cards);
            foreach (var problem in check.Problems)
            {
                file.Problem(problem.Index is { } i ? JsonPath.Index(teamPath, i) : teamPath, problem.Text);
            }

            if (check.IsValid)
            {
                session.SetPendingWithoutSaving(teamId, cards);
            }
        }

        if (requireAll)
        {
            foreach (var team in session.Teams.Where(t => !decisions.ContainsKey(t.Id)))
            {
                file.Problem(path, $"team '{team.Id}' has no decision in this round");
            }
        }

        return file.Problems.Count == before;
    }
}
