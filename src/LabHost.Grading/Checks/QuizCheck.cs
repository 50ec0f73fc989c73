namespace LabHost.Grading.Checks;

/// <summary>The learner's answer to the quiz with this id is Answer.</summary>
public sealed record QuizCheck(string Quiz, string Answer) : Check
{
    public override string Kind => "quiz";
}
