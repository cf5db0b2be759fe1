using CoopSim.Sectors.Tests.Support;
using FsCheck.Xunit;

namespace CoopSim.Sectors.Tests.Education;

/// <summary>What must hold for every education parameter inside its declared range and any programme.</summary>
public sealed class EducationProperties
{
    [Property(MaxTest = 150)]
    public void Every_value_is_finite_and_awareness_is_a_share_that_never_falls(int seed)
    {
        var run = EducationWorlds.Random(seed).Run();
        var awareness = run.Education("awareness");

        Assert.All(run.Result.Series, s => Assert.All(s.Values, v => Assert.True(double.IsFinite(v), $"{s.Key} has {v}")));
        Assert.All(awareness, a => Assert.InRange(a, 0.0, 1.0));
        Assert.All(run.Education("householdsReached"), a => Assert.InRange(a, 0.0, 1.0));
        for (var t = 1; t < awareness.Count; t++)
        {
            Assert.True(awareness[t] >= awareness[t - 1], "the Bass model has no forgetting: awareness never falls");
        }
    }

    [Property(MaxTest = 100)]
    public void Teachers_students_and_copies_follow_the_schools(int seed)
    {
        Dictionary<string, double> p = [];
        var run = EducationWorlds.Random(seed, adjust: drawn => p = drawn).Run();
        var schools = run.Education("modelSchools");

        for (var t = 0; t < run.Years.Count; t++)
        {
            Approx.Equal(schools[t] * p["teachersPerSchool"], run.Education("teachersTrained")[t]);
            Approx.Equal(schools[t] * p["studentsPerSchool"], run.Education("studentsReached")[t]);
            var copies = run.Education("workbookEditions")[t] > 0 ? run.Education("studentsReached")[t] : 0;
            Approx.Equal(copies, run.Education("workbookCopies")[t]);
        }
    }

    [Property(MaxTest = 150)]
    public void More_model_schools_never_lower_awareness(int seed, byte year, byte schools)
    {
        var from = 2000 + (year % 15);
        var baseline = EducationWorlds.Random(seed);
        var more = EducationWorlds.Random(seed);
        more.Phases.Add(new TestPhase("education", from, from, Technologies: new Dictionary<string, double> { ["modelSchools"] = schools }));

        var before = baseline.Run().Education("awareness");
        var after = more.Run().Education("awareness");
        for (var t = 0; t < before.Count; t++)
        {
            Assert.True(after[t] >= before[t] - 1e-12, $"year {t}: {after[t]} < {before[t]}");
        }
    }

    [Property(MaxTest = 100)]
    public void A_local_workbook_edition_never_lowers_awareness(int seed, byte year)
    {
        var from = 2000 + (year % 15);
        var baseline = EducationWorlds.Random(seed);
        var more = EducationWorlds.Random(seed);
        more.Phases.Add(new TestPhase("education", from, from, Technologies: new Dictionary<string, double> { ["workbookEditions"] = 1 }));

        var before = baseline.Run().Education("awareness");
        var after = more.Run().Education("awareness");
        for (var t = 0; t < before.Count; t++)
        {
            Assert.True(after[t] >= before[t] - 1e-12, $"year {t}: {after[t]} < {before[t]}");
        }
    }

    [Property(MaxTest = 100)]
    public void Without_programmes_awareness_stays_at_its_start_value_and_nothing_is_taught(int seed)
    {
        double initial = 0;
        var scenario = EducationWorlds.Random(seed, adjust: p => initial = p["initialAwareness"]);
        scenario.Phases.Clear();
        var run = scenario.Run();

        Assert.All(run.Education("awareness"), a => Assert.Equal(initial, a, 12));
        foreach (var none in new[] { "modelSchools", "teachersTrained", "studentsReached", "workbookCopies", "householdsReached", "cost" })
        {
            Assert.All(run.Education(none), v => Assert.Equal(0, v));
        }
    }

    [Property(MaxTest = 100)]
    public void More_schools_never_send_more_waste_to_final_disposal(int seed, byte year, byte schools)
    {
        var from = 2000 + (year % 15);
        var baseline = EducationWorlds.Random(seed, withWaste: true);
        var more = EducationWorlds.Random(seed, withWaste: true);
        more.Phases.Add(new TestPhase("education", from, from, Technologies: new Dictionary<string, double> { ["modelSchools"] = schools }));

        var before = baseline.Run().Waste("finalDisposal");
        var after = more.Run().Waste("finalDisposal");
        for (var t = 0; t < before.Count; t++)
        {
            Assert.True(Approx.NotAbove(after[t], before[t]), $"year {t}: {after[t]} > {before[t]}");
        }
    }
}
