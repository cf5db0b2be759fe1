using System.Globalization;
using System.Text.RegularExpressions;
using CoopSim.Abstractions;

namespace CoopSim.ContractRules;

/// <summary>
/// The rules a sector's declaration must keep, in one place for the host's load-time check and
/// the conformance kit, so that an author's tests and the host never disagree about what is nonsense.
/// </summary>
public static partial class DescriptorRules
{
    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex SectorIdPattern();

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex MemberIdPattern();

    /// <summary>Every problem with the declaration, in words an author can act on; empty when it is sound.</summary>
    /// <param name="descriptor">The declaration.</param>
    /// <param name="builtAgainst">The contract version the assembly was compiled against, when known.</param>
    public static IReadOnlyList<string> Problems(SectorDescriptor? descriptor, Version? builtAgainst)
    {
        if (descriptor is null)
        {
            return ["the descriptor is null"];
        }

        var problems = new List<string>();
        if (descriptor.Id is null || !SectorIdPattern().IsMatch(descriptor.Id))
        {
            problems.Add($"sector id '{descriptor.Id}' must be lower case letters, digits and '-', starting with a letter");
        }

        if (string.IsNullOrWhiteSpace(descriptor.DisplayName))
        {
            problems.Add("the display name is empty");
        }

        if (descriptor.Version is null)
        {
            problems.Add("the plugin version is missing");
        }

        if (descriptor.ContractVersion is null)
        {
            problems.Add("the contract version is missing; set ContractVersion = ContractVersion.Current");
        }
        else if (builtAgainst is not null && descriptor.ContractVersion.Major != builtAgainst.Major)
        {
            problems.Add($"declares contract {descriptor.ContractVersion.ToString(2)} but was compiled against {builtAgainst.ToString(2)}");
        }

        var publishes = WithoutNulls(descriptor.Publishes, "published signal", problems);
        var reads = WithoutNulls(descriptor.Reads, "read signal", problems);
        CheckParameters(WithoutNulls(descriptor.Parameters, "parameter", problems), problems);
        CheckMetrics(WithoutNulls(descriptor.Metrics, "metric", problems), problems);
        CheckIds("published signal", publishes.Select(s => (s.Id, s.Unit)), problems);
        CheckIds("read signal", reads.Select(s => (s.Id, "-")), problems);
        CheckIds("technology", WithoutNulls(descriptor.Technologies, "technology", problems).Select(t => (t.Id, t.Unit)), problems);
        foreach (var signal in publishes)
        {
            CheckRange($"published signal '{signal.Id}'", signal.Minimum, signal.Maximum, problems);
        }

        foreach (var read in reads)
        {
            CheckRange($"read signal '{read.Id}'", read.Minimum, read.Maximum, problems);
            if (!read.Lagged && publishes.Any(p => p.Id == read.Id))
            {
                problems.Add($"reads its own signal '{read.Id}' in the same year; read it lagged or not at all");
            }
        }

        if ((descriptor.Metrics ?? []).Count == 0)
        {
            problems.Add("declares no metrics; a sector must report at least one outcome");
        }

        return problems;
    }

    private static List<T> WithoutNulls<T>(IReadOnlyList<T>? items, string kind, List<string> problems)
        where T : class
    {
        var list = new List<T>();
        foreach (var item in items ?? [])
        {
            if (item is null)
            {
                problems.Add($"a {kind} declaration is null");
                continue;
            }

            list.Add(item);
        }

        return list;
    }

    private static void CheckParameters(List<ParameterDeclaration> parameters, List<string> problems)
    {
        CheckIds("parameter", parameters.Select(p => (p.Id, p.Unit)), problems);
        foreach (var p in parameters)
        {
            if (!double.IsFinite(p.Minimum) || !double.IsFinite(p.Maximum) || !double.IsFinite(p.Default))
            {
                problems.Add($"parameter '{p.Id}': minimum, maximum and default must be finite numbers");
            }
            else if (p.Minimum > p.Maximum)
            {
                problems.Add($"parameter '{p.Id}': minimum {Number(p.Minimum)} is greater than maximum {Number(p.Maximum)}");
            }
            else if (p.Default < p.Minimum || p.Default > p.Maximum)
            {
                problems.Add($"parameter '{p.Id}': default {Number(p.Default)} lies outside [{Number(p.Minimum)}, {Number(p.Maximum)}]");
            }
        }
    }

    private static void CheckMetrics(List<MetricDeclaration> metrics, List<string> problems)
    {
        CheckIds("metric", metrics.Select(m => (m.Id, m.Unit)), problems);
        foreach (var m in metrics)
        {
            CheckRange($"metric '{m.Id}'", m.Minimum, m.Maximum, problems);
        }
    }

    private static void CheckRange(string what, double minimum, double maximum, List<string> problems)
    {
        if (double.IsNaN(minimum) || double.IsNaN(maximum) || minimum > maximum)
        {
            problems.Add($"{what}: range [{Number(minimum)}, {Number(maximum)}] is empty");
        }
    }

    private static void CheckIds(string kind, IEnumerable<(string Id, string Unit)> items, List<string> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, unit) in items)
        {
            if (id is null || !MemberIdPattern().IsMatch(id))
            {
                problems.Add($"{kind} id '{id}' must be camelCase letters and digits, starting with a lower case letter");
                continue;
            }

            if (!seen.Add(id))
            {
                problems.Add($"{kind} '{id}' is declared twice");
            }

            if (string.IsNullOrWhiteSpace(unit))
            {
                problems.Add($"{kind} '{id}' has no unit");
            }
        }
    }

    private static string Number(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
