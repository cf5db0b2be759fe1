namespace CoopSim.Abstractions;

/// <summary>
/// What cooperation brings a city in one sector in one year, summed over every programme in that
/// sector, and the local capacity that results. Capacity, not activity, moves outcomes: a model
/// should let activity act through <see cref="Capacity"/>.
/// </summary>
/// <param name="Capacity">The city's local capability in the sector, a fraction in [0, 1].</param>
/// <param name="ExpertPersonMonths">Expert time dispatched to the city this year (person-months).</param>
/// <param name="Trainees">City staff trained this year (people).</param>
/// <param name="Demonstrations">Demonstration projects running this year (projects).</param>
/// <param name="Funding">External and own funding of active phases this year (USD/year).</param>
/// <param name="ActivePhases">How many programme phases are active this year.</param>
public readonly record struct CooperationInputs(
    double Capacity,
    double ExpertPersonMonths,
    double Trainees,
    double Demonstrations,
    double Funding,
    int ActivePhases)
{
    /// <summary>
    /// The city's own capacity in the sector before any cooperation, a fraction in [0, 1] (since
    /// contract 1.2). A model that responds to capacity gained through cooperation measures it from
    /// here, so that no cooperation leaves the city on its own baseline. Defaults to 0 for inputs
    /// built without it.
    /// </summary>
    public double InitialCapacity { get; init; }

    /// <summary>
    /// The part of <see cref="Capacity"/> that is embedded in the organisation: routines and written
    /// procedures, staff who train others, a budget line (since contract 1.2). Staff turnover does
    /// not wear it away, and it never falls from one year to the next; it lies between
    /// <see cref="InitialCapacity"/> and <see cref="Capacity"/>. Defaults to 0 for inputs built
    /// without it.
    /// </summary>
    public double EmbeddedCapacity { get; init; }
}
