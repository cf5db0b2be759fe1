using CoopSim.Sectors.Tests.Support;
using FsCheck.Xunit;

namespace CoopSim.Sectors.Tests.Education;

/// <summary>What must hold for every education parameter inside its declared range and any programme.</summary>
// Full tier: hundreds of drawn cities, each simulated.
[Trait("Tier", "Full")]
public sealed class EducationProperties
{
    [Property(Arbitrary = [typeof(EducationArbitraries)], MaxTest = 150)]
    public void Every_value_is_finite_and_awareness_is_a_share_that_never_falls(DrawnCity city)
    {
        var run = city.Scenario().Run();
        var awareness = run.Education("awareness");

        Assert.All(run.Series, s => Assert.All(s.Values, v => Assert.True(double.IsFinite(v), $"{s.Key} has {v}")));
        Assert.All(awareness, a => Assert.InRange(a, 0.0, 1.0));
        Assert.All(run.Education("householdsReached"), a => Assert.InRange(a, 0.0, 1.0));
        for (var t = 1; t < awareness.Count; t++)
        {
            Assert.True(awareness[t] >= awareness[t - 1], "the Bass model has no forgetting: awareness never falls");
        }
    }

    [Property(Arbitrary = [typeof(EducationArbitraries)], MaxTest = 100)]
    public void Teachers_students_and_copies_follow_the_schools(DrawnCity city)
    {
        Dictionary<string, double> p = [];
        var run = city.Scenario(drawn => p = drawn).Run();
        var schools = run.Education("modelSchools");

        for (var t = 0; t < run.Years.Count; t++)
        {
            Approx.Equal(schools[t] * p["teachersPerSchool"], run.Education("teachersTrained")[t]);
            Approx.Equal(schools[t] * p["studentsPerSchool"], run.Education("studentsReached")[t]);
            var copies = run.Education("workbookEditions")[t] > 0 ? run.Education("studentsReached")[t] : 0;
            Approx.Equal(copies, run.Education("workbookCopies")[t]);
        }
    }

    [Property(Arbitrary = [typeof(EducationArbitraries)], MaxTest = 150)]
    public void More_model_schools_never_lower_awareness(DrawnCity city, byte year, byte schools)
    {
        var from = 2000 + (year % 15);
        var baseline = city.Scenario();
        var more = city.Scenario();
        more.Phases.Add(new TestPhase("education", from, from, Technologies: new Dictionary<string, double> { ["modelSchools"] = schools }));

        var before = baseline.Run().Education("awareness");
        var after = more.Run().Education("awareness");
        for (var t = 0; t < before.Count; t++)
        {
            Assert.True(after[t] >= before[t] - 1e-12, $"year {t}: {after[t]} < {before[t]}");
        }
    }

    [Property(Arbitrary = [typeof(EducationArbitraries)], MaxTest = 100)]
    public void A_local_workbook_edition_never_lowers_awareness(DrawnCity city, byte year)
    {
        var from = 2000 + (year % 15);
        var baseline = city.Scenario();
        var more = city.Scenario();
        more.Phases.Add(new TestPhase("education", from, from, Technologies: new Dictionary<string, double> { ["workbookEditions"] = 1 }));

        var before = baseline.Run().Education("awareness");
        var after = more.Run().Education("awareness");
        for (var t = 0; t < before.Count; t++)
        {
            Assert.True(after[t] >= before[t] - 1e-12, $"year {t}: {after[t]} < {before[t]}");
        }
    }

    [Property(Arbitrary = [typeof(EducationArbitraries)], MaxTest = 100)]
    public void Without_programmes_awareness_stays_at_its_start_value_and_nothing_is_taught(DrawnCity city)
    {
        double initial = 0;
        var scenario = city.Scenario(p => initial = p["initialAwareness"]);
        scenario.Phases.Clear();
        var run = scenario.Run();

        Assert.All(run.Education("awareness"), a => Assert.Equal(initial, a, 12));
        foreach (var none in new[] { "modelSchools", "teachersTrained", "studentsReached", "workbookCopies", "householdsReached", "cost" })
        {
            Assert.All(run.Education(none), v => Assert.Equal(0, v));
        }
    }

    [Property(Arbitrary = [typeof(EducationWithWasteArbitraries)], MaxTest = 100)]
    public void More_schools_never_send_more_waste_to_final_disposal(DrawnCity city, byte year, byte schools)
    {
        var from = 2000 + (year % 15);
        var baseline = city.Scenario();
        var more = city.Scenario();
        more.Phases.Add(new TestPhase("education", from, from, Technologies: new Dictionary<string, double> { ["modelSchools"] = schools }));

        var before = baseline.Run().Waste("finalDisposal");
        var after = more.Run().Waste("finalDisposal");
        for (var t = 0; t < before.Count; t++)
        {
            Assert.True(Approx.NotAbove(after[t], before[t]), $"year {t}: {after[t]} > {before[t]}");
        }
    }
}
