using CoopSim.Abstractions;
using CoopSim.Engine.Plugins;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// A scenario after merging, binding and checking against the loaded plugins: immutable, with
/// every default filled in and every reference resolved. Many runs may share one.
/// </summary>
public sealed class ResolvedScenario
{
    internal ResolvedScenario(
        ScenarioSource source,
        IReadOnlyList<ResolvedCity> cities,
        IReadOnlyList<LoadedSector> sectorOrder,
        IReadOnlyList<ResolvedProgramme> programmes,
        IReadOnlyList<CapacityChange>? capacityChanges = null,
        IReadOnlyList<ObservedValue>? observations = null)
    {
        Source = source;
        Document = source.Document!;
        Cities = cities;
        SectorOrder = sectorOrder;
        Programmes = programmes;
        CapacityChanges = capacityChanges ?? [];
        Observations = observations ?? [];
    }

    public ScenarioSource Source { get; }

    public ScenarioDocument Document { get; }

    public string Name => Document.Name;

    public int StartYear => Document.StartYear;

    public int EndYear => Document.EndYear;

    public int YearCount => EndYear - StartYear + 1;

    public int Seed => Document.Seed;

    /// <summary>Every city, in file order; partner cities have no sectors.</summary>
    public IReadOnlyList<ResolvedCity> Cities { get; }

    /// <summary>The sectors any city simulates, in the order they step each year (publishers before readers).</summary>
    public IReadOnlyList<LoadedSector> SectorOrder { get; }

    public IReadOnlyList<ResolvedProgramme> Programmes { get; }

    /// <summary>Changes in capacity settings from a year on, in file order.</summary>
    public IReadOnlyList<CapacityChange> CapacityChanges { get; }

    /// <summary>Measured values to check runs against, in file order.</summary>
    public IReadOnlyList<ObservedValue> Observations { get; }

    /// <summary>
    /// This scenario with some inputs set to other values (an ensemble's run): city sectors that
    /// change are copied, everything else is shared; programmes are relinked to the new cities.
    /// </summary>
    internal ResolvedScenario WithInputs(IReadOnlyList<UncertainInput> inputs, IReadOnlyList<double> values)
    {
        if (inputs.Count == 0)
        {
            return this;
        }

        var cities = Cities.Select(city => new ResolvedCity(city.Index, city.Facts, [.. city.Sectors.Select(sector =>
        {
            var parameters = new Dictionary<string, double>(sector.Parameters, StringComparer.Ordinal);
            var capacity = sector.Capacity;
            for (var i = 0; i < inputs.Count; i++)
            {
                var input = inputs[i];
                if (input.CityId != city.Id || input.SectorId != sector.Sector.Id)
                {
                    continue;
                }

                if (UncertainInputs.IsCapacity(input.Key))
                {
                    capacity = UncertainInputs.WithCapacity(capacity, input.Key, values[i]);
                }
                else
                {
                    parameters[input.Key] = values[i];
                }
            }

            return new ResolvedCitySector(sector.Sector, parameters, capacity, sector.Uncertain);
        })])).ToList();
        var byId = cities.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var programmes = Programmes.Select(p => new ResolvedProgramme(p.Id, byId[p.Partner.Id], byId[p.City.Id], p.Sector, p.Phases)).ToList();
        return new ResolvedScenario(Source, cities, SectorOrder, programmes, CapacityChanges, Observations);
    }
}

public sealed class ResolvedCity
{
    internal ResolvedCity(int index, CityFacts facts, IReadOnlyList<ResolvedCitySector> sectors)
    {
        Index = index;
        Facts = facts;
        Sectors = sectors;
    }

    public int Index { get; }

    public CityFacts Facts { get; }

    public string Id => Facts.Id;

    /// <summary>The sectors simulated for this city, in stepping order.</summary>
    public IReadOnlyList<ResolvedCitySector> Sectors { get; }

    public ResolvedCitySector? Sector(string sectorId) => Sectors.FirstOrDefault(s => s.Sector.Id == sectorId);
}

public sealed class ResolvedCitySector
{
    internal ResolvedCitySector(
        LoadedSector sector, IReadOnlyDictionary<string, double> parameters, CapacitySettings capacity,
        IReadOnlyDictionary<string, Distribution>? uncertain = null)
    {
        Sector = sector;
        Parameters = parameters;
        Capacity = capacity;
        Uncertain = uncertain ?? new Dictionary<string, Distribution>();
    }

    public LoadedSector Sector { get; }

    /// <summary>A value for every declared parameter: the scenario's or the default.</summary>
    public IReadOnlyDictionary<string, double> Parameters { get; }

    public CapacitySettings Capacity { get; }

    /// <summary>The distributions of the uncertain inputs, by parameter id or "capacity.&lt;setting&gt;" (docs/ensembles.md).</summary>
    public IReadOnlyDictionary<string, Distribution> Uncertain { get; }
}

/// <summary>A programme with references resolved and funding cuts applied to its phases.</summary>
public sealed class ResolvedProgramme
{
    internal ResolvedProgramme(string id, ResolvedCity partner, ResolvedCity city, LoadedSector sector, IReadOnlyList<ResolvedPhase> phases)
    {
        Id = id;
        Partner = partner;
        City = city;
        Sector = sector;
        Phases = phases;
    }

    public string Id { get; }

    public ResolvedCity Partner { get; }

    public ResolvedCity City { get; }

    public LoadedSector Sector { get; }

    public IReadOnlyList<ResolvedPhase> Phases { get; }
}

/// <summary>
/// A phase as it will run: <see cref="To"/> may be earlier than written when a funding cut ends it;
/// <see cref="FundingPerYear"/> spreads the written funding over the written years, so a cut phase
/// loses the years it no longer has.
/// </summary>
public sealed record ResolvedPhase(
    string Id,
    string Scheme,
    int From,
    int To,
    double FundingPerYear,
    double ExpertPersonMonths,
    double Trainees,
    double Demonstrations,
    IReadOnlyList<double> TechnologiesPerYear);
