using System.Globalization;
using CoopSim.Abstractions;
using CoopSim.Engine.Json;
using CoopSim.Engine.Simulation;

namespace CoopSim.Engine.Scenarios;

public sealed partial class ScenarioCompiler
{
    /// <summary>The cooperation layer's metric every simulated sector reports.</summary>
    private static readonly MetricDeclaration CapacityMetric =
        new(MetricSeries.CooperationPrefix + "capacity", "fraction", "Local capacity in the sector (cooperation layer)") { Minimum = 0, Maximum = 1 };

    /// <summary>
    /// Checks <c>observations</c>: a simulated city-sector, a metric it reports, a year inside the
    /// run, a value inside the metric's range, a positive uncertainty and a source; one value per
    /// metric, city and year.
    /// </summary>
    private List<ObservedValue> ResolveObservations(ScenarioDocument document, List<ResolvedCity> cities)
    {
        var observations = new List<ObservedValue>();
        var byId = cities.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Observations.Count; i++)
        {
            var o = document.Observations[i];
            var path = JsonPath.Index("$.observations", i);
            if (o.Id is { } id && (!ValueRules.IsId(id) || !ids.Add(id)))
            {
                Problem($"{path}.id", ids.Contains(id) && ValueRules.IsId(id)
                    ? $"observation id '{id}' is used twice"
                    : $"observation id '{id}' must be lower case letters, digits and '-'");
            }

            var metric = FindObservedMetric(path, o, byId);
            if (o.Year < document.StartYear || o.Year > document.EndYear)
            {
                // An observation inherited from a parent with a longer run belongs to that run: a child
                // that shortens the years (a later start, an earlier end) leaves it out.
                if (_source.LocationOf(path).File != Diagnostics.DisplayPath.Of(_source.Path))
                {
                    continue;
                }

                Problem($"{path}.year", $"year {o.Year} is outside the simulated years {document.StartYear}-{document.EndYear}");
            }

            if (metric is not null && !(o.Value >= metric.Minimum && o.Value <= metric.Maximum))
            {
                Problem($"{path}.value", $"{Text(o.Value)} is outside the range of '{metric.Id}' ({Text(metric.Minimum)} to {Text(metric.Maximum)} {metric.Unit})" +
                                         (metric.Unit == "fraction" ? "; shares are fractions (0.2 for 20%)" : ""));
            }

            var uncertainty = _fields.Of<ObservedValueDocument>(nameof(ObservedValueDocument.Uncertainty));
            if (!uncertainty.Accepts(o.Uncertainty) || !double.IsFinite(o.Uncertainty))
            {
                Problem($"{path}.{uncertainty.Name}",
                    $"the uncertainty must be {uncertainty.RangeText()} (one standard deviation in the metric's unit), found {Text(o.Uncertainty)}");
            }

            if (string.IsNullOrWhiteSpace(o.Source))
            {
                Problem($"{path}.source", "an observation must say where it comes from, e.g. \"cases.md W3\"");
            }

            if (!seen.Add($"{o.City}/{o.Sector}/{o.Metric}/{o.Year}"))
            {
                Problem(path, $"'{o.Metric}' of '{o.City}' in {o.Year} is observed twice; keep one value (widen its uncertainty if sources differ)");
            }

            observations.Add(new ObservedValue(o.City, o.Sector, o.Metric, o.Year, o.Value, o.Uncertainty, o.Source, path));
        }

        return observations;
    }

    private MetricDeclaration? FindObservedMetric(string path, ObservedValueDocument o, Dictionary<string, ResolvedCity> byId)
    {
        var city = FindCity($"{path}.city", o.City, byId);
        if (city is null)
        {
            return null;
        }

        var sector = city.Sector(o.Sector);
        if (sector is null)
        {
            var simulated = city.Sectors.Select(s => s.Sector.Id).ToList();
            var list = simulated.Count == 0 ? "it simulates no sector" : "it simulates " + string.Join(", ", simulated);
            Problem($"{path}.sector", $"city '{city.Id}' does not simulate sector '{o.Sector}'; {list}");
            return null;
        }

        if (o.Metric == CapacityMetric.Id)
        {
            return CapacityMetric;
        }

        var metrics = sector.Sector.Descriptor.Metrics;
        var metric = metrics.FirstOrDefault(m => m.Id == o.Metric);
        if (metric is null)
        {
            var known = metrics.Select(m => m.Id).Append(CapacityMetric.Id).ToList();
            var hint = DocumentBinder.Suggest(o.Metric, known) is { } s ? $"; did you mean '{s}'?" : "";
            Problem($"{path}.metric", $"sector '{o.Sector}' has no metric '{o.Metric}'{hint} (metrics: {string.Join(", ", known)})");
        }

        return metric;
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
