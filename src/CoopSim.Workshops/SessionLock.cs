using System.Diagnostics;
using CoopSim.Engine.Diagnostics;

namespace CoopSim.Workshops;

/// <summary>
/// An exclusive hold on a session file for one read-modify-write: commands that change a session
/// (in this process or another) take turns, so every change is kept. The hold is a lock file beside
/// the session, <c>SESSION.lock</c>, opened with <see cref="FileShare.None"/> (an exclusive
/// <c>flock</c> on Linux and macOS, a share-mode lock on Windows) and released when disposed or
/// when the process ends, however it ends. The file itself stays: deleting it while another
/// process waits on it would let two processes hold two different files.
/// </summary>
public sealed class SessionLock : IDisposable
{
    /// <summary>
    /// How long to wait for another change of the same session to finish: a step command replays
    /// the session and saves within seconds, so thirty means a session held open elsewhere.
    /// </summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(50);

    private readonly FileStream? _stream;

    private SessionLock(FileStream? stream) => _stream = stream;

    /// <summary>The lock file that guards <paramref name="sessionPath"/>.</summary>
    public static string PathFor(string sessionPath) => Path.GetFullPath(sessionPath) + ".lock";

    /// <summary>
    /// Waits up to <paramref name="wait"/> (default <see cref="DefaultWait"/>) for the session to be
    /// free and holds it; throws <see cref="SessionBusyException"/> when it stays taken.
    /// </summary>
    public static SessionLock Acquire(string sessionPath, TimeSpan? wait = null)
    {
        ArgumentNullException.ThrowIfNull(sessionPath);
        var lockPath = PathFor(sessionPath);
        var limit = wait ?? DefaultWait;
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                return new SessionLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (UnauthorizedAccessException)
            {
                // A folder where no lock file can be made is one where no session can be saved
                // either (saves write a temporary file beside the session): reading is safe.
                return new SessionLock(null);
            }
            catch (DirectoryNotFoundException)
            {
                return new SessionLock(null);
            }
            catch (IOException) when (Stopwatch.GetElapsedTime(started) < limit)
            {
                Thread.Sleep(RetryInterval);
            }
            catch (IOException e)
            {
                throw new SessionBusyException(
                    $"the session '{DisplayPath.Of(Path.GetFullPath(sessionPath))}' is being changed by another coopsim " +
                    $"(its lock file '{DisplayPath.Of(lockPath)}' stayed taken for {limit.TotalSeconds:0.#} s); nothing was changed, try again", e);
            }
        }
    }

    public void Dispose() => _stream?.Dispose();
}

/// <summary>Another process (or another change in this one) kept a session file locked for too long.</summary>
public sealed class SessionBusyException(string message, Exception inner) : IOException(message, inner);
