using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// The Markdown tables of docs/scenarios.md, one per document class, written from a
/// <see cref="FieldCatalogue"/>. A table sits between <c>&lt;!-- fields: PATH --&gt;</c> and
/// <c>&lt;!-- end fields --&gt;</c>; <see cref="Update"/> rewrites every such block, so a test can
/// tell when the document and the catalogue differ.
/// </summary>
public static partial class FieldReference
{
    private const string End = "<!-- end fields -->";

    [GeneratedRegex(@"<!-- fields: (?<path>[^>]*?) -->\n(?<body>.*?)<!-- end fields -->", RegexOptions.Singleline)]
    private static partial Regex Block();

    /// <summary>The name a block gives a document class: its path in a file, or "(top level)".</summary>
    public static string NameOf(DocumentFields document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Path.Length == 0 ? "(top level)" : document.Path;
    }

    /// <summary>Every table, each in its markers, for pasting into a document.</summary>
    public static string Render(FieldCatalogue? fields = null) =>
        string.Join("\n", (fields ?? FieldCatalogue.Default).Documents.Select(d => $"<!-- fields: {NameOf(d)} -->\n{Table(d)}{End}\n"));

    /// <summary>The document with every marked block rewritten from the catalogue.</summary>
    /// <exception cref="ArgumentException">A block names a path the catalogue does not hold.</exception>
    public static string Update(string markdown, FieldCatalogue? fields = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var documents = (fields ?? FieldCatalogue.Default).Documents.ToDictionary(NameOf, StringComparer.Ordinal);
        return Block().Replace(markdown.ReplaceLineEndings("\n"), match =>
        {
            var path = match.Groups["path"].Value;
            if (!documents.TryGetValue(path, out var document))
            {
                throw new ArgumentException($"a fields block names '{path}', which is not a scenario document (known: {string.Join(", ", documents.Keys)})", nameof(markdown));
            }

            return $"<!-- fields: {path} -->\n{Table(document)}{End}";
        });
    }

    /// <summary>The paths of the marked blocks, in order.</summary>
    public static IReadOnlyList<string> BlocksIn(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Block().Matches(markdown.ReplaceLineEndings("\n")).Select(m => m.Groups["path"].Value).ToList();
    }

    public static string Table(DocumentFields document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        text.Append("| key | type | unit | range | default | example | meaning |\n");
        text.Append("|---|---|---|---|---|---|---|\n");
        foreach (var field in document.Fields)
        {
            var kind = field.IsRequired ? $"{field.Kind}, required" : field.Kind;
            var range = field.HasRange ? field.RangeText() : "";
            var fallback = field.Default is { } d ? FieldSpec.Number(d) : "";
            var example = field.Example is { } e ? FieldSpec.Number(e) : "";
            text.Append(CultureInfo.InvariantCulture, $"| `{field.Name}` | {kind} | {field.Unit} | {range} | {fallback} | {example} | {Cell(field.Description)} |\n");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
