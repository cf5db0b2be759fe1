using System.Diagnostics;
using System.Globalization;
using CoopSim.Abstractions;
using CoopSim.Engine.Cooperation;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Engine.Simulation;

/// <summary>
/// One run of a resolved scenario. <see cref="Prepare"/> creates the models and every buffer the
/// run needs; <see cref="StepYear"/> then advances one year without allocating.
/// Each plugin call is stamped (sector, city, year, start time) so that a watchdog on another
/// thread can see a call that overruns its limit and <see cref="Abandon"/> the run.
/// </summary>
internal sealed class SimulationRun : IPluginCallSite
{
    private readonly ResolvedScenario _scenario;
    private readonly int _seed;
    private readonly List<MetricSeries> _series = [];
    private readonly List<CityRun> _cities = [];
    private CooperationLayer? _cooperation;
    private string _callSector = "";
    private string _callCity = "";
    private int _callYear;
    private bool _callCreates;
    private long _callStarted;
    private volatile bool _abandoned;

    public SimulationRun(ResolvedScenario scenario, int seed)
    {
        _scenario = scenario;
        _seed = seed;
    }

    public RunFailure? Failure { get; private set; }

    /// <summary>Creates models, contexts and result buffers; false (with <see cref="Failure"/>) if a plugin fails to create its model.</summary>
    public bool Prepare()
    {
        var years = _scenario.YearCount;
        _cooperation = CooperationLayer.Compute(_scenario);
        foreach (var city in _scenario.Cities)
        {
            if (city.Sectors.Count == 0)
            {
                continue;
            }

            var signals = new CitySignals(city.Sectors.SelectMany(s => s.Sector.Descriptor.Publishes).Select(p => p.Id));
            var cityRun = new CityRun(city, signals);
            _cities.Add(cityRun);
            foreach (var citySector in city.Sectors)
            {
                var loaded = citySector.Sector;
                var descriptor = loaded.Descriptor;
                var info = new LoadedSectorInfo(loaded.Id, descriptor.DisplayName, descriptor.Version);
                var trajectory = _cooperation.For(city, loaded.Id);
                var buffers = new double[descriptor.Metrics.Count][];
                for (var m = 0; m < buffers.Length; m++)
                {
                    buffers[m] = NewBuffer(years);
                    _series.Add(new MetricSeries(city, info, descriptor.Metrics[m], _scenario.StartYear, buffers[m]));
                }

                AddCooperationSeries(city, info, trajectory);
                var setup = new ModelSetup(descriptor, city.Facts, _scenario.StartYear, _scenario.EndYear,
                    SeedMixer.For(_seed, city.Id, loaded.Id), citySector.Parameters);
                ISectorModel model;
                try
                {
                    BeginCall(loaded.Id, city.Id, _scenario.StartYear, creates: true);
                    model = loaded.Plugin.CreateModel(setup);
                }
                catch (Exception e)
                {
                    Failure ??= new RunFailure(loaded.Id, city.Id, _scenario.StartYear, $"creating the model failed: {Describe(e)}");
                    return false;
                }
                finally
                {
                    EndCall();
                }

                if (_abandoned)
                {
                    return false;
                }

                cityRun.Steps.Add(new SectorStep(loaded.Id, model, new EngineStepContext(descriptor, trajectory, buffers, signals)));
            }
        }

        return true;
    }

    /// <summary>Advances every city one year; false (with <see cref="Failure"/>) when a plugin fails.</summary>
    public bool StepYear(int yearIndex)
    {
        var year = _scenario.StartYear + yearIndex;
        foreach (var city in _cities)
        {
            city.Signals.NextYear();
            var population = city.Population(yearIndex);
            foreach (var step in city.Steps)
            {
                step.Context.Begin(year, yearIndex, population);
                try
                {
                    BeginCall(step.SectorId, city.City.Id, year, creates: false);
                    step.Model.Step(step.Context);
                    if (_abandoned)
                    {
                        return false;
                    }

                    step.Context.CheckComplete();
                }
                catch (Exception e)
                {
                    // Plugins are foreign code: any exception ends this run, named, and nothing else.
                    Failure ??= new RunFailure(step.SectorId, city.City.Id, year, Describe(e));
                    return false;
                }
                finally
                {
                    EndCall();
                }
            }
        }

        return true;
    }

    public RunResult Finish() => new(_scenario, _seed, _series, _cooperation?.Notes ?? [], Failure);

