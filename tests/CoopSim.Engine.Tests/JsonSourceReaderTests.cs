using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Json;

namespace CoopSim.Engine.Tests;

public sealed class JsonSourceReaderTests
{
    [Fact]
    public void Values_remember_their_line_and_column()
    {
        var problems = new List<ScenarioProblem>();
        var root = (JsonSourceObject)JsonSourceReader.Read("{\n  \"a\": 1,\n  \"bé\": [true, \"x\"]\n}", "f.json", problems)!;

        Assert.Empty(problems);
        Assert.Equal(new SourceLocation("f.json", 2, 8), root["a"]!.Location);
        var array = (JsonSourceArray)root["bé"]!;
        Assert.Equal(new SourceLocation("f.json", 3, 9), array.Location);
        Assert.Equal(new SourceLocation("f.json", 3, 16), array.Items[1].Location);
    }

    [Fact]
    public void Truncated_json_is_reported_where_it_ends()
    {
        var problems = new List<ScenarioProblem>();
        var root = JsonSourceReader.Read("{\n  \"a\": [1, 2,\n", "f.json", problems);

        Assert.Null(root);
        var problem = Assert.Single(problems);
        Assert.Equal("f.json", problem.Location.File);
        Assert.True(problem.Location.Line >= 2, problem.ToString());
        Assert.StartsWith("invalid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_properties_are_problems()
    {
        var problems = new List<ScenarioProblem>();
        JsonSourceReader.Read("{ \"a\": 1, \"a\": 2 }", "f.json", problems);

        var problem = Assert.Single(problems);
        Assert.Equal("$.a", problem.JsonPath);
        Assert.Contains("twice", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_refused_with_the_limit_named()
    {
        var deep = new string('[', JsonSourceReader.MaxDepth + 5) + new string(']', JsonSourceReader.MaxDepth + 5);
        var problems = new List<ScenarioProblem>();

        Assert.Null(JsonSourceReader.Read(deep, "f.json", problems));
        Assert.Contains($"deeper than {JsonSourceReader.MaxDepth}", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_files_are_refused_before_they_are_read()
    {
        using var folder = new TempFolder();
        var path = System.IO.Path.Combine(folder.Path, "big.json");
        using (var stream = File.Create(path))
        {
            stream.SetLength(JsonSourceReader.MaxFileBytes + 1);
        }

        var problems = new List<ScenarioProblem>();
        Assert.Null(JsonSourceReader.ReadFile(path, "big.json", problems));
        Assert.Contains("limited to", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_and_comments_are_accepted()
    {
        var problems = new List<ScenarioProblem>();
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat("// note\n{ \"a\": 1 }"u8.ToArray()).ToArray();

        var root = (JsonSourceObject?)JsonSourceReader.Read(bytes, "f.json", problems);

        Assert.Empty(problems);
        Assert.Equal(new SourceLocation("f.json", 2, 8), root!["a"]!.Location);
    }
}
