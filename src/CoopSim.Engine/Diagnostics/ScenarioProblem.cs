namespace CoopSim.Engine.Diagnostics;

/// <summary>
/// One thing wrong with a scenario: where it is (file, line, column), the JSON path of the value,
/// and what was expected. Problems are collected, never thrown, so that one pass reports them all.
/// </summary>
public sealed record ScenarioProblem(SourceLocation Location, string JsonPath, string Message)
{
    /// <summary>The compiler-style one-line form: <c>file:line:column: $.path: message</c>.</summary>
    public override string ToString() =>
        JsonPath.Length == 0 ? $"{Location}: {Message}" : $"{Location}: {JsonPath}: {Message}";
}
