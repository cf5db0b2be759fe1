using System.Text;

namespace CoopSim.Workshops;

/// <summary>A team in a session: a name the class chose, and an id made from it for files.</summary>
public sealed record WorkshopTeam(string Id, string Name)
{
    public const int MaxNameLength = 40;

    /// <summary>"Team Blue!" becomes "team-blue": lower-case letters and digits, other runs of characters become '-'.</summary>
    public static string IdFor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var id = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(c);
            }
            else if (id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }

        return id.ToString().TrimEnd('-');
    }
}
