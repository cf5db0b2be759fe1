using CoopSim.Abstractions;

namespace CoopSim.Sectors.Education;

/// <summary>Environmental education: model schools, teachers, students and awareness (docs/models/education.md).</summary>
public sealed class EducationSector : ISectorPlugin
{
    public SectorDescriptor Descriptor { get; } = new()
    {
        Id = "education",
        DisplayName = "Environmental education",
        Version = new Version(0, 1, 0),
        ContractVersion = ContractVersion.Current,
        Description = "Model schools teach students; awareness spreads from them through the population by word of mouth.",
        Parameters =
        [
            new("studentsPerSchool", "students", 600, 10, 5000, "Students per model school (assumption)."),
            new("teachersPerSchool", "teachers", 4, 1, 100, "Teachers trained per model school (assumption)."),
            new("initialAwareness", "fraction", 0.10, 0.0, 1.0, "Share of the population aware of waste separation in the start year (assumption)."),
            new("schoolInfluence", "1/year", 3.0, 0.0, 20.0, "People made aware per year per student reached, through their households (assumption)."),
            new("wordOfMouth", "1/year", 0.10, 0.0, 1.0, "Imitation coefficient q of the Bass diffusion model (typical 0.3-0.5 for products; lower assumed here)."),
        ],
        Metrics =
        [
            new("modelSchools", "schools", "Model schools teaching the programme") { Minimum = 0 },
            new("teachersTrained", "teachers", "Teachers trained") { Minimum = 0 },
            new("studentsReached", "students", "Students in model schools") { Minimum = 0 },
            new("awareness", "fraction", "Share of the population aware of waste separation and composting") { Minimum = 0, Maximum = 1 },
        ],
        Publishes =
        [
            new("awarenessIndex", "fraction", "Share of the population aware of waste separation and composting"),
        ],
        Technologies =
        [
            new("modelSchools", "schools", "Schools that adopt the workbook and train their teachers (cases.md C1)."),
        ],
    };

    public ISectorModel CreateModel(ModelSetup setup) => new EducationModel(setup);
}
