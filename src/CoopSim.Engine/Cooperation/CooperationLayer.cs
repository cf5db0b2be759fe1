using System.Globalization;
using CoopSim.Abstractions;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Engine.Cooperation;

/// <summary>
/// Turns a scenario's programmes into each simulated city-sector's yearly cooperation inputs and
/// capacity (docs/models/cooperation.md). Capacity depends only on programmes, never on sector
/// outcomes, so the whole trajectory is computed before the year loop starts.
/// </summary>
public sealed class CooperationLayer
{
    private readonly Dictionary<(int City, string Sector), CooperationTrajectory> _trajectories = [];

    private CooperationLayer(List<string> notes) => Notes = notes;

    /// <summary>Things a planner should know about how cooperation played out (e.g. a mentor not yet able to mentor).</summary>
    public IReadOnlyList<string> Notes { get; }

    public CooperationTrajectory For(ResolvedCity city, string sectorId) => _trajectories[(city.Index, sectorId)];

    public static CooperationLayer Compute(ResolvedScenario scenario)
    {
        var notes = new List<string>();
        var layer = new CooperationLayer(notes);
        var years = scenario.YearCount;
        foreach (var city in scenario.Cities)
        {
            foreach (var citySector in city.Sectors)
            {
                var changes = scenario.CapacityChanges.Where(c => c.CityId == city.Id && c.SectorId == citySector.Sector.Id);
                layer._trajectories[(city.Index, citySector.Sector.Id)] = new CooperationTrajectory(
                    years, citySector.Sector.Descriptor.Technologies.Count, citySector.Capacity,
                    CapacityChange.Schedule(citySector.Capacity, changes, scenario.StartYear, years));
            }
        }

        var effort = new Dictionary<(int City, string Sector), double>();
        var belowThreshold = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var t = 0; t < years; t++)
        {
            var year = scenario.StartYear + t;
            foreach (var key in layer._trajectories.Keys)
            {
                effort[key] = 0.0;
            }

            foreach (var programme in scenario.Programmes)
            {
                var trajectory = layer._trajectories[(programme.City.Index, programme.Sector.Id)];
                var quality = layer.MentorQuality(programme, t);
                foreach (var phase in programme.Phases)
                {
                    if (year < phase.From || year > phase.To)
                    {
                        continue;
                    }

                    trajectory.Add(t, phase);
                    effort[(programme.City.Index, programme.Sector.Id)] +=
                        CapacityModel.Effort(phase.ExpertPersonMonths, phase.Trainees, phase.Demonstrations, quality);
                    if (quality == 0.0)
                    {
                        (belowThreshold.TryGetValue(programme.Id, out var list) ? list : belowThreshold[programme.Id] = []).Add(year);
                    }
                }
            }

            // Capacity of year t uses partners' capacity of year t-1 (read above), so every
            // city-sector's effort is gathered before any capacity advances.
            foreach (var (key, trajectory) in layer._trajectories)
            {
                trajectory.AdvanceCapacity(t, effort[key]);
            }
        }

        foreach (var (programmeId, yearsBelow) in belowThreshold)
        {
            var programme = scenario.Programmes.First(p => p.Id == programmeId);
            var distinct = yearsBelow.Distinct().Order().ToList();
            notes.Add($"programme '{programmeId}': mentor '{programme.Partner.Id}' was below the mentor threshold " +
                      $"({CapacityModel.MentorThreshold:0.00}) in {programme.Sector.Id} in {YearSpans(distinct)}; its activities built no capacity then");
        }

