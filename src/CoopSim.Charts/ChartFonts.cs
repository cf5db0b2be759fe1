namespace CoopSim.Charts;

/// <summary>
/// The chart font, shipped beside this assembly. The graphics library finds fonts by scanning the
/// system's font folders and silently draws no text where there are none (a bare server, a CI
/// container), so charts always use this font, registered under a name of its own.
/// </summary>
public static class ChartFonts
{
    /// <summary>The name charts ask for; no system font has it, so only the bundled files can answer.</summary>
    public const string Family = "CoopSim Chart Sans";

    private static readonly Lazy<bool> Registered = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The <c>fonts</c> folder beside this assembly (beside the executable when published as one file).</summary>
    public static string Folder
    {
        get
        {
            var location = typeof(ChartFonts).Assembly.Location;
            return Path.Combine(location.Length == 0 ? AppContext.BaseDirectory : Path.GetDirectoryName(location)!, "fonts");
        }
    }

    public static string Regular => Path.Combine(Folder, "DejaVuSans.ttf");

    public static string Bold => Path.Combine(Folder, "DejaVuSans-Bold.ttf");

    /// <summary>Registers the bundled regular and bold faces and makes them the default (once per process).</summary>
    public static void EnsureRegistered() => _ = Registered.Value;

    private static bool Register()
    {
        foreach (var file in new[] { Regular, Bold })
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"the chart font is missing: {file}; reinstall CoopSim", file);
            }
        }

        ScottPlot.Fonts.AddFontFile(Family, Regular, bold: false, italic: false);
        ScottPlot.Fonts.AddFontFile(Family, Bold, bold: true, italic: false);
        ScottPlot.Fonts.Default = Family;
        return true;
    }
}
