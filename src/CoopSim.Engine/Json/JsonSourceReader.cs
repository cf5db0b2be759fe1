using System.Text;
using System.Text.Json;
using CoopSim.Engine.Diagnostics;

namespace CoopSim.Engine.Json;

/// <summary>
/// Reads a JSON file into <see cref="JsonSourceNode"/>s, refusing files that are too large or
/// nested too deeply, and turning every syntax error into a <see cref="ScenarioProblem"/>.
/// </summary>
public static class JsonSourceReader
{
    /// <summary>Scenario files are hand-written; anything near this size is not one.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>The deepest nesting a scenario needs is about seven levels.</summary>
    public const int MaxDepth = 32;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Reads a file from disk. Only a regular file is opened (a pipe would block, a device never
    /// ends), and the size limit holds while reading: what stat says is not trusted.
    /// </summary>
    public static JsonSourceNode? ReadFile(string path, string displayName, List<ScenarioProblem> problems)
    {
        var start = new SourceLocation(displayName, 1, 1);
        var bytes = ReadBounded(path, start, problems);
        return bytes is null ? null : Read(bytes, displayName, problems);
    }

    private static byte[]? ReadBounded(string path, SourceLocation start, List<ScenarioProblem> problems)
    {
        try
        {
            switch (FileKind.Of(path))
            {
                case FileKind.Kind.Missing:
                    problems.Add(new ScenarioProblem(start, "", "file not found"));
                    return null;
                case FileKind.Kind.Directory:
                    problems.Add(new ScenarioProblem(start, "", "this is a folder, not a file"));
                    return null;
                case FileKind.Kind.Other:
                    problems.Add(new ScenarioProblem(start, "", "not a regular file (a device, pipe or socket); scenario files are regular files"));
                    return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            if (stream.Length > MaxFileBytes)
            {
                problems.Add(new ScenarioProblem(start, "",
                    $"the file is {stream.Length:N0} bytes; scenario files are limited to {MaxFileBytes:N0} bytes"));
                return null;
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                // The size stat gave is not trusted: a file can grow, and /proc files say 0.
                if (buffer.Length + read > MaxFileBytes)
                {
                    problems.Add(TooLarge(start));
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problems.Add(new ScenarioProblem(start, "", $"cannot read the file: {e.Message}"));
            return null;
        }
    }

    private static ScenarioProblem TooLarge(SourceLocation start) =>
        new(start, "", $"the file is larger than {MaxFileBytes:N0} bytes; scenario files are limited to {MaxFileBytes:N0} bytes");

    /// <summary>Reads UTF-8 JSON text; returns null (with problems) when it is not valid JSON.</summary>
    public static JsonSourceNode? Read(byte[] utf8, string displayName, List<ScenarioProblem> problems)
    {
        if (utf8.Length > MaxFileBytes)
        {
            problems.Add(new ScenarioProblem(new SourceLocation(displayName, 1, 1), "",
                $"the text is {utf8.Length:N0} bytes; scenario files are limited to {MaxFileBytes:N0} bytes"));
            return null;
        }

        if (utf8.AsSpan().StartsWith(Utf8Bom))
        {
            utf8 = utf8[Utf8Bom.Length..];
        }

        var lines = new LineIndex(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = false,
            MaxDepth = MaxDepth,
        });
        var builder = new Builder(displayName, lines, problems);
        try
        {
            if (!reader.Read())
            {
                problems.Add(new ScenarioProblem(new SourceLocation(displayName, 1, 1), "", "the file is empty"));
                return null;
            }

            var root = builder.ReadValue(ref reader, "$");
            if (reader.Read())
            {
                var (line, column) = lines.At(reader.TokenStartIndex);
                problems.Add(new ScenarioProblem(new SourceLocation(displayName, line, column), "",
                    "unexpected text after the end of the JSON value"));
                return null;
            }

            return root;
        }
        catch (InvalidTextException e)
        {
            problems.Add(new ScenarioProblem(e.Location, e.JsonPath, e.Message));
            return null;
        }
        catch (JsonException e)
        {
            var (line, column) = lines.AtLineByte(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            problems.Add(new ScenarioProblem(new SourceLocation(displayName, line, column), "",
                $"invalid JSON: {Describe(e)}"));
            return null;
        }
    }

    /// <summary>Reads text (used by editors and tests); the same rules as a file.</summary>
    public static JsonSourceNode? Read(string text, string displayName, List<ScenarioProblem> problems) =>
        Read(Encoding.UTF8.GetBytes(text), displayName, problems);

    private static string Describe(JsonException e)
    {
        // The reader's message ends with its own position in 0-based terms; ours is already in front.
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return $"nested deeper than {MaxDepth} levels; scenario files are not that deep";
        }

        return message.TrimEnd(' ', '.');
    }

    private sealed class Builder(string file, LineIndex lines, List<ScenarioProblem> problems)
    {
        /// <summary>A string's text; bytes that are not UTF-8, or an escaped half of a surrogate pair, are a located problem.</summary>
        private static string Text(ref Utf8JsonReader reader, SourceLocation location, string path)
        {
            try
            {
                return reader.GetString() ?? "";
            }
            catch (InvalidOperationException)
            {
                throw new InvalidTextException(location, path,
                    "the text is not valid UTF-8, or holds half of a surrogate pair (such as \\ud800 alone); save the file as UTF-8");
            }
        }

        private SourceLocation Here(ref Utf8JsonReader reader)
        {
            var (line, column) = lines.At(reader.TokenStartIndex);
            return new SourceLocation(file, line, column);
        }

        public JsonSourceNode ReadValue(ref Utf8JsonReader reader, string path)
        {
            var location = Here(ref reader);
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    return ReadObject(ref reader, path, location);
                case JsonTokenType.StartArray:
                    var items = new List<JsonSourceNode>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        items.Add(ReadValue(ref reader, $"{path}[{items.Count}]"));
                    }

                    return new JsonSourceArray(location, items);
                case JsonTokenType.String:
                    return new JsonSourceScalar(location, JsonScalarKind.String, Text(ref reader, location, path));
                case JsonTokenType.Number:
                    return new JsonSourceScalar(location, JsonScalarKind.Number, Encoding.UTF8.GetString(reader.ValueSpan));
                case JsonTokenType.True:
                    return new JsonSourceScalar(location, JsonScalarKind.True, null);
                case JsonTokenType.False:
                    return new JsonSourceScalar(location, JsonScalarKind.False, null);
                default:
                    return new JsonSourceScalar(location, JsonScalarKind.Null, null);
            }
        }

        private JsonSourceObject ReadObject(ref Utf8JsonReader reader, string path, SourceLocation location)
        {
            var properties = new List<JsonSourceProperty>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var nameLocation = Here(ref reader);
                var name = Text(ref reader, nameLocation, path);
                reader.Read();
                var childPath = JsonPath.Property(path, name);
                var value = ReadValue(ref reader, childPath);
                if (!seen.Add(name))
                {
                    problems.Add(new ScenarioProblem(nameLocation, childPath,
                        $"property '{name}' appears twice in the same object; the second would silently win"));
                    continue;
                }

                properties.Add(new JsonSourceProperty(name, nameLocation, value));
            }

            return new JsonSourceObject(location, properties);
        }
    }

    /// <summary>A string whose bytes are not text; caught above, where the reader's problems are collected.</summary>
    private sealed class InvalidTextException(SourceLocation location, string jsonPath, string message) : Exception(message)
    {
        public SourceLocation Location { get; } = location;

        public string JsonPath { get; } = jsonPath;
    }
}
