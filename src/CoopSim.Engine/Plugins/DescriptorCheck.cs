using System.Text.RegularExpressions;
using CoopSim.Abstractions;

namespace CoopSim.Engine.Plugins;

/// <summary>
/// The load-time checks of a plugin's declaration: a plugin that declares nonsense is refused
/// with every reason at once, before any scenario uses it.
/// </summary>
public static partial class DescriptorCheck
{
    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex SectorIdPattern();

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex MemberIdPattern();

    public static IReadOnlyList<string> Problems(SectorDescriptor descriptor, Version? builtAgainst)
    {
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

        CheckParameters(descriptor.Parameters ?? [], problems);
        CheckMetrics(descriptor.Metrics ?? [], problems);
        CheckIds("published signal", (descriptor.Publishes ?? []).Select(s => (s.Id, s.Unit)), problems);
        CheckIds("read signal", (descriptor.Reads ?? []).Select(s => (s.Id, "-")), problems);
        CheckIds("technology", (descriptor.Technologies ?? []).Select(t => (t.Id, t.Unit)), problems);
        foreach (var read in descriptor.Reads ?? [])
        {
            if (!read.Lagged && (descriptor.Publishes ?? []).Any(p => p.Id == read.Id))
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

    private static void CheckParameters(IReadOnlyList<ParameterDeclaration> parameters, List<string> problems)
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
                problems.Add($"parameter '{p.Id}': minimum {p.Minimum} is greater than maximum {p.Maximum}");
            }
            else if (p.Default < p.Minimum || p.Default > p.Maximum)
            {
                problems.Add($"parameter '{p.Id}': default {p.Default} lies outside [{p.Minimum}, {p.Maximum}]");
            }
        }
    }

    private static void CheckMetrics(IReadOnlyList<MetricDeclaration> metrics, List<string> problems)
    {
        CheckIds("metric", metrics.Select(m => (m.Id, m.Unit)), problems);
        foreach (var m in metrics)
        {
            if (double.IsNaN(m.Minimum) || double.IsNaN(m.Maximum) || m.Minimum > m.Maximum)
            {
                problems.Add($"metric '{m.Id}': range [{m.Minimum}, {m.Maximum}] is empty");
            }
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
}
