using LabHost.Labs.Model;

namespace LabHost.Web.Localization;

/// <summary>
/// Every string of the UI, once per language. A typed record rather than .resx: there are exactly
/// two languages, `required` makes the compiler refuse a language that lacks a string, and it
/// needs no satellite assemblies or culture data (the build runs with InvariantGlobalization).
/// Lab text never comes from here: it comes from the lab, through the sanitised pipeline.
/// </summary>
public sealed record UiText
{
    public required LabLanguage Language { get; init; }
    public required string Code { get; init; }
    public required string SiteName { get; init; }
    public required string SkipToContent { get; init; }
    public required string LanguageLabel { get; init; }
    public required string OtherLanguageName { get; init; }
    public required string CatalogTitle { get; init; }
    public required string CatalogIntro { get; init; }
    public required string Minutes { get; init; }
    public required string StepsDone { get; init; }
    public required string OpenLab { get; init; }
    public required string DisplayNameLabel { get; init; }
    public required string DisplayNameSave { get; init; }
    public required string DisplayNameHelp { get; init; }
    public required string Steps { get; init; }
    public required string StepDone { get; init; }
    public required string StepCurrent { get; init; }
    public required string StepTodo { get; init; }
    public required string Check { get; init; }
    public required string Checking { get; init; }
    public required string StepComplete { get; init; }
    public required string AllStepsComplete { get; init; }
    public required string NotYet { get; init; }
    public required string Passed { get; init; }
    public required string ShowHint { get; init; }
    public required string NoMoreHints { get; init; }
    public required string ShowSolution { get; init; }
    public required string SolutionNote { get; init; }
    public required string Terminal { get; init; }
    public required string TerminalLabel { get; init; }
    public required string TerminalKeyboardHelp { get; init; }
    public required string LabMachine { get; init; }
    public required string Connecting { get; init; }
    public required string Disconnected { get; init; }
    public required string ResetWorkspace { get; init; }
    public required string ResetConfirm { get; init; }
    public required string ResetDone { get; init; }
    public required string TerminalStopped { get; init; }
    /// <summary>The expiry banner when inactivity ends the machine; {0} is the whole minutes left.</summary>
    public required string ExpiresIdleIn { get; init; }
    /// <summary>The expiry banner when the lifetime ends the machine; {0} is the whole minutes left.</summary>
    public required string ExpiresLifetimeIn { get; init; }
    public required string Extend { get; init; }
    public required string Extended { get; init; }
    public required string Topology { get; init; }
    public required string TopologyDescription { get; init; }
    public required string NoContainers { get; init; }
    public required string Previous { get; init; }
    public required string Next { get; init; }
    public required string Introduction { get; init; }
    public required string LabNotFound { get; init; }
    public required string BackToCatalog { get; init; }
    public required string AtCapacity { get; init; }
    public required string WorkspaceFailed { get; init; }
    public required string ErrorTitle { get; init; }
    public required string ErrorText { get; init; }
    public required string Copied { get; init; }
    public required string QuizSaved { get; init; }

    public static UiText Korean { get; } = new()
    {
        Language = LabLanguage.Ko,
        Code = "ko",
        SiteName = "LabHost",
        SkipToContent = "본문으로 건너뛰기",
        LanguageLabel = "언어",
        OtherLanguageName = "English",
        CatalogTitle = "실습 과정",
        CatalogIntro = "브라우저에서 나만의 실습 머신으로 도커 네트워킹을 직접 해 봅니다.",
        Minutes = "분",
        StepsDone = "단계 완료",
        OpenLab = "실습 열기",
        DisplayNameLabel = "표시 이름 (선택)",
        DisplayNameSave = "저장",
        DisplayNameHelp = "로그인 없이 이 브라우저의 쿠키로 진행 상황을 기억합니다.",
        Steps = "단계",
        StepDone = "완료",
        StepCurrent = "진행 중",
        StepTodo = "남음",
        Check = "확인",
        Checking = "확인 중…",
        StepComplete = "단계를 완료했습니다!",
        AllStepsComplete = "모든 단계를 마쳤습니다. 수고하셨습니다!",
        NotYet = "아직 완료되지 않았습니다.",
        Passed = "통과",
        ShowHint = "힌트 보기",
        NoMoreHints = "더 이상 힌트가 없습니다.",
        ShowSolution = "풀이 보기",
        SolutionNote = "풀이를 본 것은 기록됩니다.",
        Terminal = "터미널",
        TerminalLabel = "실습 머신의 터미널",
        TerminalKeyboardHelp = "터미널에서 Tab은 자동 완성입니다. F6 키로 터미널에서 빠져나옵니다.",
        LabMachine = "실습 머신",
        Connecting = "연결 중…",
        Disconnected = "연결이 끊어졌습니다. 다시 연결하는 중…",
        ResetWorkspace = "실습 머신 초기화",
        ResetConfirm = "정말 초기화할까요? 컨테이너와 네트워크가 모두 사라집니다.",
        ResetDone = "실습 머신을 초기화했습니다.",
        TerminalStopped = "실습 머신이 멈췄습니다. 초기화하면 다시 연결됩니다.",
        ExpiresIdleIn = "입력이 없으면 실습 머신이 {0}분 뒤에 닫힙니다.",
        ExpiresLifetimeIn = "실습 머신의 사용 시간이 {0}분 남았습니다.",
        Extend = "시간 연장",
        Extended = "실습 머신 사용 시간을 연장했습니다.",
        Topology = "네트워크 구성도",
        TopologyDescription = "실습 머신의 네트워크, 컨테이너와 인터페이스",
        NoContainers = "아직 컨테이너가 없습니다.",
        Previous = "이전",
        Next = "다음",
        Introduction = "소개",
        LabNotFound = "그런 실습은 없습니다.",
        BackToCatalog = "실습 과정으로 돌아가기",
        AtCapacity = "지금은 서버가 가득 찼습니다. 몇 분 뒤에 다시 시도해 주세요.",
        WorkspaceFailed = "실습 머신을 준비하지 못했습니다. 페이지를 새로 고쳐 보세요.",
        ErrorTitle = "문제가 생겼습니다",
        ErrorText = "요청을 처리하지 못했습니다. 잠시 뒤에 다시 시도해 주세요.",
        Copied = "복사했습니다.",
        QuizSaved = "답을 저장했습니다.",
    };

