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
/// <param name="Funding">External and own funding of active phases this year (USD).</param>
/// <param name="ActivePhases">How many programme phases are active this year.</param>
public readonly record struct CooperationInputs(
    double Capacity,
    double ExpertPersonMonths,
    double Trainees,
    double Demonstrations,
    double Funding,
    int ActivePhases);