        foreach (var programme in scenario.Programmes)
        {
            foreach (var phase in programme.Phases.Where(ActivityCosts.Overspends))
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"programme '{programme.Id}', phase '{phase.Id}': its expert time, trainees and demonstrations cost about " +
                    $"{ActivityCosts.Of(phase):N0} USD/year at the unit costs of docs/models/cooperation.md, more than its funding of " +
                    $"{phase.FundingPerYear:N0} USD/year"));
            }
        }

        return layer;
    }

    /// <summary>A partner that does not simulate the sector (Kitakyushu) mentors fully; one that does, by last year's capacity.</summary>
    private double MentorQuality(ResolvedProgramme programme, int t)
    {
        if (!_trajectories.TryGetValue((programme.Partner.Index, programme.Sector.Id), out var partner))
        {
            return 1.0;
        }

        var capacity = t == 0 ? partner.Settings.Initial : partner.Capacity[t - 1];
        return CapacityModel.MentorQuality(capacity);
    }

    private static string YearSpans(List<int> years)
    {
        var spans = new List<string>();
        var start = years[0];
        for (var i = 1; i <= years.Count; i++)
        {
            if (i == years.Count || years[i] != years[i - 1] + 1)
            {
                var end = years[i - 1];
                spans.Add(start == end ? $"{start}" : $"{start}-{end}");
                if (i < years.Count)
                {
                    start = years[i];
                }
            }
        }

        return string.Join(", ", spans);
    }
}

/// <summary>One city-sector's cooperation inputs and capacity for every year of a run.</summary>
public sealed class CooperationTrajectory
{
    private readonly CapacitySettings[] _schedule;

    internal CooperationTrajectory(int years, int technologies, CapacitySettings settings, CapacitySettings[] schedule)
    {
        Settings = settings;
        _schedule = schedule;
        Capacity = new double[years];
        EmbeddedCapacity = new double[years];
        ActivityCost = new double[years];
        ExpertPersonMonths = new double[years];
        Trainees = new double[years];
        Demonstrations = new double[years];
        Funding = new double[years];
        ActivePhases = new int[years];
        TechnologyAdopted = new double[technologies][];
        TechnologyInPlace = new double[technologies][];
        for (var k = 0; k < technologies; k++)
        {
            TechnologyAdopted[k] = new double[years];
            TechnologyInPlace[k] = new double[years];
        }
    }

    /// <summary>The settings in the start year; capacity changes may replace them in later years.</summary>
    public CapacitySettings Settings { get; }

    public double[] Capacity { get; }

    /// <summary>K: the part of capacity embedded in routines, procedures, trainers and a budget line; never falls.</summary>
    public double[] EmbeddedCapacity { get; }

    /// <summary>What the year's expert time, trainees and demonstrations cost at the stated unit costs (USD/year).</summary>
    public double[] ActivityCost { get; }

    public double[] ExpertPersonMonths { get; }

    public double[] Trainees { get; }

    public double[] Demonstrations { get; }

    public double[] Funding { get; }

    public int[] ActivePhases { get; }

    public double[][] TechnologyAdopted { get; }

    public double[][] TechnologyInPlace { get; }

    public CooperationInputs InputsAt(int t) =>
        new(Capacity[t], ExpertPersonMonths[t], Trainees[t], Demonstrations[t], Funding[t], ActivePhases[t])
        {
            InitialCapacity = Settings.Initial,
            EmbeddedCapacity = EmbeddedCapacity[t],
        };

    internal void Add(int t, ResolvedPhase phase)
    {
        ExpertPersonMonths[t] += phase.ExpertPersonMonths;
        Trainees[t] += phase.Trainees;
        Demonstrations[t] += phase.Demonstrations;
        Funding[t] += phase.FundingPerYear;
        ActivityCost[t] += ActivityCosts.Of(phase);
        ActivePhases[t]++;
        for (var k = 0; k < TechnologyAdopted.Length; k++)
        {
            TechnologyAdopted[k][t] += phase.TechnologiesPerYear[k];
        }
    }

    internal void AdvanceCapacity(int t, double effort)
    {
        var previous = t == 0 ? Settings.Initial : Capacity[t - 1];
        var previousEmbedded = t == 0 ? Settings.Initial : EmbeddedCapacity[t - 1];
        EmbeddedCapacity[t] = CapacityModel.NextEmbedded(previous, previousEmbedded, _schedule[t]);
        Capacity[t] = Math.Max(EmbeddedCapacity[t], CapacityModel.Next(previous, previousEmbedded, effort, _schedule[t]));
        for (var k = 0; k < TechnologyAdopted.Length; k++)
        {
            TechnologyInPlace[k][t] = (t == 0 ? 0 : TechnologyInPlace[k][t - 1]) + TechnologyAdopted[k][t];
        }
    }
}
