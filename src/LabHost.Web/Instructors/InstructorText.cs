using LabHost.Labs.Model;

namespace LabHost.Web.Instructors;

/// <summary>The instructor pages' strings, once per language (the same shape as UiText).</summary>
public sealed record InstructorText
{
    public required string SignIn { get; init; }
    public required string SignOut { get; init; }
    public required string Email { get; init; }
    public required string Password { get; init; }
    public required string SignInFailed { get; init; }
    public required string SignInLocked { get; init; }
    public required string Classes { get; init; }
    public required string NewClass { get; init; }
    public required string ClassName { get; init; }
    public required string Create { get; init; }
    public required string JoinCodeLabel { get; init; }
    public required string Members { get; init; }
    public required string Exercises { get; init; }
    public required string AddExercise { get; init; }
    public required string Lab { get; init; }
    public required string DueDate { get; init; }
    public required string PointsPerStep { get; init; }
    public required string SolutionKeeps { get; init; }
    public required string LateRule { get; init; }
    public required string LateAccept { get; init; }
    public required string LatePenalty { get; init; }
    public required string LateZero { get; init; }
    public required string PenaltyPerDay { get; init; }
    public required string Gradebook { get; init; }
    public required string Search { get; init; }
    public required string StuckFilter { get; init; }
    public required string SortBy { get; init; }
    public required string Name { get; init; }
    public required string StudentId { get; init; }
    public required string Progress { get; init; }
    public required string Score { get; init; }
    public required string OnStep { get; init; }
    public required string Attempts { get; init; }
    public required string Hints { get; init; }
    public required string SolutionUsed { get; init; }
    public required string FirstPass { get; init; }
    public required string ExportCsv { get; init; }
    public required string NoMembers { get; init; }
    public required string Minutes { get; init; }
    public required string Commands { get; init; }
    public required string CheckAttempt { get; init; }
    public required string Close { get; init; }
    public required string Authoring { get; init; }
    public required string Preview { get; init; }
    public required string LintFindings { get; init; }
    public required string NoFindings { get; init; }
    public required string RunTest { get; init; }
    public required string TestPassed { get; init; }
    public required string TestFailed { get; init; }
    public required string LabFolder { get; init; }
    public required string NoLabFolders { get; init; }
    public required string ErrorCount { get; init; }
    public required string WarningCount { get; init; }
    public required string LoadFailed { get; init; }
    public required string LiveReload { get; init; }
    public required string LiveReloadOff { get; init; }
    public required string LoadedAt { get; init; }
    public required string MissingSection { get; init; }
    public required string NotInLabYaml { get; init; }
    public required string ChecksHeading { get; init; }
    public required string Solution { get; init; }
    public required string StepHints { get; init; }
    public required string Testing { get; init; }
    public required string NotTested { get; init; }
    public required string TestOnSimulated { get; init; }
    public required string StepPassed { get; init; }
    public required string StepFailed { get; init; }
    public required string EmptyMachine { get; init; }
    public required string TestError { get; init; }
    public required string StepFindings { get; init; }
    public required string JoinTitle { get; init; }
    public required string JoinCode { get; init; }
    public required string YourName { get; init; }
    public required string StudentNumber { get; init; }
    public required string Join { get; init; }
    public required string Joined { get; init; }
    public required string JoinFailed { get; init; }
    public required string JoinNameMissing { get; init; }
    public required string ExerciseExists { get; init; }
    public required string LabNotServed { get; init; }
    public required string ExerciseInvalid { get; init; }
    public required string RemoveExercise { get; init; }
    public required string ConfirmRemoveExercise { get; init; }
    public required string Cancel { get; init; }
    public required string ClassNotFound { get; init; }
    public required string Publish { get; init; }
    public required string PublishHelp { get; init; }
    public required string Served { get; init; }
    public required string NotServedNow { get; init; }
    public required string PublishedAt { get; init; }
    public required string PublishedLabs { get; init; }
    public required string KeptOldLabs { get; init; }
    public required string NotServedLabs { get; init; }
    public required string RemovedLabs { get; init; }
    public required string StudentsSee { get; init; }
    public required string Steps { get; init; }
    public required string StepNumber { get; init; }
    public required string StatusDone { get; init; }
    public required string StatusCurrent { get; init; }
    public required string StatusNotStarted { get; init; }
    public required string Legend { get; init; }
    public required string Stuck { get; init; }
    public required string JoinLink { get; init; }
    public required string JoinLinkHelp { get; init; }
    public required string TimesInUtc { get; init; }
    public required string NoExercises { get; init; }
    public required string NoClasses { get; init; }
    public required string Descending { get; init; }
    public required string NoActivity { get; init; }
    public required string HintOpened { get; init; }
    public required string TextHintOpened { get; init; }
    public required string SolutionOpened { get; init; }
    public required string StepCompleted { get; init; }
    public required string QuizAnswered { get; init; }
    public required string CheckPassed { get; init; }
    public required string WorkspaceReset { get; init; }

