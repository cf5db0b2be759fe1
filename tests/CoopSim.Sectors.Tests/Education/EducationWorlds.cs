using CoopSim.Sectors.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace CoopSim.Sectors.Tests.Education;

/// <summary>Drawn education cities: every parameter drawn inside its declared range, drawn programmes.</summary>
internal static class EducationWorlds
{
    public const string Sector = "education";

    /// <summary>Phases starting 2000-2011 and lasting up to four years, with experts, trainees, schools and workbooks drawn.</summary>
    public static Gen<TestPhase> Phase { get; } =
        from start in Gen.Choose(2000, 2011)
        from length in Gen.Choose(0, 3)
        from experts in ParameterDraw.Units(6)
        from trainees in ParameterDraw.Units(50)
        from schools in ParameterDraw.Units(60)
        from editions in ParameterDraw.Units(1)
        select new TestPhase(Sector, start, start + length, experts, trainees, Technologies: new Dictionary<string, double>
        {
            ["modelSchools"] = schools,
            ["workbookEditions"] = editions,
        });

    /// <summary>The education city as a scenario; <paramref name="adjust"/> may read or change its drawn education parameters.</summary>
    public static TestScenario Scenario(this DrawnCity city, Action<Dictionary<string, double>>? adjust = null) =>
        city.ToScenario(Sector, adjust);
}

/// <summary>FsCheck's arbitrary for the education properties: the city runs education alone.</summary>
public static class EducationArbitraries
{
    public static Arbitrary<DrawnCity> City() => Arb.From(DrawnCity.Generator(EducationWorlds.Phase, EducationWorlds.Sector), DrawnCity.Shrink);
}

/// <summary>FsCheck's arbitrary for the education properties that need waste: the city runs both, with waste's parameters drawn too.</summary>
public static class EducationWithWasteArbitraries
{
    public static Arbitrary<DrawnCity> City() =>
        Arb.From(DrawnCity.Generator(EducationWorlds.Phase, EducationWorlds.Sector, "waste"), DrawnCity.Shrink);
}
