namespace CoopSim.Sectors.Waste;

/// <summary>
/// Separate collection of organics by source for composting. Each source (households, markets,
/// restaurants and hotels) is served by collection routes of a given capacity; what a served
/// generator puts out separately is its participation. Households' participation is their
/// separating practice (Bass diffusion, <see cref="HouseholdPractice"/>); markets' and
/// restaurants' and hotels' participation moves towards a capacity-dependent target with a lag:
/// p(t) = p(t−1) + (target − p(t−1))·(1 − e^(−1/τ)), target = separation × support, and only
/// while the source is served (docs/models/waste.md, "Separate collection").
/// </summary>
internal sealed class SeparateCollection
{
    private readonly WasteParameters _parameters;
    private readonly double _adjustment;
    private bool _started;
    private double _householdService;
    private double _marketService;
    private double _hospitalityService;

    public SeparateCollection(WasteParameters parameters)
    {
        _parameters = parameters;
        _adjustment = parameters.CollectionLag > 0 ? 1.0 - Math.Exp(-1.0 / parameters.CollectionLag) : 1.0;
    }

    /// <summary>Share of served market organics put out separately.</summary>
    public double MarketParticipation { get; private set; }

    /// <summary>Share of served restaurant and hotel organics put out separately.</summary>
    public double HospitalityParticipation { get; private set; }

    /// <summary>
    /// This year's routes (existing ones included) and participation. Sources served by routes that
    /// existed before the run start at their target: the practice is already established.
    /// </summary>
    /// <param name="householdRoutes">Routes collecting households' separated organics.</param>
    /// <param name="marketRoutes">Routes collecting market organics.</param>
    /// <param name="hospitalityRoutes">Routes collecting restaurant and hotel organics.</param>
    /// <param name="support">How well programmes work at the city's capacity, in [0, 1].</param>
    public void Advance(double householdRoutes, double marketRoutes, double hospitalityRoutes, double support)
    {
        var p = _parameters;
        var marketTarget = p.MarketSeparation * support;
        var hospitalityTarget = p.HospitalitySeparation * support;
        if (!_started)
        {
            MarketParticipation = p.ExistingMarketRoutes > 0 ? marketTarget : 0.0;
            HospitalityParticipation = p.ExistingHospitalityRoutes > 0 ? hospitalityTarget : 0.0;
            _started = true;
        }

        MarketParticipation = Adjust(MarketParticipation, marketTarget, marketRoutes);
        HospitalityParticipation = Adjust(HospitalityParticipation, hospitalityTarget, hospitalityRoutes);

        _householdService = Math.Max(0.0, householdRoutes) * p.OrganicRouteCapacity;
        _marketService = Math.Max(0.0, marketRoutes) * p.OrganicRouteCapacity;
        _hospitalityService = Math.Max(0.0, hospitalityRoutes) * p.OrganicRouteCapacity;
    }

    /// <summary>Organics collected separately from households this year (t/day).</summary>
    /// <param name="setAside">Organics that separating households set aside (t/day).</param>
    public double FromHouseholds(double setAside) => Math.Min(_householdService, Math.Max(0.0, setAside));

    /// <summary>Organics collected separately from markets this year (t/day).</summary>
    /// <param name="generated">Organic waste arising at markets (t/day).</param>
    public double FromMarkets(double generated) => Math.Min(_marketService, Math.Max(0.0, generated)) * MarketParticipation;

    /// <summary>Organics collected separately from restaurants and hotels this year (t/day).</summary>
    /// <param name="generated">Organic waste arising at restaurants and hotels (t/day).</param>
    public double FromHospitality(double generated) => Math.Min(_hospitalityService, Math.Max(0.0, generated)) * HospitalityParticipation;

    private double Adjust(double participation, double target, double routes) =>
        routes > 0 ? participation + ((target - participation) * _adjustment) : participation;
}
