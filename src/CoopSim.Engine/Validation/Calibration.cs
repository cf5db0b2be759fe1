using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace CoopSim.Engine.Validation;

/// <summary>
/// Fits scenario inputs to the scenario's observations by weighted least squares: it minimises
/// Σ ((simulated − observed) / uncertainty)² over the observations up to a year, running the
/// scenario once per trial in process. The optimizer is MathNet's Nelder-Mead simplex on an
/// unbounded transform of each input's bounds (θ = min + (max − min)·logistic(z)), so every trial
/// stays inside the bounds. See docs/models/validation.md.
/// </summary>
public sealed class Calibration
{
    /// <summary>Objective value for a trial whose scenario does not check or whose run stops.</summary>
    private const double FailedTrial = 1e300;

    private readonly ResolvedScenario _scenario;
    private readonly PluginCatalog _catalog;
    private readonly IReadOnlyList<FitTarget> _targets;
    private readonly RunLimits _limits;
    private readonly Func<ObservedValue, bool> _inSample;

    public Calibration(ResolvedScenario scenario, PluginCatalog catalog, IReadOnlyList<FitTarget> targets, int? until = null, RunLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0)
        {
            throw new ArgumentException("nothing to fit", nameof(targets));
        }

        _scenario = scenario;
        _catalog = catalog;
        _targets = targets;
        _limits = limits ?? new RunLimits { StepTimeLimit = Timeout.InfiniteTimeSpan };
        Until = until;
        _inSample = o => until is not { } last || o.Year <= last;
    }

    /// <summary>The last year whose observations are fitted; later ones are held out.</summary>
    public int? Until { get; }

    public int FittedObservations => _scenario.Observations.Count(_inSample);

    public int HeldOutObservations => _scenario.Observations.Count(o => !_inSample(o));

    /// <summary>Runs the fit. Trials are counted in <see cref="CalibrationResult.Trials"/>.</summary>
    public CalibrationResult Fit(int maximumTrials = 2000, CancellationToken cancellationToken = default)
    {
        var start = _targets.Select(t => t.CurrentValue(_scenario)).ToArray();
        var trials = 0;
        var best = (Value: double.PositiveInfinity, Point: start);
        double Objective(Vector<double> z)
        {
            cancellationToken.ThrowIfCancellationRequested();
            trials++;
            var values = FromUnbounded(z);
            var value = ObjectiveAt(values);
            if (value < best.Value)
            {
                best = (value, values);
            }

            return value;
        }

        var before = ObjectiveAt(start);
        var z0 = Vector<double>.Build.DenseOfArray(ToUnbounded(start));
        var step = Vector<double>.Build.Dense(_targets.Count, 1.0);
        try
        {
            NelderMeadSimplex.Minimum(ObjectiveFunction.Value(Objective), z0, step, 1e-10, maximumTrials);
        }
        catch (MaximumIterationsException)
        {
            // The best trial so far is the fit; the report says the search ran out of trials.
        }

        var fitted = best.Value <= before ? best.Point : start;
        var determination = Determine(fitted);
        return new CalibrationResult(
            _targets, start, fitted, determination, before, Math.Min(best.Value, before), trials, trials >= maximumTrials,
            Backtest.Of(Run(start)!, _inSample), Backtest.Of(Run(fitted)!, _inSample),
            Until is null ? null : Backtest.Of(Run(start)!, o => !_inSample(o)),
            Until is null ? null : Backtest.Of(Run(fitted)!, o => !_inSample(o)));
    }

    /// <summary>The scenario with the given values written into a copy of its document, checked.</summary>
    public ResolvedScenario? ScenarioWith(IReadOnlyList<double> values)
    {
        var document = ScenarioWriter.Copy(_scenario.Document);
        for (var i = 0; i < _targets.Count; i++)
        {
            _targets[i].Apply(document, values[i]);
        }

        return EditedScenario.Compile(document, _scenario.Source.Path, _catalog).Scenario;
    }

    /// <summary>The document with the fitted values, for writing as a child of the original.</summary>
    public ScenarioDocument DocumentWith(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var document = ScenarioWriter.Copy(_scenario.Document);
        for (var i = 0; i < _targets.Count; i++)
        {
            _targets[i].Apply(document, values[i]);
        }

        return document;
    }

    private RunResult? Run(IReadOnlyList<double> values) =>
        ScenarioWith(values) is { } scenario && Simulator.Run(scenario, limits: _limits) is { Succeeded: true } run ? run : null;

    private double ObjectiveAt(IReadOnlyList<double> values) =>
        Run(values) is { } run ? Backtest.Of(run, _inSample).WeightedSquareError : FailedTrial;

    /// <summary>
    /// How well the observations pin each input: the Gauss-Newton covariance (JᵀJ)⁻¹ of the
    /// standardised residuals, J by central differences of 1% of each input's range. With
    /// uncertainties as standard deviations this is the approximate standard error of the fit.
    /// </summary>
    private IReadOnlyList<ParameterDetermination> Determine(double[] fitted)
    {
        var residualsAt = (double[] values) => Run(values) is { } run
            ? Backtest.Of(run, _inSample).Pairs.Select(p => p.StandardisedError).ToArray()
            : null;
        var centre = residualsAt(fitted);
        var n = centre?.Length ?? 0;
        var jacobian = Matrix<double>.Build.Dense(Math.Max(n, 1), _targets.Count);
        for (var k = 0; k < _targets.Count; k++)
        {
            var h = 0.01 * (_targets[k].Maximum - _targets[k].Minimum);
            var up = (double[])fitted.Clone();
            var down = (double[])fitted.Clone();
            up[k] = Math.Min(_targets[k].Maximum, fitted[k] + h);
            down[k] = Math.Max(_targets[k].Minimum, fitted[k] - h);
            var rUp = residualsAt(up);
            var rDown = residualsAt(down);
            for (var i = 0; i < n && rUp is not null && rDown is not null; i++)
            {
                jacobian[i, k] = (rUp[i] - rDown[i]) / (up[k] - down[k]);
            }
        }

        var information = jacobian.TransposeThisAndMultiply(jacobian);
        Matrix<double>? covariance = null;
        if (n > 0 && information.Rank() == _targets.Count && information.ConditionNumber() < 1e12)
        {
            covariance = information.Inverse();
        }

        var result = new List<ParameterDetermination>();
        for (var k = 0; k < _targets.Count; k++)
        {
            var range = _targets[k].Maximum - _targets[k].Minimum;
            var standardError = covariance is null ? (double?)null : Math.Sqrt(Math.Max(0, covariance[k, k]));
            var atBound = fitted[k] <= _targets[k].Minimum + 1e-6 * range || fitted[k] >= _targets[k].Maximum - 1e-6 * range;
            result.Add(new ParameterDetermination(standardError, atBound, standardError is not { } se || se > 0.25 * range));
        }

        return result;
    }

    private double[] FromUnbounded(Vector<double> z) =>
        _targets.Select((t, i) => t.Minimum + (t.Maximum - t.Minimum) / (1 + Math.Exp(-z[i]))).ToArray();

    private double[] ToUnbounded(double[] values) =>
        _targets.Select((t, i) =>
        {
            // Start just inside the bounds: the logistic never reaches them.
            var share = Math.Clamp((values[i] - t.Minimum) / (t.Maximum - t.Minimum), 1e-4, 1 - 1e-4);
            return Math.Log(share / (1 - share));
        }).ToArray();
}

/// <summary>
/// How well the observations determine one fitted input: its approximate standard error (null when
/// the observations cannot tell its effect from the others'), whether it ended at a bound, and
/// whether it is poorly determined (no standard error, or one above a quarter of its range).
/// </summary>
public sealed record ParameterDetermination(double? StandardError, bool AtBound, bool PoorlyDetermined);

/// <summary>A fit: start and fitted values, how well each is determined, and the backtests before and after.</summary>
public sealed record CalibrationResult(
    IReadOnlyList<FitTarget> Targets,
    IReadOnlyList<double> Start,
    IReadOnlyList<double> Fitted,
    IReadOnlyList<ParameterDetermination> Determination,
    double ObjectiveBefore,
    double ObjectiveAfter,
    int Trials,
    bool RanOutOfTrials,
    Backtest InSampleBefore,
    Backtest InSampleAfter,
    Backtest? OutOfSampleBefore,
    Backtest? OutOfSampleAfter);
