namespace CoopSim.Sectors.Waste;

/// <summary>
/// One year's waste pathways (t/day), in the order waste meets them: home composting, separation for
/// recycling (waste banks, buyers, pickers), compost centres, then collection of the rest (what is not
/// collected is dumped in the open), intermediate treatment depots, incineration, and final disposal.
/// Generated = the sum of the pathways, to rounding. One instance per model, refilled every year.
/// </summary>
internal sealed class WasteFlows
{
    private readonly WasteParameters _parameters;

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

    public double LandfilledOrganic { get; private set; }

    public double LandfilledPaper { get; private set; }

    public double LandfilledWood { get; private set; }

    public double LandfilledTextile { get; private set; }

    public double IncineratedPlastic { get; private set; }

    public double IncineratedTextile { get; private set; }

    /// <summary>Share of generated waste kept from final disposal and open dumping.</summary>
    public double Diversion => Generated > 0 ? Math.Clamp(1.0 - ((FinalDisposal + OpenDumping) / Generated), 0.0, 1.0) : 0.0;

    /// <summary>Computes the pathways.</summary>
    /// <param name="generated">Waste generated (t/day).</param>
    /// <param name="composting">Share of households composting at home.</param>
    /// <param name="separating">Share of households separating recyclables (and organics) at source.</param>
    /// <param name="centreCapacity">What all compost centres can take this year (t/day).</param>
    /// <param name="depotCapacity">What all depots can sort this year (t/day).</param>
    /// <param name="incineratorCapacity">What all incinerators can burn this year (t/day).</param>
    public void Compute(double generated, double composting, double separating, double centreCapacity, double depotCapacity, double incineratorCapacity)
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

        // Compost centres take market, park and shop organics and what separating households set aside.
        var feedstock = ((1.0 - p.HouseholdShare) * organic) + ((householdOrganic - HomeComposted) * separating);
        CentreComposted = Math.Min(centreCapacity, feedstock);

        // What is left, by fraction; recyclables keep their mutual proportions.
        var organicLeft = Math.Max(0.0, organic - HomeComposted - CentreComposted);
        var recyclableLeft = Math.Max(0.0, recyclable - Recycled);
        var recyclableKept = recyclable > 0 ? recyclableLeft / recyclable : 0.0;
        var paperLeft = generated * c.Paper * recyclableKept;
        var plasticLeft = generated * c.Plastic * recyclableKept;
        var woodLeft = generated * c.Wood;
        var textileLeft = generated * c.Textile;
        var left = organicLeft + recyclableLeft + woodLeft + textileLeft + (generated * c.Inert);

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
        LandfilledOrganic = organicCollected * (1.0 - burnt);
        LandfilledPaper = paperCollected * (1.0 - burnt);
        LandfilledWood = coverage * woodLeft * (1.0 - burnt);
        LandfilledTextile = coverage * textileLeft * (1.0 - burnt);
        IncineratedPlastic = plasticCollected * burnt;
        IncineratedTextile = coverage * textileLeft * burnt;
        OrganicDiverted = HomeComposted + CentreComposted + (organicLeft * fromRecoverable);
    }
}
