namespace CoopSim.Testing;

/// <summary>Thrown by <see cref="SectorConformance.Verify"/> when a plugin breaks the contract; the message lists every failed rule.</summary>
public sealed class ConformanceException : Exception
{
    /// <summary>Creates the exception for a report with failures.</summary>
    /// <param name="report">The report.</param>
    public ConformanceException(ConformanceReport report)
        : base((report ?? throw new ArgumentNullException(nameof(report))).ToString()) => Report = report;

    /// <summary>Creates an exception with a message only.</summary>
    public ConformanceException()
        : this(new ConformanceReport("", []))
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public ConformanceException(string message)
        : base(message) => Report = new ConformanceReport("", []);

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConformanceException(string message, Exception innerException)
        : base(message, innerException) => Report = new ConformanceReport("", []);

    /// <summary>The full report.</summary>
    public ConformanceReport Report { get; }
}
