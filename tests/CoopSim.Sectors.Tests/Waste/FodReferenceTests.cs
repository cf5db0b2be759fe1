using CoopSim.Sectors.Tests.Support;
using Xunit.Abstractions;

namespace CoopSim.Sectors.Tests.Waste;

/// <summary>
/// Landfill methane against a reference written here from the IPCC 2006 Guidelines (vol. 5 ch. 3,
/// eq. 3.1-3.6 and Annex 3A.1) and their default tables, not from the plugin's code: for every
/// year T, the sum over deposit years x of what each year's deposit loses in T,
/// DDOCm(x)·(e^(−k·(a + T − x − 1)) − e^(−k·(a + T − x))), with the deposit's own year counted
/// from its start of decay, a = (13 − M)/12 and M = 7 + delay in months. The plugin keeps a
/// running pool instead. Waste is all collected and landfilled (no pickers, no programmes), so the
/// mass landfilled per category is generation × share, known without the plugin's pathways.
/// </summary>
public sealed class FodReferenceTests(ITestOutputHelper output)
{
    private const double Tolerance = 0.02;

    // IPCC 2006 vol. 5 Table 2.4: DOC, fraction of wet weight.
    private const double DocFood = 0.15, DocGarden = 0.20, DocPaper = 0.40, DocWood = 0.43, DocTextiles = 0.24, DocNappies = 0.24, DocRubber = 0.39;

    /// <summary>IPCC 2006 vol. 5 Table 3.3 k (1/year): food, garden, paper, wood, textiles; nappies as paper, rubber as wood.</summary>
    private static readonly Dictionary<string, double[]> Climate = new()
    {
        ["tropical wet"] = [0.40, 0.17, 0.07, 0.035, 0.07, 0.07, 0.035],
        ["tropical dry"] = [0.085, 0.065, 0.045, 0.025, 0.045, 0.045, 0.025],
        ["temperate wet"] = [0.185, 0.10, 0.06, 0.03, 0.06, 0.06, 0.03],
        ["temperate dry"] = [0.06, 0.05, 0.04, 0.02, 0.04, 0.04, 0.02],
    };

    /// <summary>Table 3.3, bulk waste.</summary>
    private static readonly Dictionary<string, double> BulkK = new()
    {
        ["tropical wet"] = 0.17, ["tropical dry"] = 0.065, ["temperate wet"] = 0.09, ["temperate dry"] = 0.05,
    };

    public static TheoryData<string, double, int, double> MixedCases() => new()
    {
        { "tropical wet", 6, 10, 0.0 },
        { "tropical wet", 0, 10, 0.0 },
        { "tropical dry", 6, 0, 0.1 },
        { "temperate wet", 0, 0, 0.0 },
        { "temperate dry", 3, 25, 0.1 },
    };

    public static TheoryData<string, double, int> BulkCases() => new()
    {
        { "tropical wet", 6, 10 },
        { "tropical wet", 0, 0 },
        { "tropical dry", 0, 30 },
        { "temperate wet", 6, 0 },
    };

    [Theory]
    [MemberData(nameof(MixedCases))]
    public void Methane_of_a_mixed_composition_matches_the_ipcc_reference_every_year(string climate, double delay, int priorYears, double ox)
    {
        // Shares: food 0.40 + garden 0.12 (organic 0.52), paper 0.12, wood 0.06, textiles 0.04, nappies 0.03, rubber 0.02.
        double[] shares = [0.40, 0.12, 0.12, 0.06, 0.04, 0.03, 0.02];
        double[] docs = [DocFood, DocGarden, DocPaper, DocWood, DocTextiles, DocNappies, DocRubber];
        var k = Climate[climate];
        var parameters = Common(delay, priorYears, ox);
        parameters["organicShare"] = shares[0] + shares[1];
        parameters["gardenShare"] = shares[1];
        parameters["paperShare"] = shares[2];
        parameters["woodShare"] = shares[3];
        parameters["textileShare"] = shares[4];
        parameters["nappyShare"] = shares[5];
        parameters["rubberLeatherShare"] = shares[6];
        string[] kIds = ["kOrganic", "kGarden", "kPaper", "kWood", "kTextile", "kNappies", "kRubberLeather"];
        for (var j = 0; j < kIds.Length; j++)
        {
            parameters[kIds[j]] = k[j];
        }

        var scenario = Scenario(parameters);
        var reference = new double[scenario.EndYear - scenario.StartYear + 1];
        for (var j = 0; j < shares.Length; j++)
        {
            var carbon = Reference(scenario, w => w * shares[j] * docs[j], k[j], delay, priorYears);
            for (var t = 0; t < reference.Length; t++)
            {
                reference[t] += carbon[t];
            }
        }

        Compare(scenario.Run().Waste("methane"), reference, ox, $"{climate}, delay {delay}, {priorYears} prior years");
    }

