using System.CommandLine;
using System.Text;
using CoopSim.Engine;
using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Json;

namespace CoopSim.Cli.Output;

/// <summary>
/// Where a command's result goes: standard output, or the <c>--out</c> file, written as it is made
/// (never built whole in memory) and atomically (AtomicFile: the old file stays until the new one is
/// complete). Every command with an <c>--out</c> option writes through here, so they share its rules
/// (README, "Output files"): <c>--out</c> never replaces one of the command's own inputs, and replaces a
/// scenario, exercise or session only with <c>--force</c>.
/// </summary>
internal sealed class CommandOutput(TextWriter standardOutput, TextWriter error, Option<bool> force)
{
    /// <summary>
    /// Whether <paramref name="outPath"/> may be written, given the files the command read; prints
    /// why not. Call it before the work, so that a refused command does nothing.
    /// </summary>
    public bool Allows(ParseResult parse, string? outPath, IEnumerable<string> inputs)
    {
        if (outPath is null)
        {
            return true;
        }

        var target = AtomicFile.ResolveTarget(outPath);
        if (inputs.Any(input => AtomicFile.ResolveTarget(input) == target))
        {
            error.WriteLine($"error: --out '{outPath}' is a file this command reads; write the output to another file");
            return false;
        }

        if (!parse.GetValue(force) && IsCoopSimDocument(target))
        {
            error.WriteLine($"error: --out '{outPath}' is a CoopSim scenario, exercise or session; add --force to replace it");
            return false;
        }

        return true;
    }

    /// <summary>Writes text to --out (atomically) or standard output. A failure is an <see cref="OutputFailedException"/>.</summary>
    public void Write(string? outPath, Action<TextWriter> write)
    {
        if (outPath is null)
        {
            write(standardOutput);
            standardOutput.Flush();
            return;
        }

        ToFile(outPath, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 65536, leaveOpen: true);
            write(writer);
        });
    }

    /// <summary>Writes bytes (UTF-8 JSON) to --out (atomically) or standard output.</summary>
    public void Write(string? outPath, Action<Stream> write)
    {
        if (outPath is null)
        {
            using var stream = new TextWriterStream(standardOutput);
            write(stream);
            standardOutput.WriteLine();
            standardOutput.Flush();
            return;
        }

        ToFile(outPath, stream =>
        {
            write(stream);
            stream.Write("\n"u8);
        });
    }

    private void ToFile(string outPath, Action<Stream> write)
    {
        try
        {
            AtomicFile.Write(outPath, write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new OutputFailedException($"'{outPath}'", e);
        }

        error.WriteLine($"wrote {outPath}");
    }

    /// <summary>A scenario, exercise or session: a JSON object with a schema version (read within the input limits).</summary>
    private static bool IsCoopSimDocument(string path) =>
        FileKind.Of(path) == FileKind.Kind.Regular
        && JsonSourceReader.ReadFile(path, DisplayPath.Of(path), []) is JsonSourceObject obj
        && obj.Find("schemaVersion") is not null;
}
