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
        Version = new Version(1, 0, 0),
        ContractVersion = ContractVersion.Current,
        Description = "Model schools teach students with a local workbook; each student carries the lessons home, and awareness " +
                      "spreads from those households through the population by word of mouth (Bass 1969).",
        Parameters = EducationParameters.Declarations,
        Metrics =
        [
            new("modelSchools", "schools", "Model schools teaching the programme") { Minimum = 0 },
            new("teachersTrained", "teachers", "Teachers trained to teach the programme") { Minimum = 0 },
            new("studentsReached", "students/year", "Students taught the programme this year") { Minimum = 0 },
            new("workbookEditions", "editions", "Local editions of the workbook prepared") { Minimum = 0 },
            new("workbookCopies", "copies/year", "Workbook copies handed to students this year") { Minimum = 0 },
            new("householdsReached", "fraction", "Share of households with a student taught this year") { Minimum = 0, Maximum = 1 },
            new("awareness", "fraction", "Share of people aware of waste separation and composting") { Minimum = 0, Maximum = 1 },
            new("cost", "USD/year", "Workbook editions and copies and teacher training this year") { Minimum = 0 },
        ],
        Publishes =
        [
            new("awarenessIndex", "fraction", "Share of people aware of waste separation and composting"),
        ],
        Technologies =
        [
            new("modelSchools", "schools", "Schools that adopt the programme, their teachers trained (cases.md C1)."),
            new("workbookEditions", "editions", "A local edition of the workbook, such as Mandalay's Ecology Note (cases.md C1): raises teaching effectiveness."),
        ],
    };

    public ISectorModel CreateModel(ModelSetup setup) => new EducationModel(setup);
}