    [Theory]
    [MemberData(nameof(BulkCases))]
    public void Methane_of_bulk_waste_matches_the_ipcc_reference_every_year(string climate, double delay, int priorYears)
    {
        // IPCC 2006 vol. 5 Table 2.3 South-East Asia weighted by Table 2.4 DOC (eq. 2.4): 0.169.
        const double doc = (0.435 * DocFood) + (0.129 * DocPaper) + (0.099 * DocWood) + (0.027 * DocTextiles) + (0.009 * DocRubber);
        var parameters = Common(delay, priorYears, 0);
        parameters["bulkWaste"] = 1;
        parameters["docBulk"] = doc;
        parameters["kBulk"] = BulkK[climate];

        var scenario = Scenario(parameters);
        var reference = Reference(scenario, w => w * doc, BulkK[climate], delay, priorYears);

        Compare(scenario.Run().Waste("methane"), reference, 0, $"bulk, {climate}, delay {delay}, {priorYears} prior years");
    }

    private static Dictionary<string, double> Common(double delay, int priorYears, double ox) => new()
    {
        ["generationPerCapita"] = 0.7,
        ["generationGrowth"] = 0.03,
        ["collectionCoverage"] = 1,
        ["informalRecovery"] = 0,
        ["landfillMcf"] = 0.8,
        ["docf"] = 0.5,
        ["methaneFraction"] = 0.5,
        ["oxidationFactor"] = ox,
        ["delayMonths"] = delay,
        ["priorDisposalYears"] = priorYears,
    };

    private static TestScenario Scenario(Dictionary<string, double> waste) => new()
    {
        StartYear = 2000,
        EndYear = 2029,
        Population = 800_000,
        PopulationGrowth = 0.04,
        Sectors = { ["waste"] = waste },
    };

    /// <summary>
    /// DDOCm decomposed per run year (t). Deposit years x run from −priorYears (at the start year's
    /// rate) to the last year; DDOCm(x) = W(x)·DOC·DOCf·MCF with W in t/year (eq. 3.2).
    /// </summary>
    private static double[] Reference(TestScenario scenario, Func<double, double> docMass, double k, double delay, int priorYears)
    {
        var years = scenario.EndYear - scenario.StartYear + 1;
        var start = (13.0 - (7.0 + delay)) / 12.0;
        double Deposit(int x)
        {
            var t = Math.Max(0, x);
            var landfilled = scenario.Population * Math.Pow(1 + scenario.PopulationGrowth, t) * 0.7 * Math.Pow(1.03, t) / 1000 * 365;
            return docMass(landfilled) * 0.5 * 0.8;
        }

        // Left of deposit x at the end of year T: none decayed before its start, then e^(−k·elapsed).
        double Left(int x, int year) => year < x ? 1.0 : Math.Exp(-k * (start + (year - x)));

        var decomposed = new double[years];
        for (var t = 0; t < years; t++)
        {
            for (var x = -priorYears; x <= t; x++)
            {
                decomposed[t] += Deposit(x) * (Left(x, t - 1) - Left(x, t));
            }
        }

        return decomposed;
    }

    private void Compare(IReadOnlyList<double> methane, double[] decomposed, double ox, string what)
    {
        var worst = 0.0;
        for (var t = 0; t < decomposed.Length; t++)
        {
            // eq. 3.6 and 3.1: CH4 = DDOCm decomposed · F · 16/12, less what the cover oxidises.
            var expected = decomposed[t] * 0.5 * 16 / 12 * (1 - ox);
            var error = expected > 0 ? Math.Abs(methane[t] - expected) / expected : Math.Abs(methane[t]);
            worst = Math.Max(worst, error);
            Assert.True(error <= Tolerance, $"{what}: year {t} plugin {methane[t]:F1} t CH4, reference {expected:F1}");
        }

        output.WriteLine($"{what}: largest relative difference {worst:E2}");
    }
}