    /// <summary>The plugin call now running, in words, or null between calls. Called from any thread.</summary>
    public string? CallInProgress()
    {
        if (Volatile.Read(ref _callStarted) == 0)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{(_callCreates ? "the creation of the model" : "the step")} of the '{_callSector}' sector for city '{_callCity}' in {_callYear}");
    }

    /// <summary>Whether a run that was abandoned still has a plugin call on its thread.</summary>
    public bool IsAbandoned => _abandoned;

    /// <summary>
    /// The plugin call now running, if it started longer than <paramref name="limit"/> ago: a
    /// failure naming it, else null. Called from the watchdog thread.
    /// </summary>
    public RunFailure? Overdue(TimeSpan limit)
    {
        var started = Volatile.Read(ref _callStarted);
        if (started == 0 || Stopwatch.GetElapsedTime(started) <= limit)
        {
            return null;
        }

        var what = _callCreates ? "creating the model" : "the step";
        return new RunFailure(_callSector, _callCity, _callYear, string.Create(CultureInfo.InvariantCulture,
            $"{what} did not finish within {limit.TotalSeconds:0.###} s (the step time limit) and was abandoned; a plugin must not block or loop without end"));
    }

    /// <summary>
    /// Ends the run with <paramref name="failure"/> while a plugin call may still be running on the
    /// run's thread, and returns a result that owns copies of the values, so the abandoned call's
    /// late writes never show. Called from the watchdog thread.
    /// </summary>
    public RunResult Abandon(RunFailure failure)
    {
        _abandoned = true;
        var copies = _series.Select(s => s.Copy()).ToList();
        return new RunResult(_scenario, _seed, copies, _cooperation?.Notes ?? [], failure);
    }

    private void AddCooperationSeries(ResolvedCity city, LoadedSectorInfo info, CooperationTrajectory trajectory)
    {
        const string prefix = MetricSeries.CooperationPrefix;
        Add(new MetricDeclaration(prefix + "capacity", "fraction", "Local capacity in the sector (cooperation layer)") { Minimum = 0, Maximum = 1 },
            trajectory.Capacity);
        Add(new MetricDeclaration(prefix + "embeddedCapacity", "fraction",
            "Capacity embedded in routines, procedures, trainers and a budget line; turnover does not wear it (cooperation layer)") { Minimum = 0, Maximum = 1 },
            trajectory.EmbeddedCapacity);
        if (!_scenario.Programmes.Any(p => p.City.Index == city.Index && p.Sector.Id == info.Id))
        {
            return;
        }

        Add(new MetricDeclaration(prefix + "expertPersonMonths", "person-months", "Expert time dispatched to the city"), trajectory.ExpertPersonMonths);
        Add(new MetricDeclaration(prefix + "trainees", "people", "City staff trained"), trajectory.Trainees);
        Add(new MetricDeclaration(prefix + "funding", "USD/year", "Funding of active programme phases: each phase's funding spread over its years"), trajectory.Funding);
        Add(new MetricDeclaration(prefix + "activityCost", "USD/year",
            "Cost of the year's expert time, trainees and demonstrations at the unit costs of docs/models/cooperation.md"), trajectory.ActivityCost);

        void Add(MetricDeclaration metric, double[] values) =>
            _series.Add(new MetricSeries(city, info, metric, _scenario.StartYear, values));
    }

    private void BeginCall(string sectorId, string cityId, int year, bool creates)
    {
        _callSector = sectorId;
        _callCity = cityId;
        _callYear = year;
        _callCreates = creates;
        Volatile.Write(ref _callStarted, Stopwatch.GetTimestamp());
    }

    private void EndCall() => Volatile.Write(ref _callStarted, 0);

    private static double[] NewBuffer(int years)
    {
        var buffer = new double[years];
        Array.Fill(buffer, double.NaN);
        return buffer;
    }

    private static string Describe(Exception e) =>
        e is PluginContractException ? e.Message : $"{e.GetType().Name}: {e.Message}";

    private sealed record SectorStep(string SectorId, ISectorModel Model, EngineStepContext Context);

    private sealed class CityRun(ResolvedCity city, CitySignals signals)
    {
        private readonly double _growth = 1.0 + city.Facts.PopulationGrowth;

        public ResolvedCity City { get; } = city;

        public CitySignals Signals { get; } = signals;

        public List<SectorStep> Steps { get; } = [];

        public double Population(int yearIndex) => City.Facts.Population * Math.Pow(_growth, yearIndex);
    }
}