    public static InstructorText Korean { get; } = new()
    {
        SignIn = "강사 로그인", SignOut = "로그아웃", Email = "이메일", Password = "비밀번호",
        SignInFailed = "이메일 또는 비밀번호가 올바르지 않습니다.",
        SignInLocked = "로그인에 여러 번 실패해 이 계정이 5분 동안 잠겼습니다. 잠시 뒤에 다시 시도하거나, 관리자에게 labhost instructor add 이메일 --reset-password 명령으로 비밀번호를 다시 설정해 달라고 하세요.",
        Classes = "내 수업", NewClass = "새 수업", ClassName = "수업 이름", Create = "만들기",
        JoinCodeLabel = "참여 코드", Members = "학생", Exercises = "과제", AddExercise = "과제 추가",
        Lab = "실습", DueDate = "마감 (UTC)", PointsPerStep = "단계당 점수", SolutionKeeps = "해답을 본 단계의 점수 비율",
        LateRule = "지각 제출", LateAccept = "감점 없음", LatePenalty = "하루당 감점", LateZero = "0점", PenaltyPerDay = "하루당 감점 비율",
        Gradebook = "성적부", Search = "이름 또는 학번 검색", StuckFilter = "한 단계에서 N분 넘게 멈춘 학생만",
        SortBy = "정렬", Name = "이름", StudentId = "학번", Progress = "진행", Score = "점수", OnStep = "현재 단계 경과",
        Attempts = "시도", Hints = "힌트", SolutionUsed = "해답 봄", FirstPass = "처음 통과",
        ExportCsv = "CSV 내보내기", NoMembers = "아직 참여한 학생이 없습니다.", Minutes = "{0}분",
        Commands = "입력한 명령", CheckAttempt = "검사", Close = "닫기",
        Authoring = "실습 작성", Preview = "미리 보기", LintFindings = "lint 결과", NoFindings = "문제 없음",
        RunTest = "이 실습 테스트하기", TestPassed = "모든 단계 통과", TestFailed = "실패한 단계가 있습니다",
        LabFolder = "실습 폴더", NoLabFolders = "실습 폴더가 없습니다.", ErrorCount = "오류 {0}개", WarningCount = "경고 {0}개",
        LoadFailed = "lab.yaml을 불러오지 못했습니다. 아래 lint 결과를 확인하세요.",
        LiveReload = "이 폴더의 파일을 저장하면 이 페이지가 바로 다시 그려집니다.", LiveReloadOff = "파일 변경을 감시할 수 없어 자동으로 다시 그리지 않습니다. 새로 고침하세요.",
        LoadedAt = "불러온 시각",
        MissingSection = "이 언어의 파일에는 이 단계의 내용이 없습니다.", NotInLabYaml = "lab.yaml에 없는 단계입니다.",
        ChecksHeading = "검사 항목", Solution = "해답", StepHints = "힌트 (lab.yaml)", Testing = "테스트 중… {1}단계 중 {0}단계 완료",
        NotTested = "lint 오류가 있는 실습은 테스트하지 않습니다. 오류부터 고치세요.", TestOnSimulated = "시뮬레이션 작업 공간에서 각 단계의 해답을 순서대로 입력합니다.",
        StepPassed = "통과", StepFailed = "실패", EmptyMachine = "아무 명령도 입력하기 전에 이미 통과하는 검사", TestError = "테스트를 실행하지 못했습니다:",
        StepFindings = "이 단계의 lint 결과",
        JoinTitle = "수업 참여", JoinCode = "참여 코드", YourName = "이름", StudentNumber = "학번 (선택)", Join = "참여",
        Joined = "수업에 참여했습니다:", JoinFailed = "참여 코드를 찾을 수 없습니다.",
        JoinNameMissing = "이름이나 학번 중 하나는 적어 주세요. 선생님이 성적부에서 알아볼 수 있어야 합니다.",
        ExerciseExists = "이 수업에는 이미 그 실습이 과제로 있습니다.",
        LabNotServed = "그 실습은 지금 공개되어 있지 않습니다. 실습 작성 페이지에서 공개한 뒤 추가하세요.",
        ExerciseInvalid = "점수는 0 이상이어야 하고, 비율은 0과 1 사이여야 합니다.",
        RemoveExercise = "삭제", ConfirmRemoveExercise = "정말 삭제할까요? 학생들의 진행 기록은 남아 있어 다시 추가하면 돌아옵니다.", Cancel = "취소",
        ClassNotFound = "그런 수업이 없거나, 다른 강사의 수업입니다.",
        Publish = "학생들에게 공개", PublishHelp = "labs/ 폴더를 다시 읽어 오류 없는 실습을 바로 학생들에게 보여 줍니다. 이미 실습 중인 학생은 지금 쓰는 작업 공간이 닫힌 뒤부터 새 버전을 봅니다(실습 페이지를 모두 닫고 30분이 지나거나 서버를 다시 시작하면 닫힙니다).",
        Served = "공개 중", NotServedNow = "공개 안 됨", PublishedAt = "{0} UTC에 공개함", PublishedLabs = "공개한 실습",
        KeptOldLabs = "오류가 있어 이전 버전을 그대로 공개 중인 실습", NotServedLabs = "오류가 있어 공개하지 않은 폴더", RemovedLabs = "폴더가 없어 내린 실습",
        StudentsSee = "학생 화면",
        Steps = "단계", StepNumber = "{0}단계", StatusDone = "완료", StatusCurrent = "진행 중", StatusNotStarted = "시작 전",
        Legend = "범례", Stuck = "막힘", JoinLink = "참여 링크",
        JoinLinkHelp = "학생에게 이 링크를 보내거나, /join 페이지에서 참여 코드를 입력하게 하세요.",
        TimesInUtc = "시각은 모두 UTC입니다.", NoExercises = "아직 과제가 없습니다. 아래에서 실습을 골라 추가하세요.",
        NoClasses = "아직 수업이 없습니다. 위에서 첫 수업을 만드세요.", Descending = "내림차순",
        NoActivity = "이 단계에는 아직 기록이 없습니다.", HintOpened = "{0}번째 힌트를 열어 봄", TextHintOpened = "본문의 힌트를 펼쳐 봄",
        SolutionOpened = "해답을 열어 봄", StepCompleted = "단계 완료", QuizAnswered = "퀴즈 {0}: {1} 선택",
        CheckPassed = "검사 통과", WorkspaceReset = "작업 공간을 초기화함",
    };

