using CoopSim.Abstractions;

namespace CoopSim.Fixtures.Rogue;

/// <summary>
/// A sector whose code does what in-process code can do to its host: end the process, hang while
/// loading, overflow the stack, fail fast, or throw on a thread of its own. What it does is read
/// from <c>behaviour.txt</c> beside its assembly, so each test installs its own copy; with no such
/// file it behaves. It steps from 2000; the rogue act happens in 2002.
/// </summary>
public sealed class RogueSector : ISectorPlugin
{
    private static readonly string Behaviour = ReadBehaviour();

    public RogueSector()
    {
        switch (Behaviour)
        {
            case "exit-in-constructor":
                Environment.Exit(0);
                break;
            case "hang-in-constructor":
                Thread.Sleep(Timeout.Infinite);
                break;
        }
    }

    public SectorDescriptor Descriptor { get; } = new()
    {
        Id = "rogue",
        DisplayName = "Rogue",
        Version = new Version(1, 0, 0),
        ContractVersion = ContractVersion.Current,
        Description = "Counts years, and misbehaves as behaviour.txt says.",
        Metrics = [new("years", "years", "Years stepped so far") { Minimum = 0 }],
    };

    public ISectorModel CreateModel(ModelSetup setup) => new Model(setup);

    private static string ReadBehaviour()
    {
        var file = Path.Combine(Path.GetDirectoryName(typeof(RogueSector).Assembly.Location)!, "behaviour.txt");
        return File.Exists(file) ? File.ReadAllText(file).Trim() : "";
    }

    private static int Recurse(int depth) => Recurse(depth + 1) + 1;

    private sealed class Model(ModelSetup setup) : ISectorModel
    {
        private readonly MetricHandle _years = setup.Metric("years");

        public void Step(StepContext context)
        {
            if (context.YearIndex == 2)
            {
                switch (Behaviour)
                {
                    case "exit-in-step":
                        Environment.Exit(0);
                        break;
                    case "stack-overflow-in-step":
                        Recurse(0);
                        break;
                    case "fail-fast-in-step":
                        Environment.FailFast("deliberate fail-fast");
                        break;
                    case "throw-on-own-thread":
                        var thread = new Thread(() => throw new InvalidOperationException("deliberate failure on a thread of its own"));
                        thread.Start();
                        thread.Join();
                        break;
                }
            }

            context.WriteMetric(_years, context.YearIndex + 1);
        }
    }
}
