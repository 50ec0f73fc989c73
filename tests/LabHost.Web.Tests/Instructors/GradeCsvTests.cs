using System.Text;
using LabHost.Classes.Export;
using LabHost.Classes.Gradebook;
using LabHost.Grading.Scoring;

namespace LabHost.Web.Instructors;

/// <summary>The grade CSV: formula-injection guard on text a learner typed, numbers left alone, and an RFC 4180 round trip of Korean names.</summary>
public sealed class GradeCsvTests
{
    private static readonly DateTime Due = new(2026, 12, 1, 15, 0, 0, DateTimeKind.Utc);
    private static readonly GradebookExercise Lab = new(1, "lab", "Lab", ["a", "b", "c"], Due, new ScoringPolicy());

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+82-10-1234")]
    [InlineData("-1")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Text_StartsLikeAFormula_GetsAnApostrophe(string value) =>
        Assert.Equal("'" + value, GradeCsv.Text(value));

    [Theory]
    [InlineData("김민수")]
    [InlineData("2026001")]
    [InlineData("a=b")]
    [InlineData("1-2")]
    [InlineData("")]
    [InlineData(" =leading space is text already")]
    public void Text_Plain_IsUnchanged(string value) =>
        Assert.Equal(value, GradeCsv.Text(value));

    [Fact]
    public void Write_FormulaNameAndNegativeStudentNumber_NeutralisedWhileScoresStayNumbers()
    {
        var learner = new GradebookLearner("learner-evil-0001", "=HYPERLINK(\"http://evil.example\",\"x\")", "-1");

        var lines = Lines(GradeCsv.Write(Rows(learner, stepsDone: 2)));

        Assert.Equal("'-1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",lab,2026-12-01T15:00:00Z,,20,0,20,30", lines[1]);
    }

    [Theory]
    [InlineData("김민수")]
    [InlineData("김, \"민수\"")]
    [InlineData("이서연\r\n2반")]
    [InlineData("박지훈 (조교)")]
    public void Write_KoreanName_RoundTripsThroughAnRfc4180Reader(string name)
    {
        var bytes = GradeCsv.Write(Rows(new GradebookLearner("learner-kim-0001", name, "2026001"), stepsDone: 1));

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var records = Rfc4180.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(2, records.Count);
        Assert.Equal(GradeCsv.Header, records[0]);
        Assert.Equal(["2026001", name, "lab", "2026-12-01T15:00:00Z", "", "10", "0", "10", "30"], records[1]);
    }

    private static IReadOnlyList<GradebookRow> Rows(GradebookLearner learner, int stepsDone)
    {
        var t0 = new DateTime(2026, 11, 29, 9, 0, 0, DateTimeKind.Utc);
        var steps = Lab.StepIds.Take(stepsDone).Select((id, i) => new StepRecord(learner.LearnerId, "lab", id, t0.AddMinutes(5 + 4 * i), 0, false)).ToList();
        var events = steps.Select(s => new ActivityRecord(learner.LearnerId, "lab", s.StepId, ActivityKinds.StepCompleted, true, s.CompletedAt!.Value)).ToList();
        return GradebookProjection.Build([Lab], [learner], steps, events);
    }

    private static string[] Lines(byte[] csv) => Encoding.UTF8.GetString(csv[3..]).Split("\r\n");

    /// <summary>A strict reader for RFC 4180 as a spreadsheet reads it: quoted fields may hold commas, quotes ("") and line breaks.</summary>
    private static class Rfc4180
    {
        public static List<string[]> Parse(string text)
        {
            var records = new List<string[]>();
            var fields = new List<string>();
            var field = new StringBuilder();
            var i = 0;
            while (i < text.Length)
            {
                if (text[i] == '"')
                {
                    for (i++; !(text[i] == '"' && (i + 1 == text.Length || text[i + 1] != '"')); i++)
                    {
                        field.Append(text[i]);
                        i += text[i] == '"' ? 1 : 0;
                    }
                    i++;
                }
                else if (text[i] == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    i++;
                }
                else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    fields.Clear();
                    i += 2;
                }
                else
                {
                    Assert.False(text[i] is '\r' or '\n', $"a bare line break outside quotes at {i}");
                    field.Append(text[i++]);
                }
            }
            Assert.True(fields.Count == 0 && field.Length == 0, "the last record ends with CRLF");
            return records;
        }
    }
}
