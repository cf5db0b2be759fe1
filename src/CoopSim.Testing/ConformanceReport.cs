using System.Text;

namespace CoopSim.Testing;

/// <summary>The outcome of one conformance rule.</summary>
/// <param name="Rule">The rule's short name, such as <c>contract</c> or <c>baseline</c>.</param>
/// <param name="Description">What the rule requires, in one sentence.</param>
/// <param name="Failure">Why the plugin fails it, with the smallest case found; null when it passes.</param>
/// <param name="Notes">What the rule could not test, and why.</param>
public sealed record ConformanceResult(string Rule, string Description, string? Failure, IReadOnlyList<string> Notes)
{
    /// <summary>Whether the plugin keeps the rule.</summary>
    public bool Passed => Failure is null;
}

/// <summary>Every conformance rule's outcome for one plugin.</summary>
/// <param name="SectorId">The sector id, or the plugin type when the declaration could not be read.</param>
/// <param name="Results">One result per rule, in the order they ran.</param>
public sealed record ConformanceReport(string SectorId, IReadOnlyList<ConformanceResult> Results)
{
    /// <summary>Whether every rule passed.</summary>
    public bool Passed => Results.All(r => r.Passed);

    /// <summary>The failed rules.</summary>
    public IReadOnlyList<ConformanceResult> Failures => Results.Where(r => !r.Passed).ToList();

    /// <summary>A readable account: each rule with ok or FAIL, the reasons and the notes.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("Conformance of sector '").Append(SectorId).Append("': ")
            .Append(Passed ? "passed" : $"{Failures.Count} of {Results.Count} rules failed").AppendLine();
        foreach (var result in Results)
        {
            text.Append(result.Passed ? "  ok    " : "  FAIL  ").Append(result.Rule).Append(": ").AppendLine(result.Description);
            if (result.Failure is not null)
            {
                foreach (var line in result.Failure.Split('\n'))
                {
                    text.Append("          ").AppendLine(line.TrimEnd('\r'));
                }
            }

            foreach (var note in result.Notes)
            {
                text.Append("        note: ").AppendLine(note);
            }
        }

        return text.ToString();
    }
}