    public static UiText English { get; } = new()
    {
        Language = LabLanguage.En,
        Code = "en",
        SiteName = "LabHost",
        SkipToContent = "Skip to content",
        LanguageLabel = "Language",
        OtherLanguageName = "한국어",
        CatalogTitle = "Courses",
        CatalogIntro = "Hands-on Docker networking in your browser, on a lab machine of your own.",
        Minutes = "min",
        StepsDone = "steps done",
        OpenLab = "Open lab",
        DisplayNameLabel = "Display name (optional)",
        DisplayNameSave = "Save",
        DisplayNameHelp = "No sign-in: this browser's cookie remembers your progress.",
        Steps = "Steps",
        StepDone = "done",
        StepCurrent = "current",
        StepTodo = "to do",
        Check = "Check",
        Checking = "Checking…",
        StepComplete = "Step complete!",
        AllStepsComplete = "All steps are done. Well done!",
        NotYet = "Not done yet.",
        Passed = "passed",
        ShowHint = "Show a hint",
        NoMoreHints = "No more hints.",
        ShowSolution = "Show solution",
        SolutionNote = "Viewing the solution is recorded.",
        Terminal = "Terminal",
        TerminalLabel = "Terminal of your lab machine",
        TerminalKeyboardHelp = "In the terminal, Tab completes. Press F6 to leave the terminal.",
        LabMachine = "Lab machine",
        Connecting = "Connecting…",
        Disconnected = "Disconnected. Reconnecting…",
        ResetWorkspace = "Reset lab machine",
        ResetConfirm = "Reset for real? Every container and network will be gone.",
        ResetDone = "The lab machine was reset.",
        TerminalStopped = "The lab machine has stopped. Reset it to reconnect.",
        ExpiresIdleIn = "Your lab machine closes in {0} min without input.",
        ExpiresLifetimeIn = "Your lab machine reaches its time limit in {0} min.",
        Extend = "Extend",
        Extended = "Your lab machine has more time now.",
        Topology = "Network topology",
        TopologyDescription = "Networks, containers and interfaces of your lab machine",
        NoContainers = "No containers yet.",
        Previous = "Previous",
        Next = "Next",
        Introduction = "Introduction",
        LabNotFound = "There is no such lab.",
        BackToCatalog = "Back to the courses",
        AtCapacity = "The server is full right now. Please try again in a few minutes.",
        WorkspaceFailed = "Your lab machine could not be prepared. Try reloading the page.",
        ErrorTitle = "Something went wrong",
        ErrorText = "The request could not be handled. Please try again in a moment.",
        Copied = "Copied.",
        QuizSaved = "Answer saved.",
    };

    /// <summary>The expiry banner's text for <paramref name="left"/> (whole minutes, rounded up, at least 1).</summary>
    public string ExpiresIn(TimeSpan left, bool idle) => string.Format(
        System.Globalization.CultureInfo.InvariantCulture,
        idle ? ExpiresIdleIn : ExpiresLifetimeIn,
        Math.Max(1, (int)Math.Ceiling(left.TotalMinutes)));

    public static UiText For(LabLanguage language) => language == LabLanguage.Ko ? Korean : English;
}
