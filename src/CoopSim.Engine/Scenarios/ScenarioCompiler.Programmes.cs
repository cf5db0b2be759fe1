using CoopSim.Engine.Json;
using CoopSim.Engine.Plugins;

namespace CoopSim.Engine.Scenarios;

public sealed partial class ScenarioCompiler
{
    private List<ResolvedProgramme> ResolveProgrammes(ScenarioDocument document, List<ResolvedCity> cities)
    {
        var byId = cities.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var cuts = document.FundingCuts
            .GroupBy(c => c.Scheme, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(c => c.FromYear), StringComparer.Ordinal);
        var programmes = new List<ResolvedProgramme>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Programmes.Count; i++)
        {
            var programme = document.Programmes[i];
            var path = JsonPath.Index("$.programmes", i);
            if (!ValueRules.IsId(programme.Id))
            {
                Problem($"{path}.id", $"programme id '{programme.Id}' must be lower case letters, digits and '-'");
            }
            else if (!seen.Add(programme.Id))
            {
                Problem($"{path}.id", $"programme id '{programme.Id}' is used twice");
            }

            var partner = FindCity($"{path}.partner", programme.Partner, byId);
            var city = FindCity($"{path}.city", programme.City, byId);
            var sector = FindSector($"{path}.sector", programme.Sector);
            if (partner is not null && city is not null && partner.Id == city.Id)
            {
                Problem($"{path}.partner", $"'{city.Id}' cannot be its own partner");
            }

            if (city is not null && sector is not null && city.Sector(sector.Id) is null)
            {
                Problem($"{path}.sector",
                    $"city '{city.Id}' does not simulate sector '{sector.Id}'; add \"{sector.Id}\": {{}} under its 'sectors'");
            }

            var phases = ResolvePhases(document, path, programme, sector, cuts);
            if (partner is not null && city is not null && sector is not null)
            {
                programmes.Add(new ResolvedProgramme(programme.Id, partner, city, sector, phases));
            }
        }

        return programmes;
    }

    private ResolvedCity? FindCity(string path, string id, Dictionary<string, ResolvedCity> byId)
    {
        if (byId.TryGetValue(id, out var city))
        {
            return city;
        }

        var hint = DocumentBinder.Suggest(id, byId.Keys) is { } s ? $"; did you mean '{s}'?" : "";
        Problem(path, $"unknown city '{id}'{hint} (cities: {string.Join(", ", byId.Keys)})");
        return null;
    }

    private List<ResolvedPhase> ResolvePhases(ScenarioDocument document, string path, ProgrammeDocument programme, LoadedSector? sector, Dictionary<string, int> cuts)
    {
        var phases = new List<ResolvedPhase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var technologies = sector?.Descriptor.Technologies ?? [];
        for (var j = 0; j < programme.Phases.Count; j++)
        {
            var phase = programme.Phases[j];
            var phasePath = JsonPath.Index($"{path}.phases", j);
            if (!seen.Add(phase.Id))
            {
                Problem($"{phasePath}.id", $"phase id '{phase.Id}' is used twice in programme '{programme.Id}'");
            }

            if (phase.To < phase.From)
            {
                Problem($"{phasePath}.to", $"the phase's years are inverted: 'to' {phase.To} is before 'from' {phase.From}");
                continue;
            }

            if (phase.To < document.StartYear || phase.From > document.EndYear)
            {
                // As a capacity change outside the years is refused: a phase that can never act is a mistake.
                Problem($"{phasePath}.from", $"the phase's years {phase.From}-{phase.To} are outside the simulated years {document.StartYear}-{document.EndYear}");
            }

            var funding = _fields.Of<PhaseDocument>(nameof(PhaseDocument.Funding));
            WithinLimit($"{phasePath}.{funding.Name}", phase.Funding, funding);
            var activities = phase.Activities;
            var activitiesPath = $"{phasePath}.{_fields.Of<PhaseDocument>(nameof(PhaseDocument.Activities)).Name}";
            foreach (var activity in _fields.FieldsOf<ActivitiesDocument>().Where(f => f.Kind == "number"))
            {
                WithinLimit($"{activitiesPath}.{activity.Name}", (double)activity.Property.GetValue(activities)!, activity);
            }

            var technologiesField = _fields.Of<ActivitiesDocument>(nameof(ActivitiesDocument.Technologies));
            var perTechnology = new double[technologies.Count];
            foreach (var (id, units) in activities.Technologies)
            {
                var techPath = JsonPath.Property($"{activitiesPath}.{technologiesField.Name}", id);
                var index = technologies.ToList().FindIndex(t => t.Id == id);
                if (index < 0)
                {
                    if (sector is not null)
                    {
                        var known = technologies.Select(t => t.Id).ToList();
                        var hint = DocumentBinder.Suggest(id, known) is { } s ? $"did you mean '{s}'? " : "";
                        Problem(techPath, $"sector '{sector.Id}' has no technology '{id}'; {hint}(technologies: {string.Join(", ", known)})");
                    }

                    continue;
                }

                WithinLimit(techPath, units, technologiesField);
                perTechnology[index] = units;
            }

            var scheme = phase.Scheme ?? "";
            var to = cuts.TryGetValue(scheme, out var cutFrom) ? Math.Min(phase.To, cutFrom - 1) : phase.To;
            if (to < phase.From)
            {
                continue;
            }

            var fundingPerYear = phase.Funding / (phase.To - phase.From + 1);
            phases.Add(new ResolvedPhase(phase.Id, scheme, phase.From, to, fundingPerYear,
                activities.ExpertPersonMonths, activities.Trainees, activities.Demonstrations, perTechnology));
        }

        return phases;
    }

    private void CheckFundingCuts(ScenarioDocument document)
    {
        var schemes = document.Programmes.SelectMany(p => p.Phases).Select(p => p.Scheme).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < document.FundingCuts.Count; i++)
        {
            var cut = document.FundingCuts[i];
            if (!schemes.Contains(cut.Scheme))
            {
                var hint = DocumentBinder.Suggest(cut.Scheme, schemes) is { } s ? $"did you mean '{s}'? " : "";
                Problem($"$.fundingCuts[{i}].scheme", $"no phase is funded by scheme '{cut.Scheme}'; {hint}(schemes: {string.Join(", ", schemes)})");
            }
        }
    }
}
