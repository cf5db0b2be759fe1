using System.Globalization;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Reporting;

namespace CoopSim.Tui.ViewModels;

/// <summary>A line of information in the browser: a heading and what lies under it.</summary>
public sealed class InfoNode(string title, IReadOnlyList<InfoNode> children, string description = "")
{
    public string Title { get; } = title;

    public IReadOnlyList<InfoNode> Children { get; } = children;

    public string Description { get; } = description;

    public override string ToString() => Title;
}

/// <summary>The loaded sector plugins as the browser lists them: version, metrics, parameters, technologies; and the refused ones with why.</summary>
public static class PluginListing
{
    public static InfoNode Build(PluginCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var sectors = catalog.Sectors.Select(Sector).ToList();
        if (catalog.Refusals.Count > 0)
        {
            sectors.Add(new InfoNode($"refused ({catalog.Refusals.Count})",
                catalog.Refusals.Select(r => new InfoNode(r.ToString(), [], r.ToString())).ToList(),
                "Plugins that were found but not loaded, with the reason."));
        }

        return new InfoNode($"Plugins ({catalog.Sectors.Count})", sectors, "The sector plugins this CoopSim loaded.");
    }

    private static InfoNode Sector(LoadedSector sector)
    {
        var d = sector.Descriptor;
        var metrics = d.Metrics
            .Select(m => new InfoNode($"{m.Id} ({DisplayUnits.Unit(m.Unit)})", [], m.Description))
            .ToList();
        var parameters = d.Parameters
            .Select(p => new InfoNode(string.Create(CultureInfo.InvariantCulture,
                    $"{p.Id} = {ValueText.Number(p.Default, p.Unit)}"), [],
                string.Create(CultureInfo.InvariantCulture,
                    $"{p.Description} Range {ValueText.Number(p.Minimum, p.Unit)} to {ValueText.Number(p.Maximum, p.Unit)}.")))
            .ToList();
        var technologies = d.Technologies.Select(t => new InfoNode($"{t.Id} ({t.Unit})", [], t.Description)).ToList();
        var where = sector.Folder == PluginCatalog.InProcess ? sector.Folder : sector.AssemblyPath;
        return new InfoNode($"{d.Id} {d.Version}", [
            new InfoNode($"metrics ({metrics.Count})", metrics, "What the model writes every year."),
            new InfoNode($"parameters ({parameters.Count})", parameters, "What a scenario may set per city, with defaults."),
            new InfoNode($"technologies ({technologies.Count})", technologies, "What a programme phase may adopt."),
        ], $"{d.DisplayName} {d.Version} (contract {sector.BuiltAgainst.ToString(2)}): {d.Description} Loaded from {where}.");
    }
}
