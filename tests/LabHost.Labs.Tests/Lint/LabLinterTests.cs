using LabHost.Labs.Model;

namespace LabHost.Labs.Lint;

public class LabLinterTests
{
    private static readonly FakeCheckCatalog Catalog = new();

    [Fact]
    public void Lint_ValidLab_ReportsNothing()
    {
        using var lab = new LabFolder();
        Assert.Empty(LabLinter.Lint(lab.Path, Catalog));
    }

    public static TheoryData<string, string, string, string, string, int> Broken() => new()
    {
        // file to change, text to replace, replacement, expected code, expected file, expected line
        { "lab.yaml", "id: demo-lab", "id: Demo_Lab", DiagnosticCodes.BadLabId, "lab.yaml", 1 },
        { "lab.yaml", "  en: Demo\n", "", DiagnosticCodes.TitleMissing, "lab.yaml", 3 },
        { "lab.yaml", "steps:", "steps: [", DiagnosticCodes.YamlSyntax, "lab.yaml", 8 },
        { "lab.yaml", "  - id: pick-driver", "  - id: create-net", DiagnosticCodes.DuplicateStepId, "lab.yaml", 17 },
        { "lab.yaml", "  - id: pick-driver", "  - id: Pick Driver", DiagnosticCodes.BadStepId, "lab.yaml", 17 },
        { "lab.yaml", "    solution:\n      - docker network create user-network\n", "", DiagnosticCodes.SolutionMissing, "lab.yaml", 8 },
        { "lab.yaml", "kind: network-exists", "kind: network-exist", DiagnosticCodes.UnknownCheckKind, "lab.yaml", 10 },
        { "lab.yaml", "        name: user-network\n", "", DiagnosticCodes.BadCheckParameters, "lab.yaml", 10 },
        { "lab.yaml", "      - kind: network-exists", "      - type: network-exists", DiagnosticCodes.CheckKindMissing, "lab.yaml", 10 },
        { "lab.yaml", "        en: A hint\n", "", DiagnosticCodes.HintLanguageMissing, "lab.yaml", 13 },
        { "lab.yaml", "minutes: 10", "minutes: ten", DiagnosticCodes.BadValue, "lab.yaml", 6 },
        { "lab.yaml", "minutes: 10", "minute: 10", DiagnosticCodes.UnknownKey, "lab.yaml", 6 },
        { "lab.yaml", "answer: c", "answer: d", DiagnosticCodes.QuizAnswerNotAChoice, "lab.yaml", 19 },
        { "lab.yaml", "quiz: none-driver", "quiz: other", DiagnosticCodes.QuizMissing, "lab.yaml", 19 },
        { "lab.yaml", "quiz: none-driver", "quiz: other", DiagnosticCodes.QuizUnchecked, "en.md", 17 },
        { "en.md", "# Demo\n", "", DiagnosticCodes.MarkdownTitleMissing, "en.md", 1 },
        { "en.md", "## Driver {#pick-driver}", "## Driver", DiagnosticCodes.StepSectionMissing, "lab.yaml", 17 },
        { "en.md", "## Driver {#pick-driver}", "## Driver {#pick-drivers}", DiagnosticCodes.UnknownStepSection, "en.md", 15 },
        { "en.md", "## Driver {#pick-driver}", "## Driver {#create-net}", DiagnosticCodes.DuplicateSectionId, "en.md", 15 },
        { "en.md", ":::hint\nA hint\n:::\n", "", DiagnosticCodes.HintCountDiffers, "en.md", 5 },
        { "en.md", "Intro", "Intro <b>bold</b>", DiagnosticCodes.RawHtml, "en.md", 3 },
        { "en.md", "Intro", "<div>\nx\n</div>\n", DiagnosticCodes.RawHtml, "en.md", 3 },
        { "en.md", "Intro", "[x](javascript:alert(1))", DiagnosticCodes.UnsafeLink, "en.md", 3 },
        { "en.md", "Intro", "[x](../../etc/passwd)", DiagnosticCodes.UnsafeLink, "en.md", 3 },
        { "en.md", "figures/a.svg", "figures/b.svg", DiagnosticCodes.BrokenLink, "en.md", 3 },
        { "en.md", "Intro", "Intro {onclick=x}", DiagnosticCodes.AttributeNotAllowed, "en.md", 3 },
        { "en.md", "- [c] null\n:::", "- [c] null", DiagnosticCodes.UnterminatedBlock, "en.md", 15 + 2 },
        // An unclosed hint is closed by the next ":::" line, so the quiz after it is the one left open.
        { "en.md", "A hint\n:::", "A hint", DiagnosticCodes.UnterminatedBlock, "en.md", 16 },
        { "en.md", "quiz{#none-driver}", "quiz{#None Driver}", DiagnosticCodes.BadQuiz, "en.md", 17 },
        { "en.md", "- [c] null", "- c null", DiagnosticCodes.BadQuiz, "en.md", 20 },
        { "en.md", "Intro", ":::quiz{#none-driver}\nQ\n- [a] x\n- [b] y\n:::\n", DiagnosticCodes.DuplicateQuizId, "en.md", 17 + 5 },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Lint_BrokenLab_ReportsCodeAtLine(string file, string find, string replace, string code, string expectedFile, int expectedLine)
    {
        var texts = new Dictionary<string, string>
        {
            ["lab.yaml"] = LabFolder.Yaml.ReplaceLineEndings("\n"),
            ["ko.md"] = LabFolder.Ko.ReplaceLineEndings("\n"),
            ["en.md"] = LabFolder.En.ReplaceLineEndings("\n"),
        };
        Assert.Contains(find, texts[file]);
        texts[file] = texts[file].Replace(find, replace);
        using var lab = new LabFolder(texts["lab.yaml"], texts["ko.md"], texts["en.md"]);

        var diagnostics = LabLinter.Lint(lab.Path, Catalog);

        var found = diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count > 0, $"{code} expected, got:\n{string.Join('\n', diagnostics)}");
        Assert.Contains(found, d => d.File == expectedFile && d.Line == expectedLine);
    }

    [Theory]
    [InlineData("lab.yaml")]
    [InlineData("ko.md")]
    [InlineData("en.md")]
    public void Lint_MissingFile_ReportsFileMissing(string missing)
    {
        using var lab = new LabFolder(
            missing == "lab.yaml" ? null : LabFolder.Yaml,
            missing == "ko.md" ? null : LabFolder.Ko,
            missing == "en.md" ? null : LabFolder.En);

        var diagnostic = Assert.Single(LabLinter.Lint(lab.Path, Catalog), d => d.Code == DiagnosticCodes.FileMissing);
        Assert.Equal(missing, diagnostic.File);
    }

    [Fact]
    public void Lint_StepsInOtherOrder_ReportsStepOrderDiffers()
    {
        var en = LabFolder.En.ReplaceLineEndings("\n");
        var first = en[en.IndexOf("## Create", StringComparison.Ordinal)..en.IndexOf("## Driver", StringComparison.Ordinal)];
        var swapped = en.Replace(first, string.Empty) + "\n\n" + first;
        using var lab = new LabFolder(en: swapped);

        var diagnostic = Assert.Single(LabLinter.Lint(lab.Path, Catalog), d => d.Code == DiagnosticCodes.StepOrderDiffers);
        Assert.Equal("en.md", diagnostic.File);
    }
}
