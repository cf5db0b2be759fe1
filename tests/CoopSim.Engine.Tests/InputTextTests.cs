using System.Text;
using System.Text.Json;
using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Json;
using CoopSim.Engine.Reporting;
using CoopSim.Engine.Simulation;

namespace CoopSim.Engine.Tests;

/// <summary>Text that is not what a scenario should hold is a located problem; values outside what can act are refused.</summary>
public sealed class InputTextTests
{
    private static string Edit(string from, string to) => TestScenarios.Minimal.Replace(from, to, StringComparison.Ordinal);

    [Fact]
    public void A_lone_surrogate_in_a_string_is_a_located_problem()
    {
        var problems = new List<ScenarioProblem>();
        var root = JsonSourceReader.Read("{\n  \"name\": \"a\\ud800b\"\n}", "f.json", problems);

        Assert.Null(root);
        var problem = Assert.Single(problems);
        Assert.Equal(new SourceLocation("f.json", 2, 11), problem.Location);
        Assert.Equal("$.name", problem.JsonPath);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_in_a_key_are_a_located_problem()
    {
        var problems = new List<ScenarioProblem>();
        byte[] text = [.. "{ \"a\": 1,\n \""u8, 0xC3, 0x28, .. "\": 2 }"u8];

        var root = JsonSourceReader.Read(text, "f.json", problems);

        Assert.Null(root);
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Location.Line);
        Assert.Contains("not valid UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_seed_beyond_the_integer_range_says_integer_and_the_range()
    {
        var problems = TestScenarios.Compile(Edit("\"endYear\": 2010,", "\"endYear\": 2010, \"seed\": 4294967296,")).Problems;

        Assert.Contains(problems, p => p.JsonPath == "$.seed" && p.Message == "expected an integer from -2147483648 to 2147483647, found 4294967296");
    }

    [Fact]
    public void A_programme_phase_entirely_outside_the_simulated_years_is_a_problem()
    {
        var edited = Edit("\"from\": 2002, \"to\": 2005", "\"from\": 2030, \"to\": 2032");

        var problem = Assert.Single(TestScenarios.Compile(edited).Problems);

        Assert.Equal("$.programmes[0].phases[0].from", problem.JsonPath);
        Assert.Equal("the phase's years 2030-2032 are outside the simulated years 2000-2010", problem.Message);
        Assert.Equal(edited.Split('\n').ToList().FindIndex(l => l.Contains("\"from\": 2030", StringComparison.Ordinal)) + 1, problem.Location.Line);
    }

    [Fact]
    public void A_phase_partly_inside_the_simulated_years_is_accepted()
    {
        Assert.True(TestScenarios.Compile(Edit("\"from\": 2002, \"to\": 2005", "\"from\": 2008, \"to\": 2012")).IsValid);
    }

    [Fact]
    public void Control_characters_in_a_table_are_shown_as_escapes()
    {
        var table = new TextTable("metric\u001b[2J", "value");
        table.Add("name\u0007\r", "1");

        var text = table.ToString();

        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\r', text);
        Assert.Contains("metric\\u001b[2J", text, StringComparison.Ordinal);
        Assert.Contains("name\\u0007\\u000d", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_report_reaches_its_stream_as_it_is_made_not_at_the_end()
    {
        var scenario = TestScenarios.Resolve(Edit("\"endYear\": 2010", "\"endYear\": 2200").Replace("\"startYear\": 2000", "\"startYear\": 1900", StringComparison.Ordinal));
        var result = Simulator.Run(scenario);
        var years = result.Years;
        using var stream = new WriteRecorder();

        RunReport.WriteJson(result, Enumerable.Repeat(years, 40).SelectMany(y => y).ToList(), stream);

        Assert.True(stream.Writes > 1, $"{stream.Writes} write(s) of {stream.Length} bytes");
        Assert.True(stream.LargestWrite < stream.Length, $"the largest write is {stream.LargestWrite} of {stream.Length} bytes");
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(years.Count * 40, json.RootElement.GetProperty("years").GetArrayLength());
    }

    /// <summary>Records how the report's bytes arrive: in how many writes, the largest of them.</summary>
    private sealed class WriteRecorder : Stream
    {
        private readonly MemoryStream _bytes = new();

        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _bytes.Length;

        public override long Position
        {
            get => _bytes.Position;
            set => throw new NotSupportedException();
        }

        public byte[] ToArray() => _bytes.ToArray();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, count);
            _bytes.Write(buffer, offset, count);
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _bytes.Dispose();
            base.Dispose(disposing);
        }
    }
}
