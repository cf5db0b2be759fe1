using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace CoopSim.Engine.Simulation;

/// <summary>
/// A long-lived thread that runs watched runs one after another. Starting and joining an OS thread
/// per run cost most of a small run's time; a run thread is started once and handed each run. The
/// caller keeps the watchdog: it waits on the run's <see cref="RunJob.Done"/> and may abandon it.
/// A thread whose run was abandoned stays with the overrunning plugin call and rejoins the idle
/// threads only if that call ever returns, so a stuck plugin never holds up another run.
/// </summary>
internal sealed class RunThread
{
    private static readonly ConcurrentStack<RunThread> Idle = new();

    private readonly SemaphoreSlim _go = new(0);
    private RunJob? _job;

    private RunThread()
    {
        var thread = new Thread(Loop)
        {
            // A step that never returns must not keep the process alive once the host is done.
            IsBackground = true,
            Name = "CoopSim run",
        };
        thread.Start();
    }

    /// <summary>Starts <paramref name="job"/> on an idle run thread, or a new one when none is idle.</summary>
    public static void Start(RunJob job)
    {
        if (!Idle.TryPop(out var thread))
        {
            thread = new RunThread();
        }

        thread._job = job;
        thread._go.Release();
    }

    private void Loop()
    {
        while (true)
        {
            _go.Wait();
            var job = _job!;
            _job = null;
            job.Execute();
            Idle.Push(this);
        }
    }
}

/// <summary>One watched run handed to a <see cref="RunThread"/>: what to run, and how it ended.</summary>
internal sealed class RunJob(Action work)
{
    /// <summary>Set when the work has returned or thrown.</summary>
    public ManualResetEventSlim Done { get; } = new();

    /// <summary>What the work threw, if it threw.</summary>
    public ExceptionDispatchInfo? Crash { get; private set; }

    public void Execute()
    {
        try
        {
            work();
        }
        catch (Exception e)
        {
            Crash = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            Done.Set();
        }
    }
}
