using System.Globalization;
using System.Text;
using LabHost.Classes.Gradebook;

namespace LabHost.Classes.Export;

/// <summary>
/// The grades as CSV: one row per learner × exercise, RFC 4180 (CRLF, fields with a comma, quote or
/// line break in double quotes, quotes doubled), UTF-8 with a BOM so a spreadsheet reads Korean
/// names as UTF-8 rather than the system code page. Times are ISO 8601 UTC. Text a learner typed
/// (name, student number) is written through <see cref="Text"/> so a spreadsheet cannot run it.
/// </summary>
public static class GradeCsv
{
    public static readonly string[] Header =
        ["student_id", "name", "exercise", "due_date", "completed_at", "raw_score", "penalties", "score", "max_score"];

    public static byte[] Write(IEnumerable<GradebookRow> rows)
    {
        var text = new StringBuilder();
        AppendLine(text, Header);
        foreach (var row in rows)
        {
            AppendLine(text,
            [
                Text(row.Learner.StudentId),
                Text(row.Learner.Name),
                Text(row.Exercise.LabId),
                Time(row.Exercise.DueAt),
                row.Score.CompletedAt is { } done ? done.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : string.Empty,
                Number(row.Score.Raw),
                Number(row.Score.Penalties),
                Number(row.Score.Score),
                Number(row.Score.Max),
            ]);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>
    /// CSV injection guard (OWASP): a text field starting with =, +, -, @, tab or CR is read by
    /// Excel, LibreOffice and Google Sheets as a formula ("=HYPERLINK(...)", "-1+2"), so it gets an
    /// apostrophe first and stays text. Only for text: the numbers this class writes stay numbers.
    /// </summary>
    public static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static void AppendLine(StringBuilder text, IEnumerable<string> fields) =>
        text.Append(string.Join(',', fields.Select(Field))).Append("\r\n");

    private static string Time(DateTime? time) =>
        time is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : string.Empty;

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
