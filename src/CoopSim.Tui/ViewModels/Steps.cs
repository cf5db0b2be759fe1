namespace CoopSim.Tui.ViewModels;

/// <summary>
/// How far one press of + or - moves a value: a percentage point for shares, one for whole numbers,
/// a round fiftieth of a declared range (not of a plausibility ceiling), else about 5% of the value.
/// </summary>
internal static class Steps
{
    private const string Fraction = "fraction";

    public static double For(EditorField field, double current)
    {
        if (field.Kind == FieldKind.WholeNumber)
        {
            return 1;
        }

        if (field.Unit == Fraction)
        {
            return 0.01;
        }

        if (!field.MaximumIsCeiling && field.Minimum is { } min && field.Maximum is { } max && max > min)
        {
            return PowerOfTenAtMost((max - min) / 50);
        }

        return Math.Max(1, RoundToTwoFigures(Math.Abs(current) * 0.05));
    }

    /// <summary>Rounds to the step's own precision, so that repeated steps do not collect binary noise.</summary>
    public static double Round(double value, double step)
    {
        var decimals = Math.Clamp((int)Math.Ceiling(-Math.Log10(step)) + 1, 0, 12);
        return Math.Round(value, decimals);
    }

    private static double PowerOfTenAtMost(double value) => Math.Pow(10, Math.Floor(Math.Log10(value)));

    private static double RoundToTwoFigures(double value)
    {
        if (value <= 0)
        {
            return 0;
        }

        var scale = Math.Pow(10, Math.Floor(Math.Log10(value)) - 1);
        return Math.Round(value / scale) * scale;
    }
}
