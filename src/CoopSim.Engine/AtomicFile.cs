using System.Collections.Concurrent;

namespace CoopSim.Engine;

/// <summary>
/// Writes a file so that readers see the old content or the new, never half of either: the new
/// content goes to a temporary file beside the target, which then replaces it. A symbolic link is
/// followed, so its target is replaced and the link stays; a replaced file keeps its permissions.
/// A target that is not a regular file (a device such as /dev/stdout, a pipe) cannot be replaced
/// atomically and is written in place; a folder is refused.
/// </summary>
public static class AtomicFile
{
    /// <summary>Marks a temporary file as CoopSim's unfinished write, should a killed process leave one.</summary>
    public const string TemporarySuffix = ".coopsim-partial";

    private static readonly ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);

    private static int _writes;

    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var target = ResolveTarget(path);
        if (FileKind.Of(target) is var kind && kind is FileKind.Kind.Directory)
        {
            throw new IOException($"'{path}' is a folder");
        }

        if (kind is FileKind.Kind.Other)
        {
            using var direct = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            write(direct);
            direct.Flush();
            return;
        }

        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"the folder '{Path.GetDirectoryName(Path.GetFullPath(path))}' does not exist");
        }

        var temporary = Path.Combine(folder, $"{Path.GetFileName(target)}.{Environment.ProcessId}-{Interlocked.Increment(ref _writes)}{TemporarySuffix}");
        Pending[temporary] = 0;
        try
        {
            FileStream stream;
            try
            {
                stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new UnauthorizedAccessException($"no permission to create a file in '{folder}'", e);
            }

            using (stream)
            {
                KeepPermissions(target, stream);
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            DeleteQuietly(temporary);
            Pending.TryRemove(temporary, out _);
        }
    }

    public static void WriteText(string path, string text) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, leaveOpen: true);
            writer.Write(text);
        });

    /// <summary>
    /// Deletes the temporary files of writes still in progress: called when the process is told to
    /// stop (Ctrl+C, SIGTERM), so that an interrupted write leaves the old file and nothing else.
    /// </summary>
    public static void DeletePending()
    {
        foreach (var temporary in Pending.Keys)
        {
            DeleteQuietly(temporary);
        }
    }

    /// <summary>The file a path finally names: a symbolic link (or a chain of them) is followed.</summary>
    public static string ResolveTarget(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var link = File.ResolveLinkTarget(full, returnFinalTarget: true);
            return link is null ? full : Path.GetFullPath(link.FullName);
        }
        catch (IOException)
        {
            // A link loop or an unreadable link: the write itself reports it.
            return full;
        }
    }

    private static void KeepPermissions(string target, FileStream stream)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(target))
        {
            return;
        }

        try
        {
            File.SetUnixFileMode(stream.SafeFileHandle, File.GetUnixFileMode(target));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file is still written; only its mode falls back to the default.
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done about a leftover; it is named so that it is recognisable.
        }
    }
}
