namespace LabHost.Labs.Model;

/// <summary>
/// Every diagnostic code, declared once. LAB0xx: lab.yaml; LAB1xx: markdown; LAB2xx: the two
/// languages against each other and against lab.yaml; LAB3xx: the course catalog.
/// </summary>
public static class DiagnosticCodes
{
    public const string FileMissing = "LAB001";
    public const string YamlSyntax = "LAB002";
    public const string YamlShape = "LAB003";
    public const string BadLabId = "LAB004";
    public const string TitleMissing = "LAB005";
    public const string BadStepId = "LAB006";
    public const string DuplicateStepId = "LAB007";
    public const string SolutionMissing = "LAB008";
    public const string CheckKindMissing = "LAB009";
    public const string UnknownCheckKind = "LAB010";
    public const string BadCheckParameters = "LAB011";
    public const string HintLanguageMissing = "LAB012";
    public const string UnknownKey = "LAB013";
    public const string BadValue = "LAB014";

    public const string MarkdownTitleMissing = "LAB101";
    public const string RawHtml = "LAB102";
    public const string UnsafeLink = "LAB103";
    public const string BrokenLink = "LAB104";
    public const string UnterminatedBlock = "LAB105";
    public const string AttributeNotAllowed = "LAB106";
    public const string BadQuiz = "LAB107";
    public const string DuplicateSectionId = "LAB108";
    public const string DuplicateQuizId = "LAB109";
    public const string EmphasisNotClosed = "LAB110";

    public const string StepSectionMissing = "LAB201";
    public const string UnknownStepSection = "LAB202";
    public const string StepOrderDiffers = "LAB203";
    public const string HintCountDiffers = "LAB204";
    public const string QuizMissing = "LAB205";
    public const string QuizUnchecked = "LAB206";
    public const string QuizAnswerNotAChoice = "LAB207";

    public const string CatalogFileMissing = "LAB301";
    public const string BadCourse = "LAB302";
    public const string DuplicateCourseId = "LAB303";
    public const string UnknownLab = "LAB304";
}
