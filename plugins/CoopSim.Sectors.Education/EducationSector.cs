using CoopSim.Abstractions;

namespace CoopSim.Sectors.Education;

/// <summary>
/// Environmental education: model schools, trained teachers and a local workbook edition reach
/// students, students carry the lessons home, and awareness spreads through the population by the
/// Bass diffusion model (docs/models/education.md).
/// </summary>
public sealed class EducationSector : ISectorPlugin
{
    public SectorDescriptor Descriptor { get; } = new()
    {
        Id = "education",
        DisplayName = "Environmental education",
        Version = new Version(typeof(EducationSector).Assembly.GetName().Version!.ToString(3)),
        ContractVersion = ContractVersion.Current,
        Description = "Model schools teach students with a local workbook; each student carries the lessons home, and awareness " +
                      "spreads from those households through the population by word of mouth (Bass 1969).",
        Parameters = EducationParameters.Declarations,
        Metrics = EducationMetricDeclarations.Metrics,
        Publishes = EducationMetricDeclarations.Publishes,
        Technologies = EducationTechnologyDeclarations.All,
    };

    public ISectorModel CreateModel(ModelSetup setup) => new EducationModel(setup);
}
