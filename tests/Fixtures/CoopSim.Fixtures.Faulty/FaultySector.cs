using CoopSim.Abstractions;

namespace CoopSim.Fixtures.Faulty;

/// <summary>
/// A sector that misbehaves on request, so tests can watch the host isolate a plugin fault:
/// from <c>failYear</c> on it throws (failure 1), never returns from its step (failure 2) or
/// writes NaN (failure 3); with failure 0 it behaves.
/// </summary>
public sealed class FaultySector : ISectorPlugin
{
    public SectorDescriptor Descriptor { get; } = new()
    {
        Id = "faulty",
        DisplayName = "Faulty on request",
        Version = new Version(1, 0, 0),
        ContractVersion = ContractVersion.Current,
        Description = "Counts years, and fails the way the scenario asks.",
        Parameters =
        [
            new("failure", "kind", 0, 0, 3, "0 behaves, 1 throws, 2 never returns, 3 writes NaN."),
            new("failYear", "year", 2100, 1900, 2200, "The first year it fails."),
        ],
        Metrics =
        [
            new("years", "years", "Years stepped so far") { Minimum = 0 },
        ],
    };

    public ISectorModel CreateModel(ModelSetup setup) => new Model(setup);

    private sealed class Model(ModelSetup setup) : ISectorModel
    {
        private readonly int _failure = (int)setup.Parameter("failure");
        private readonly int _failYear = (int)setup.Parameter("failYear");
        private readonly MetricHandle _years = setup.Metric("years");

        public void Step(StepContext context)
        {
            if (context.Year >= _failYear)
            {
                switch (_failure)
                {
                    case 1:
                        throw new InvalidOperationException($"deliberate failure in {context.Year}");
                    case 2:
                        Thread.Sleep(Timeout.Infinite);
                        break;
                    case 3:
                        context.WriteMetric(_years, double.NaN);
                        return;
                }
            }

            context.WriteMetric(_years, context.YearIndex + 1);
        }
    }
}
