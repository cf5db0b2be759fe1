namespace CoopSim.Cli.Benchmarks;

/// <summary>
/// The water sector's yearly equations (docs/models/water.md: start year backed out of observed
/// NRW, then losses, practice, pressure, supply, balance and money) written as one loop over plain
/// arrays, with no plugin, context or handle in between: the floor the engine's throughput is
/// measured against. It is a yardstick, not a model: its inputs are fixed figures of the size of
/// Phnom Penh's, no technology is adopted, and its outputs are never compared with the plugin's.
/// </summary>
internal static class WaterKernel
{
    /// <summary>Metrics the water plugin writes each year; the kernel writes as many.</summary>
    public const int MetricCount = 25;

    /// <summary>Runs one city for <c>metrics[0].Length</c> years, writing every metric; returns a checksum so the work is not optimised away.</summary>
    public static double Run(double[] capacity, double population0, double growth, double[][] metrics)
    {
        const double initialNrw = 0.72, coverage0 = 0.25, hours0 = 10, q = 100, unbilledShare = 0.02, k = 6;
        const double realShare = 0.6, meterShare = 0.5, density = 60, servicePipe = 0.0, p0 = 20, rise = 5;
        const double ownInspection = 0.3, ownMeters = 0.2, adoptionLag = 3, practiceLag = 4, ownSurvey = 0.5;
        const double ownPressure = 0.5, inspectionPractice = 0.3, meterPractice = 0.1, d0 = 0.5, crewSurvey = 500;
        const double pressureCut = 0.3, n1 = 1.15, newMeterError = 0.02, teamInspections = 5000, productionGrowth = 0.11;
        const double extensionRate = 0.2, maxCoverage = 0.95, energy = 0.4, crewCost = 50000, teamCost = 40000, meterCost = 30;
        const double initialCapacity = 0.2;
        var years = metrics[0].Length;

        var population = population0;
        var connections = coverage0 * population / k;
        var authorised0 = connections * k * q / 1000.0 * hours0 / 24.0;
        var systemInput0 = authorised0 * (1 - unbilledShare) / (1.0 - initialNrw);
        var losses = Math.Max(0.0, systemInput0 - authorised0);
        var real0 = realShare * losses;
        var apparentRate0 = (losses - real0) / authorised0;
        var metering = meterShare * apparentRate0;
        var unauthorised = apparentRate0 - metering;
        double Unavoidable(double pressure) => ((18.0 * connections / density) + (0.8 * connections) + (25.0 * servicePipe * connections)) * pressure / connections;
        var excess = (real0 * 1000.0 / (connections * hours0 / 24.0)) - Unavoidable(p0);
        var routine = excess > 0.0 ? rise / (excess + rise) : 0.0;
        var hours = hours0;
        var production = systemInput0;
        var effectiveness = capacity[0];
        var practiceLevel = 0.0;
        double startNrwPerConnection = 0, spent = 0, checksum = 0;

        for (var t = 0; t < years; t++)
        {
            var pressure = p0;
            double ownCrews = 0, practiceCost = 0;
            if (t > 0)
            {
                population *= 1.0 + growth;
                effectiveness += (capacity[t] - effectiveness) / adoptionLag;
                var e = effectiveness;
                var hardware = 0.5 + (0.5 * e);
                var gained = Math.Clamp((e - initialCapacity) / (1.0 - initialCapacity), 0.0, 1.0);
                practiceLevel += (gained - practiceLevel) / practiceLag;
                var mains = connections / density;
                ownCrews = ownSurvey * practiceLevel * mains / crewSurvey;
                practiceCost = (ownCrews * crewCost) + (inspectionPractice * practiceLevel * connections / teamInspections * teamCost)
                    + (meterPractice * practiceLevel * connections * meterCost);
                if (excess > 0.0)
                {
                    excess += rise;
                    var found = Math.Min(1.0, Math.Min(1.0, ownSurvey * practiceLevel) * d0 * e);
                    excess *= (1.0 - routine) * (1.0 - found);
                }

                var caught = Math.Min(1.0, ownInspection + (inspectionPractice * practiceLevel)) * hardware * 0.5;
                unauthorised *= 1.0 - caught;
                metering -= Math.Max(0.0, metering - newMeterError) * Math.Min(1.0, ownMeters + (meterPractice * practiceLevel)) * hardware;
                var managed = Math.Min(1.0, ownPressure * practiceLevel);
                pressure = p0 * (1.0 - (pressureCut * managed * e));
                var scaledExcess = excess * Math.Pow(pressure / p0, n1);
                var perConnection = (k * q * (1.0 + unauthorised + metering) / 1000.0)
                    + (Math.Max(0.0, Unavoidable(pressure) + Math.Min(0.0, scaledExcess)) / 1000.0);
                var oldExcess = Math.Max(0.0, scaledExcess) * connections / 1000.0;
                var reachable = maxCoverage * population / k;
                production += Math.Min(productionGrowth * production, Math.Max(0.0, (perConnection * reachable) + oldExcess - production));
                var network = Math.Min(Math.Max(reachable, connections), connections + (extensionRate * hardware * Math.Max(0.0, reachable - connections)));
                var waterAllows = ((24.0 * production / hours0) - oldExcess) / perConnection;
                var next = Math.Min(population / k, Math.Max(connections, Math.Min(network, waterAllows)));
                hours = Math.Min(24.0, 24.0 * production / ((perConnection * next) + oldExcess));
                if (excess > 0.0 && next > connections)
                {
                    excess *= connections / next;
                }

                connections = next;
            }

            var realRate = Math.Max(0.0, Unavoidable(pressure) + (excess * (excess > 0.0 ? Math.Pow(pressure / p0, n1) : pressure / p0)));
            var supplied = hours / 24.0;
            var authorised = connections * k * q / 1000.0 * supplied;
            var unbilled = unbilledShare * authorised;
            var billed = authorised - unbilled;
            var apparent = (unauthorised + metering) * authorised;
            var real = connections * realRate / 1000.0 * supplied;
            var systemInput = authorised + apparent + real;
            var nonRevenue = unbilled + apparent + real;
            var running = practiceCost;
            if (t == 0)
            {
                startNrwPerConnection = nonRevenue / connections;
            }

            spent += running;
            var saved = (startNrwPerConnection * connections) - nonRevenue;
            var peopleServed = connections * k;
            var pumping = systemInput * 365.0 * energy / 1000.0;
            var m = 0;
            metrics[m++][t] = nonRevenue / systemInput;
            metrics[m++][t] = nonRevenue * 1000.0 / connections;
            metrics[m++][t] = systemInput;
            metrics[m++][t] = authorised;
            metrics[m++][t] = billed;
            metrics[m++][t] = apparent;
            metrics[m++][t] = real;
            metrics[m++][t] = nonRevenue;
            metrics[m++][t] = realRate / Unavoidable(pressure);
            metrics[m++][t] = Math.Min(1.0, peopleServed / population);
            metrics[m++][t] = peopleServed;
            metrics[m++][t] = hours;
            metrics[m++][t] = connections;
            metrics[m++][t] = connections / density;
            metrics[m++][t] = pressure;
            metrics[m++][t] = production;
            metrics[m++][t] = 0.0;
            metrics[m++][t] = 0.0;
            metrics[m++][t] = pumping;
            metrics[m++][t] = 0.0;
            metrics[m++][t] = running;
            metrics[m++][t] = ownCrews;
            metrics[m++][t] = practiceCost;
            metrics[m++][t] = saved;
            metrics[m][t] = saved > 1e-6 ? spent / saved : 0.0;
            checksum += systemInput;
        }

        return checksum;
    }
}
