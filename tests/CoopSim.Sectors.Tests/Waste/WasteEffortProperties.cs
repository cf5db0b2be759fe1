using CoopSim.Sectors.Tests.Support;
using FsCheck.Xunit;

namespace CoopSim.Sectors.Tests.Waste;

/// <summary>More effort never sends more waste to final disposal (docs/models/waste.md, "Monotonicity").</summary>
// Full tier: hundreds of drawn cities, each simulated.
[Trait("Tier", "Full")]
public sealed class WasteEffortProperties
{
    // Incinerators and gas recovery are left out: they reduce final disposal and methane, but the
    // property is stated for the diversion technologies and capacity; incinerators are covered below.
    private static readonly string[] Diverting =
        ["compostBaskets", "cadres", "compostCentres", "wasteBanks", "treatmentDepots", "incinerators",
         "householdOrganicRoutes", "marketOrganicRoutes", "hospitalityOrganicRoutes", "compostCapacity"];

    [Property(Arbitrary = [typeof(WasteArbitraries)], MaxTest = 200)]
    public void More_of_any_diverting_technology_never_raises_final_disposal(DrawnCity city, byte which, byte year, Share amount)
    {
        var technology = Diverting[which % Diverting.Length];
        var from = 2000 + (year % 15);
        var extra = amount.Value * ExtraUnits(technology);
        var baseline = city.Scenario();
        var more = city.Scenario();
        more.Phases.Add(new TestPhase("waste", from, from, Technologies: new Dictionary<string, double> { [technology] = extra }));

        AssertNeverAbove(more.Run().Waste("finalDisposal"), baseline.Run().Waste("finalDisposal"), $"{extra} more {technology} in {from}");
    }

    [Property(Arbitrary = [typeof(WasteArbitraries)], MaxTest = 100)]
    public void More_expert_time_and_trainees_never_raise_final_disposal(DrawnCity city, byte year)
    {
        var from = 2000 + (year % 15);
        var baseline = city.Scenario();
        var more = city.Scenario();
        more.Phases.Add(new TestPhase("waste", from, Math.Min(2014, from + 3), ExpertPersonMonths: 6, Trainees: 10));

        AssertNeverAbove(more.Run().Waste("finalDisposal"), baseline.Run().Waste("finalDisposal"), $"experts from {from}");
    }

    [Property(Arbitrary = [typeof(WasteArbitraries)], MaxTest = 100)]
    public void Higher_awareness_never_raises_final_disposal(DrawnCity city, byte step)
    {
        double awareness = 0;
        var baseline = city.Scenario(p => awareness = p["assumedAwareness"]);
        var raised = Math.Min(1.0, awareness + ((step + 1) / 256.0));
        var more = city.Scenario(p => p["assumedAwareness"] = raised);

        AssertNeverAbove(more.Run().Waste("finalDisposal"), baseline.Run().Waste("finalDisposal"), $"awareness {awareness} -> {raised}");
    }

    [Property(Arbitrary = [typeof(WasteArbitraries)], MaxTest = 100)]
    public void Gas_recovery_never_raises_methane_emissions(DrawnCity city, byte year)
    {
        var from = 2000 + (year % 15);
        var baseline = city.Scenario();
        var more = city.Scenario();
        more.Phases.Add(new TestPhase("waste", from, from, Technologies: new Dictionary<string, double> { ["landfillGasRecovery"] = 1 }));

        AssertNeverAbove(more.Run().Waste("methaneEmissions"), baseline.Run().Waste("methaneEmissions"), $"gas recovery from {from}");
    }

    private static double ExtraUnits(string technology) => technology switch
    {
        "compostBaskets" => 50_000,
        "cadres" => 10_000,
        "wasteBanks" => 200,
        "compostCentres" => 20,
        "householdOrganicRoutes" or "marketOrganicRoutes" or "hospitalityOrganicRoutes" => 20,
        "compostCapacity" => 300,
        _ => 2,
    };

    private static void AssertNeverAbove(IReadOnlyList<double> more, IReadOnlyList<double> baseline, string what)
    {
        for (var t = 0; t < baseline.Count; t++)
        {
            Assert.True(Approx.NotAbove(more[t], baseline[t]), $"{what}: year {t} {more[t]} > {baseline[t]}");
        }
    }
}
