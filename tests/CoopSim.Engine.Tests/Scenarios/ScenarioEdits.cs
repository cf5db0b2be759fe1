using CoopSim.Engine.Scenarios;

namespace CoopSim.Engine.Tests.Scenarios;

/// <summary>
/// Edits of the kinds a planner makes in the terminal UI, drawn from a code so that property tests
/// can generate and shrink them: numbers and texts changed or cleared, dictionary entries set and
/// removed, programmes, phases, cities and funding cuts added and removed. New items go last, as
/// the UI adds them.
/// </summary>
internal static class ScenarioEdits
{
    public static void Apply(ScenarioDocument document, int code)
    {
        var random = new Random(code);
        switch (random.Next(12))
        {
            case 0:
                EditHeader(document, random);
                break;
            case 1:
                EditCity(document, random);
                break;
            case 2:
            case 3:
                EditSector(document, random);
                break;
            case 4:
                EditCapacity(document, random);
                break;
            case 5:
            case 6:
                EditPhase(document, random);
                break;
            case 7:
                EditProgrammes(document, random);
                break;
            case 8:
                EditFundingCuts(document, random);
                break;
            case 9:
                EditCities(document, random);
                break;
            case 10:
                EditTechnologies(document, random);
                break;
            default:
                document.Description = random.Next(3) == 0 ? null : $"edited description {random.Next(100)}";
                break;
        }
    }

    private static double Number(Random random) => Math.Round(random.NextDouble() * 100, random.Next(4));

    private static T? Pick<T>(IReadOnlyList<T> items, Random random) where T : class =>
        items.Count == 0 ? null : items[random.Next(items.Count)];

    private static void EditHeader(ScenarioDocument document, Random random)
    {
        switch (random.Next(5))
        {
            case 0:
                document.StartYear += random.Next(-3, 4);
                break;
            case 1:
                document.EndYear += random.Next(-3, 4);
                break;
            case 2:
                document.Seed = random.Next(0, 3);
                break;
            case 3:
                document.Name = $"edited {random.Next(1000)}";
                break;
            default:
                document.Source = random.Next(2) == 0 ? null : "cases.md W1 (edited)";
                break;
        }
    }

    private static void EditCity(ScenarioDocument document, Random random)
    {
        var city = Pick(document.Cities, random);
        if (city is null)
        {
            return;
        }

        switch (random.Next(4))
        {
            case 0:
                city.Population = 1000 + random.Next(1_000_000);
                break;
            case 1:
                city.PopulationGrowth = random.Next(3) == 0 ? 0 : Math.Round(random.NextDouble() * 0.05, 3);
                break;
            case 2:
                city.Name = random.Next(2) == 0 ? null : "Renamed";
                break;
            default:
                city.Sectors.Remove(city.Sectors.Keys.FirstOrDefault() ?? "");
                break;
        }
    }

    private static void EditSector(ScenarioDocument document, Random random)
    {
        var city = Pick(document.Cities, random);
        if (city is null)
        {
            return;
        }

        if (city.Sectors.Count == 0 || random.Next(6) == 0)
        {
            city.Sectors[$"sector{random.Next(3)}"] = new CitySectorDocument();
            return;
        }

        var sector = city.Sectors.Values.ElementAt(random.Next(city.Sectors.Count));
        var keys = sector.Parameters.Keys.ToList();
        switch (random.Next(4))
        {
            case 0 when keys.Count > 0:
                sector.Parameters.Remove(keys[random.Next(keys.Count)]);
                break;
            case 1:
                sector.Sources[$"p{random.Next(3)}"] = "assumption";
                break;
            case 2 when sector.Sources.Count > 0:
                sector.Sources.Remove(sector.Sources.Keys.First());
                break;
            default:
                var key = keys.Count > 0 && random.Next(2) == 0 ? keys[random.Next(keys.Count)] : $"p{random.Next(5)}";
                sector.Parameters[key] = Number(random);
                break;
        }
    }

