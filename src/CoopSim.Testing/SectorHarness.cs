using CoopSim.Abstractions;

namespace CoopSim.Testing;

/// <summary>
/// Runs a sector plugin on a <see cref="ConformanceCase"/> the way the host runs it: one model per
/// city and run, one step per year, the contract enforced at every write. Use it in a plugin's own
/// tests to check the model's behaviour (monotonicity, mass balance, calibration) without the host.
/// </summary>
public static class SectorHarness
{
    /// <summary>Runs the case and returns every metric and published signal per year.</summary>
    /// <param name="plugin">The plugin.</param>
    /// <param name="case">The inputs.</param>
    /// <returns>The values.</returns>
    /// <exception cref="SectorContractException">The plugin broke the contract; the message names the year.</exception>
    public static SectorRun Run(ISectorPlugin plugin, ConformanceCase @case)
    {
        var stepper = Start(plugin, @case);
        stepper.StepTo(@case.Years);
        return stepper.Finish();
    }

    /// <summary>Creates the model for a case without stepping it; the kit steps several side by side.</summary>
    internal static Stepper Start(ISectorPlugin plugin, ConformanceCase @case)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        ArgumentNullException.ThrowIfNull(@case);
        var descriptor = plugin.Descriptor;
        var metrics = NewBuffers(descriptor.Metrics.Count, @case.Years);
        var published = NewBuffers(descriptor.Publishes.Count, @case.Years);
        var context = new HarnessStepContext(descriptor, @case, metrics, published);
        var setup = new ModelSetup(descriptor, @case.City, @case.StartYear, @case.EndYear, @case.Seed, @case.Parameters);
        ISectorModel? model;
        try
        {
            model = plugin.CreateModel(setup);
        }
        catch (Exception e)
        {
            throw new SectorContractException($"creating the model threw {e.GetType().Name}: {e.Message}", e);
        }

        return new Stepper(descriptor, @case, model ?? throw new SectorContractException("CreateModel returned null"), context, metrics, published);
    }

    private static double[][] NewBuffers(int count, int years)
    {
        var buffers = new double[count][];
        for (var i = 0; i < count; i++)
        {
            buffers[i] = new double[years];
            Array.Fill(buffers[i], double.NaN);
        }

        return buffers;
    }

    /// <summary>One model being stepped through its case.</summary>
    internal sealed class Stepper(
        SectorDescriptor descriptor, ConformanceCase @case, ISectorModel model, HarnessStepContext context, double[][] metrics, double[][] published)
    {
        private int _next;
        private long _allocated;

        public void StepTo(int years)
        {
            for (; _next < years; _next++)
            {
                context.Begin(_next);
                var before = GC.GetAllocatedBytesForCurrentThread();
                try
                {
                    model.Step(context);
                }
                catch (SectorContractException)
                {
                    throw;
                }
                catch (Exception e)
                {
                    throw context.Violation($"the step threw {e.GetType().Name}: {e.Message}", e);
                }

                if (_next > 0)
                {
                    _allocated += GC.GetAllocatedBytesForCurrentThread() - before;
                }

                context.CheckComplete();
            }
        }

        public SectorRun Finish() => new(descriptor, @case, metrics, published, _allocated);
    }
}