    public static InstructorText English { get; } = new()
    {
        SignIn = "Instructor sign-in", SignOut = "Sign out", Email = "Email", Password = "Password",
        SignInFailed = "The email or password is not right.",
        SignInLocked = "Too many failed sign-ins: this account is locked for 5 minutes. Try again later, or have an administrator run: labhost instructor add EMAIL --reset-password.",
        Classes = "My classes", NewClass = "New class", ClassName = "Class name", Create = "Create",
        JoinCodeLabel = "Join code", Members = "Students", Exercises = "Exercises", AddExercise = "Add exercise",
        Lab = "Lab", DueDate = "Due (UTC)", PointsPerStep = "Points per step", SolutionKeeps = "Fraction kept after viewing a solution",
        LateRule = "Late completion", LateAccept = "Accept", LatePenalty = "Penalty per day", LateZero = "Zero", PenaltyPerDay = "Penalty per day (fraction)",
        Gradebook = "Gradebook", Search = "Search name or student id", StuckFilter = "Only learners stuck on a step for more than N minutes",
        SortBy = "Sort", Name = "Name", StudentId = "Student id", Progress = "Progress", Score = "Score", OnStep = "On current step",
        Attempts = "attempts", Hints = "hints", SolutionUsed = "solution viewed", FirstPass = "first pass",
        ExportCsv = "Export CSV", NoMembers = "No student has joined yet.", Minutes = "{0} min",
        Commands = "Commands typed", CheckAttempt = "Check", Close = "Close",
        Authoring = "Lab authoring", Preview = "Preview", LintFindings = "Lint findings", NoFindings = "No findings",
        RunTest = "Test this lab", TestPassed = "Every step passed", TestFailed = "Some steps failed",
        LabFolder = "Lab folder", NoLabFolders = "No lab folder found.", ErrorCount = "{0} error(s)", WarningCount = "{0} warning(s)",
        LoadFailed = "lab.yaml could not be loaded; see the lint findings below.",
        LiveReload = "Saving a file in this folder redraws this page at once.", LiveReloadOff = "Files cannot be watched here, so this page does not redraw itself: reload it.",
        LoadedAt = "Loaded at",
        MissingSection = "This language has no section for this step.", NotInLabYaml = "Not a step of lab.yaml.",
        ChecksHeading = "Checks", Solution = "Solution", StepHints = "Hints (lab.yaml)", Testing = "Testing… {0} of {1} steps done",
        NotTested = "A lab with lint errors is not tested: fix the errors first.", TestOnSimulated = "Types each step's solution, in order, into a simulated workspace.",
        StepPassed = "Passed", StepFailed = "Failed", EmptyMachine = "Checks that already pass on an empty machine", TestError = "The test could not run:",
        StepFindings = "Lint findings in this step",
        JoinTitle = "Join a class", JoinCode = "Join code", YourName = "Name", StudentNumber = "Student number (optional)", Join = "Join",
        Joined = "You joined:", JoinFailed = "No class has that join code.",
        JoinNameMissing = "Give your name or your student number, so your instructor can find you in the gradebook.",
        ExerciseExists = "This class has that lab as an exercise already.",
        LabNotServed = "That lab is not published now: publish it on the authoring page, then add it.",
        ExerciseInvalid = "Points must be 0 or more, and fractions between 0 and 1.",
        RemoveExercise = "Remove", ConfirmRemoveExercise = "Remove it? The students' progress is kept and comes back if you add the lab again.", Cancel = "Cancel",
        ClassNotFound = "There is no such class, or it is another instructor's.",
        Publish = "Publish to students", PublishHelp = "Reads labs/ again and serves every lab without errors at once. Students already in a lab keep the version they started with until their workspace is let go (30 minutes after their last lab page closed, or a server restart).",
        Served = "served", NotServedNow = "not served", PublishedAt = "Published at {0} UTC", PublishedLabs = "Published",
        KeptOldLabs = "Still served as before (its files have errors)", NotServedLabs = "Not served (errors)", RemovedLabs = "No longer served (folder gone)",
        StudentsSee = "Students",
        Steps = "Steps", StepNumber = "step {0}", StatusDone = "done", StatusCurrent = "in progress", StatusNotStarted = "not started",
        Legend = "Legend", Stuck = "stuck", JoinLink = "Join link",
        JoinLinkHelp = "Send students this link, or have them open /join and type the code.",
        TimesInUtc = "All times are UTC.", NoExercises = "No exercise yet: pick a lab below and add it.",
        NoClasses = "No class yet: create your first one above.", Descending = "Descending",
        NoActivity = "Nothing recorded for this step yet.", HintOpened = "Opened hint {0}", TextHintOpened = "Opened a hint in the text",
        SolutionOpened = "Opened the solution", StepCompleted = "Step completed", QuizAnswered = "Quiz {0}: chose {1}",
        CheckPassed = "Check passed", WorkspaceReset = "Reset the workspace",
    };

    public static InstructorText For(LabLanguage language) => language == LabLanguage.Ko ? Korean : English;
}