    private static void EditCapacity(ScenarioDocument document, Random random)
    {
        var sector = document.Cities.SelectMany(c => c.Sectors.Values).ToList();
        var chosen = Pick(sector, random);
        if (chosen is null)
        {
            return;
        }

        if (random.Next(5) == 0)
        {
            chosen.Capacity = null;
            return;
        }

        chosen.Capacity ??= new CapacityDocument();
        var value = random.Next(4) == 0 ? (double?)null : Math.Round(random.NextDouble(), 2);
        switch (random.Next(4))
        {
            case 0:
                chosen.Capacity.Initial = value;
                break;
            case 1:
                chosen.Capacity.Ownership = value;
                break;
            case 2:
                chosen.Capacity.Leadership = value;
                break;
            default:
                chosen.Capacity.Turnover = value;
                break;
        }
    }

    private static void EditPhase(ScenarioDocument document, Random random)
    {
        var programme = Pick(document.Programmes, random);
        if (programme is null)
        {
            return;
        }

        var phase = Pick(programme.Phases, random);
        if (phase is null || random.Next(6) == 0)
        {
            programme.Phases.Add(NewPhase(programme, random));
            return;
        }

        switch (random.Next(8))
        {
            case 0:
                programme.Phases.Remove(phase);
                break;
            case 1:
                phase.From += random.Next(-2, 3);
                break;
            case 2:
                phase.To += random.Next(-2, 3);
                break;
            case 3:
                phase.Funding = random.Next(3) == 0 ? 0 : 1000 * random.Next(1, 500);
                break;
            case 4:
                phase.Activities.ExpertPersonMonths = random.Next(3) == 0 ? 0 : Number(random);
                break;
            case 5:
                phase.Activities.Trainees = random.Next(3) == 0 ? 0 : random.Next(1, 30);
                break;
            case 6:
                phase.Scheme = random.Next(3) == 0 ? null : $"scheme {random.Next(3)}";
                break;
            default:
                phase.Activities.Demonstrations = random.Next(3);
                break;
        }
    }

    private static PhaseDocument NewPhase(ProgrammeDocument programme, Random random)
    {
        var id = $"added-{random.Next(1000)}";
        while (programme.Phases.Any(p => p.Id == id))
        {
            id += "x";
        }

        return new PhaseDocument
        {
            Id = id,
            From = 2000 + random.Next(5),
            To = 2005 + random.Next(5),
            Scheme = "own budget",
            Funding = random.Next(2) * 50_000,
            Activities = new ActivitiesDocument { ExpertPersonMonths = random.Next(12), Trainees = random.Next(5) },
        };
    }

    private static void EditProgrammes(ScenarioDocument document, Random random)
    {
        switch (random.Next(3))
        {
            case 0 when document.Programmes.Count > 0:
                document.Programmes.RemoveAt(random.Next(document.Programmes.Count));
                break;
            case 1:
                document.Programmes.Clear();
                break;
            default:
                var id = $"new-programme-{random.Next(1000)}";
                while (document.Programmes.Any(p => p.Id == id))
                {
                    id += "x";
                }

                var programme = new ProgrammeDocument { Id = id, Partner = "a", City = "b", Sector = "water" };
                programme.Phases.Add(NewPhase(programme, random));
                document.Programmes.Add(programme);
                break;
        }
    }

    private static void EditFundingCuts(ScenarioDocument document, Random random)
    {
        if (document.FundingCuts.Count > 0 && random.Next(2) == 0)
        {
            document.FundingCuts.RemoveAt(random.Next(document.FundingCuts.Count));
            return;
        }

        document.FundingCuts.Add(new FundingCutDocument { Scheme = $"scheme {random.Next(3)}", FromYear = 2000 + random.Next(10) });
    }

    private static void EditCities(ScenarioDocument document, Random random)
    {
        if (document.Cities.Count > 1 && random.Next(2) == 0)
        {
            document.Cities.RemoveAt(random.Next(document.Cities.Count));
            return;
        }

        var id = $"city-{random.Next(1000)}";
        while (document.Cities.Any(c => c.Id == id))
        {
            id += "x";
        }

        document.Cities.Add(new CityDocument { Id = id, Population = 1000 + random.Next(100_000) });
    }

    private static void EditTechnologies(ScenarioDocument document, Random random)
    {
        var phase = Pick(document.Programmes.SelectMany(p => p.Phases).ToList(), random);
        if (phase is null)
        {
            return;
        }

        var technologies = phase.Activities.Technologies;
        if (technologies.Count > 0 && random.Next(2) == 0)
        {
            technologies.Remove(technologies.Keys.First());
        }
        else
        {
            technologies[$"tech{random.Next(3)}"] = random.Next(1, 20);
        }
    }
}
