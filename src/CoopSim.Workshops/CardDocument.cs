using System.ComponentModel;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Workshops;

[Description("A decision card: what a team may do in a round, what it costs, and what it needs first.")]
public sealed class CardDocument
{
    [Description("A unique id, lower case with '-', used by decisions files and by other cards' 'requires'.")]
    public required string Id { get; set; }

    [Description("The card's title, e.g. \"Dispatch 2 experts for 3 years\".")]
    public required string Name { get; set; }

    [Description("What the card does, for the participants.")]
    public string? Description { get; set; }

    [Description("The lesson behind it, for the trainer's debrief.")]
    public string? Lesson { get; set; }

    [Description("Where its figures come from.")]
    public string? Source { get; set; }

    [Description("What playing the card costs, paid from the budget of the round it is played in (USD).")]
    public required double Cost { get; set; }

    [Description("The sector its activities and capacity effect act on, e.g. \"water\".")]
    public string? Sector { get; set; }

    [Description("How many years its activities run, from the first year of the round it is played in.")]
    public int Years { get; set; } = 1;

    [Description("The funding scheme its activities depend on; when an event cuts the scheme, they stop.")]
    public string? Scheme { get; set; }

    [Description("Activities in each of its years, as in a scenario's programme phase.")]
    public ActivitiesDocument? Activities { get; set; }

    [Description("A change in the city's capacity settings in the card's sector from the round it is played in.")]
    public CapacityEffectDocument? Capacity { get; set; }

    [Description("A grant the card applies for: money added to the team's budget in later rounds.")]
    public GrantDocument? Grant { get; set; }

    [Description("Cards that must have been played in an earlier round first.")]
    public List<string> Requires { get; set; } = [];

    [Description("The first round it can be played in (a round id); default the first round.")]
    public string? FirstRound { get; set; }

    [Description("The last round it can be played in, e.g. a scheme's deadline (a round id); default the last round.")]
    public string? LastRound { get; set; }

    [Description("How many times a team may play it over the whole exercise; default no limit (at most once a round).")]
    public int? MaxPlays { get; set; }
}

[Description("New capacity settings in a sector of the exercise's city; unset values stay as they are.")]
public sealed class CapacityEffectDocument
{
    [Description("The sector id; for a card, default the card's sector.")]
    public string? Sector { get; set; }

    [Description("New ownership, a fraction in [0, 1].")]
    public double? Ownership { get; set; }

    [Description("New leadership, a fraction in [0, 1].")]
    public double? Leadership { get; set; }

    [Description("New yearly staff turnover, a fraction in [0, 1].")]
    public double? Turnover { get; set; }
}

[Description("A grant from a funding scheme: added to the team's budget in the rounds after the card is played.")]
public sealed class GrantDocument
{
    [Description("Added to the team's budget in each granted round (USD).")]
    public required double Amount { get; set; }

    [Description("How many rounds after the application receive the amount.")]
    public int Rounds { get; set; } = 1;

    [Description("The scheme that pays; when an event cuts it, no more money arrives.")]
    public string? Scheme { get; set; }

    [Description("The chance the application is approved, in [0, 1]; drawn from the session's seed.")]
    public double Approval { get; set; } = 1;
}

[Description("An event: revealed at the start of a round, with a chance of happening and effects on the teams it reaches.")]
public sealed class EventDocument
{
    [Description("A unique id, lower case with '-'.")]
    public required string Id { get; set; }

    [Description("The headline, e.g. \"The disposal site closes\".")]
    public required string Name { get; set; }

    [Description("What the class is told.")]
    public string? Text { get; set; }

    [Description("Where it comes from, e.g. \"cases.md S1\".")]
    public string? Source { get; set; }

    [Description("The round (id) at whose start it is revealed; its effects start with that round's first year.")]
    public required string Round { get; set; }

    [Description("The chance it happens, in [0, 1]; drawn once per session from its seed, the same for every team.")]
    public double Probability { get; set; } = 1;

    [Description("Cards a team must have played in an earlier round for the event to reach it (e.g. a former trainee becomes mayor).")]
    public List<string> IfPlayed { get; set; } = [];

    [Description("Cards that spare a team: the event does not reach a team that played any of them in an earlier round (e.g. trained staff are moved on where the city never took the programme over).")]
    public List<string> UnlessPlayed { get; set; } = [];

    [Description("What the event does to each team it reaches.")]
    public EventEffectsDocument Effects { get; set; } = new();
}

[Description("What an event does to a team.")]
public sealed class EventEffectsDocument
{
    [Description("Added to the team's budget in the event's round (negative takes money away) (USD).")]
    public double Budget { get; set; }

    [Description("Funding schemes that stop from the event's round: activities they fund end, grants they pay stop.")]
    public List<string> FundingCuts { get; set; } = [];

    [Description("Changes in the city's capacity settings from the event's round.")]
    public List<CapacityEffectDocument> Capacity { get; set; } = [];
}
