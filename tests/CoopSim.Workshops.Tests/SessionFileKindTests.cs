
namespace CoopSim.Workshops.Tests;

/// <summary>One command opens an exercise or a saved session: the file's "format" tells them apart.</summary>
public sealed class SessionFileKindTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_file_is_a_session_only_when_its_format_says_so()
    {
        var session = _folder.File("class.json", $$"""{ "format": "{{SessionDocument.FormatName}}", "schemaVersion": 1 }""");
        var exercise = _folder.File("exercise.json", """{ "schemaVersion": 1, "name": "An exercise", "rounds": [] }""");
        var other = _folder.File("other.json", """{ "format": "something else" }""");
        var broken = _folder.File("broken.json", """{ "format": "coopsim-workshop-""");
        var array = _folder.File("array.json", """["coopsim-workshop-session"]""");

        Assert.True(SessionFile.IsSessionFile(session));
        Assert.False(SessionFile.IsSessionFile(exercise));
        Assert.False(SessionFile.IsSessionFile(other));
        Assert.False(SessionFile.IsSessionFile(broken));
        Assert.False(SessionFile.IsSessionFile(array));
        Assert.False(SessionFile.IsSessionFile(Path.Combine(_folder.Path, "missing.json")));
    }
}
