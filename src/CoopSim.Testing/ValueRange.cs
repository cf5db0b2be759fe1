namespace CoopSim.Testing;

/// <summary>A closed range of values, used to tell the kit what a read signal may carry.</summary>
/// <param name="Minimum">The smallest value (inclusive).</param>
/// <param name="Maximum">The largest value (inclusive).</param>
public readonly record struct ValueRange(double Minimum, double Maximum)
{
    /// <summary>Whether both ends are finite and <see cref="Minimum"/> is not above <see cref="Maximum"/>.</summary>
    public bool IsBounded => double.IsFinite(Minimum) && double.IsFinite(Maximum) && Minimum <= Maximum;
}
