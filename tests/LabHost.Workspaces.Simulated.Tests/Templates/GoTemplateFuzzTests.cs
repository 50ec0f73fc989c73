using System.Diagnostics;
using System.Text;

namespace LabHost.Workspaces.Simulated.Templates;

public class GoTemplateFuzzTests
{
    private static readonly string[] Fragments =
    [
        "{{", "}}", "{{-", " -}}", ".", ".Name", ".IPAM.Config", ".Labels", "$", "$x", ":=", "=", "|", "(", ")", " ",
        "range", "if", "else", "end", "with", "break", "continue", "\"s\"", "`r`", "'c'", "1", "-2", "3.5", "0x1f",
        "nil", "true", "printf \"%v %d %5.2f %q\"", "index", "len", "slice", "json", "join", "split", "pad", "truncate",
        "eq", "lt", "and", "or", "not", "print", "println", "/*", "*/", ",", "\n", "x", "é", "\\", "$i, $v :=", "title",
    ];

    [Fact]
    public void ParseAndExecute_RandomTemplates_OnlyThrowTemplateExceptionAndFinishFast()
    {
        var random = new Random(20240601);
        var stopwatch = Stopwatch.StartNew();
        var limits = new TemplateLimits { MaxOutputChars = 10_000, MaxSteps = 20_000 };
        var seeds = new[]
        {
            "{{range $k, $v := .Labels}}{{$k}}={{$v}} {{end}}", "{{if .Name}}{{.Name | printf \"%s\"}}{{else}}x{{end}}",
            "{{json .}}", "{{with .IPAM}}{{range .Config}}{{.Subnet}}{{end}}{{end}}", "{{index .Labels \"project\"}}",
        };

        for (var i = 0; i < 20_000; i++)
        {
            var template = i % 2 == 0 ? Generate(random) : Mutate(random, seeds[random.Next(seeds.Length)]);
            try
            {
                GoTemplate.Parse(template).Execute(SampleData.Network, limits);
            }
            catch (TemplateException e)
            {
                Assert.DoesNotContain("internal error", e.GoMessage, StringComparison.Ordinal);
            }
        }

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), "fuzzing took " + stopwatch.Elapsed);
    }

    private static string Generate(Random random)
    {
        var sb = new StringBuilder();
        var count = random.Next(1, 16);
        for (var i = 0; i < count; i++)
        {
            sb.Append(Fragments[random.Next(Fragments.Length)]);
        }

        return sb.ToString();
    }

    private static string Mutate(Random random, string seed)
    {
        var sb = new StringBuilder(seed);
        var edits = random.Next(1, 4);
        for (var i = 0; i < edits && sb.Length > 0; i++)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(3))
            {
                case 0: sb.Remove(at, 1); break;
                case 1: sb.Insert(at, Fragments[random.Next(Fragments.Length)]); break;
                default: sb[at] = (char)random.Next(32, 127); break;
            }
        }

        return sb.ToString();
    }
}
