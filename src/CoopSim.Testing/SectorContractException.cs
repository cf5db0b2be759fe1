namespace CoopSim.Testing;

/// <summary>
/// A plugin broke the contract during a run in the kit's harness: it threw, wrote a value that is
/// not finite or outside its declared range, left a metric or signal unwritten, or used a handle it
/// did not declare. The message names the year.
/// </summary>
public sealed class SectorContractException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SectorContractException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What the plugin did, and in which year.</param>
    public SectorContractException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the plugin's own exception.</summary>
    /// <param name="message">What the plugin did, and in which year.</param>
    /// <param name="innerException">The exception the plugin threw.</param>
    public SectorContractException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
