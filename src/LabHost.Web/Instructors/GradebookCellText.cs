using System.Globalization;
using LabHost.Classes.Gradebook;

namespace LabHost.Web.Instructors;

/// <summary>
/// What a gradebook step cell says in words: its status, its label for a screen reader
/// ("김민수, 2단계 사용자 네트워크 만들기: 완료") and its tooltip with the counts. The cell shows
/// the step number, a colour and a symbol; these words carry the same and the step's title.
/// </summary>
public static class GradebookCellText
{
    public static string Status(StepStatus status, InstructorText text) => status switch
    {
        StepStatus.Done => text.StatusDone,
        StepStatus.Current => text.StatusCurrent,
        _ => text.StatusNotStarted,
    };

    /// <summary>"step 2 Create user-network" / "2단계 사용자 네트워크 만들기"; <paramref name="number"/> counts from 1.</summary>
    public static string Step(int number, string title, InstructorText text) =>
        $"{string.Format(CultureInfo.InvariantCulture, text.StepNumber, number)} {title}";

    public static string AriaLabel(string learner, int number, string title, GradebookCell cell, InstructorText text) =>
        $"{learner}, {Step(number, title, text)}: {Status(cell.Status, text)}{(cell.SolutionUsed ? ", " + text.SolutionUsed : "")}";

    public static string Tooltip(int number, string title, GradebookCell cell, InstructorText text)
    {
        var parts = new List<string> { Status(cell.Status, text), $"{text.Attempts} {cell.Attempts}", $"{text.Hints} {cell.Hints}" };
        if (cell.SolutionUsed)
        {
            parts.Add(text.SolutionUsed);
        }
        if (cell.FirstPassAt is { } pass)
        {
            parts.Add($"{text.FirstPass} {Utc(pass)}");
        }
        return $"{Step(number, title, text)}\n{string.Join(" · ", parts)}";
    }

    /// <summary>How long a learner has been on their step, in whole minutes: "12분", "12 min".</summary>
    public static string Minutes(TimeSpan span, InstructorText text) =>
        string.Format(CultureInfo.InvariantCulture, text.Minutes, (int)span.TotalMinutes);

    /// <summary>The one format the instructor pages show a time of day in.</summary>
    private static string Utc(DateTime at) => at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
