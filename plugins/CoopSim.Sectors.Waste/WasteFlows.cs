namespace CoopSim.Sectors.Waste;

/// <summary>
/// One year's waste pathways (t/day), in the order waste meets them: home composting, separation for
/// recycling (waste banks, buyers, pickers), compost plants fed by separate collection, then collection of the rest (what is not
/// collected is dumped in the open), intermediate treatment depots, incineration, and final disposal.
/// Generated = the sum of the pathways, to rounding. One instance per model, refilled every year.
/// </summary>
internal sealed class WasteFlows
{
    private readonly WasteParameters _parameters;
    private readonly double[] _landfilled = new double[Enum.GetValues<DegradableCategory>().Length];

    public WasteFlows(WasteParameters parameters) => _parameters = parameters;

    public double Generated { get; private set; }

    public double HomeComposted { get; private set; }

    public double Recycled { get; private set; }

    public double CentreComposted { get; private set; }

    public double OpenDumping { get; private set; }

    public double IntermediateTreatment { get; private set; }

    public double Incinerated { get; private set; }

    public double FinalDisposal { get; private set; }

    /// <summary>Organic waste kept from dumping and final disposal: composted at home, in centres or at depots.</summary>
    public double OrganicDiverted { get; private set; }

    /// <summary>Organics collected separately from households (t/day).</summary>
    public double SeparatedFromHouseholds { get; private set; }

    /// <summary>Organics collected separately from markets (t/day).</summary>
    public double SeparatedFromMarkets { get; private set; }

    /// <summary>Organics collected separately from restaurants and hotels (t/day).</summary>
    public double SeparatedFromHospitality { get; private set; }

    /// <summary>All organics collected separately: the compost plants' feedstock (t/day).</summary>
    public double SeparatedOrganics => SeparatedFromHouseholds + SeparatedFromMarkets + SeparatedFromHospitality;

    /// <summary>Landfilled mass per <see cref="DegradableCategory"/> (t/day), in the enum's order.</summary>
    public IReadOnlyList<double> Landfilled => _landfilled;

    public double IncineratedPlastic { get; private set; }

    public double IncineratedTextile { get; private set; }

    public double IncineratedNappies { get; private set; }

    public double IncineratedRubberLeather { get; private set; }

    /// <summary>Share of generated waste kept from final disposal and open dumping.</summary>
    public double Diversion => Generated > 0 ? Math.Clamp(1.0 - ((FinalDisposal + OpenDumping) / Generated), 0.0, 1.0) : 0.0;

    /// <summary>Computes the pathways.</summary>
    /// <param name="generated">Waste generated (t/day).</param>
    /// <param name="composting">Share of households composting at home.</param>
    /// <param name="separating">Share of households separating recyclables (and organics) at source.</param>
    /// <param name="collection">This year's separate collection of organics by source.</param>
    /// <param name="plantCapacity">What all compost plants can take this year (t/day).</param>
    /// <param name="depotCapacity">What all depots can sort this year (t/day).</param>
    /// <param name="incineratorCapacity">What all incinerators can burn this year (t/day).</param>
    public void Compute(
        double generated, double composting, double separating, SeparateCollection collection, double plantCapacity, double depotCapacity, double incineratorCapacity)
    {
        var p = _parameters;
        var c = p.Composition;
        Generated = generated;
        var organic = generated * c.Organic;
        var recyclable = generated * c.Recyclable;

        // At source: households compost part of their organics and separate their recyclables.
        var householdOrganic = p.HouseholdShare * organic;
        HomeComposted = composting * p.HomeCompostCapture * householdOrganic;
        var separated = separating * p.HouseholdShare * recyclable;
        Recycled = separated + ((recyclable - separated) * p.InformalRecovery);

        // Compost plants take only organics collected separately, up to their capacity.
        var marketShare = Math.Min(p.MarketShare, 1.0 - p.HouseholdShare);
        var hospitalityShare = Math.Min(p.HospitalityShare, 1.0 - p.HouseholdShare - marketShare);
        SeparatedFromHouseholds = collection.FromHouseholds((householdOrganic - HomeComposted) * separating);
        SeparatedFromMarkets = collection.FromMarkets(marketShare * organic);
        SeparatedFromHospitality = collection.FromHospitality(hospitalityShare * organic);
        CentreComposted = Math.Min(Math.Max(0.0, plantCapacity), SeparatedOrganics);

        // What is left, by fraction; recyclables keep their mutual proportions.
        var organicLeft = Math.Max(0.0, organic - HomeComposted - CentreComposted);
        var recyclableLeft = Math.Max(0.0, recyclable - Recycled);
        var recyclableKept = recyclable > 0 ? recyclableLeft / recyclable : 0.0;
        var paperLeft = generated * c.Paper * recyclableKept;
        var plasticLeft = generated * c.Plastic * recyclableKept;
        var unsorted = generated * (c.Wood + c.Textile + c.Nappies + c.RubberLeather);
        var left = organicLeft + recyclableLeft + unsorted + (generated * c.Inert);

        var coverage = p.CollectionCoverage;
        OpenDumping = (1.0 - coverage) * left;
        var collected = coverage * left;

        // Depots sort mixed waste and recover organics and recyclables in proportion to their mass.
        var recoverableLeft = organicLeft + recyclableLeft;
        var sorted = Math.Min(depotCapacity, collected);
        var recoverableShare = left > 0 ? recoverableLeft / left : 0.0;
        IntermediateTreatment = Math.Min(p.DepotRecovery, recoverableShare) * sorted;
        var fromRecoverable = recoverableLeft > 0 ? IntermediateTreatment / recoverableLeft : 0.0;
        var organicCollected = Math.Max(0.0, (coverage * organicLeft) - (organicLeft * fromRecoverable));
        var paperCollected = Math.Max(0.0, (coverage * paperLeft) - (paperLeft * fromRecoverable));
        var plasticCollected = Math.Max(0.0, (coverage * plasticLeft) - (plasticLeft * fromRecoverable));
        var remaining = collected - IntermediateTreatment;

        // Incinerators burn the remaining mixed waste up to their capacity; the rest is landfilled.
        Incinerated = Math.Min(incineratorCapacity, remaining);
        FinalDisposal = remaining - Incinerated;
        var burnt = remaining > 0 ? Incinerated / remaining : 0.0;
        var landfilled = coverage * generated * (1.0 - burnt);
        var landfilledOrganic = organicCollected * (1.0 - burnt);
        _landfilled[(int)DegradableCategory.Food] = landfilledOrganic * (1.0 - c.GardenInOrganic);
        _landfilled[(int)DegradableCategory.Garden] = landfilledOrganic * c.GardenInOrganic;
        _landfilled[(int)DegradableCategory.Paper] = paperCollected * (1.0 - burnt);
        _landfilled[(int)DegradableCategory.Wood] = landfilled * c.Wood;
        _landfilled[(int)DegradableCategory.Textiles] = landfilled * c.Textile;
        _landfilled[(int)DegradableCategory.Nappies] = landfilled * c.Nappies;
        _landfilled[(int)DegradableCategory.RubberLeather] = landfilled * c.RubberLeather;
        var burntShare = coverage * generated * burnt;
        IncineratedPlastic = plasticCollected * burnt;
        IncineratedTextile = burntShare * c.Textile;
        IncineratedNappies = burntShare * c.Nappies;
        IncineratedRubberLeather = burntShare * c.RubberLeather;
        OrganicDiverted = HomeComposted + CentreComposted + (organicLeft * fromRecoverable);
    }
}
