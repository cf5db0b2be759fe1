using CoopSim.Workshops;

namespace CoopSim.Tui.ViewModels.Trainer;

/// <summary>A team on the console: its name and where it stands in the round.</summary>
public sealed record TeamLine(string Id, string Name, string Status, bool HasDecided);

/// <summary>A card as the selected team sees it this round: ticked or not, and why it cannot be played.</summary>
public sealed record CardLine(ExerciseCard Card, bool Ticked, bool Playable, string? Reason);
