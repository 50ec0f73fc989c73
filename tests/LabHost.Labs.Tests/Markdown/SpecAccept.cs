using System.Runtime.CompilerServices;
using System.Text;
using LabHost.Labs.Model;

namespace LabHost.Labs.Markdown;

/// <summary>
/// With LABHOST_ACCEPT_SPECS=1, rewrites the spec files' HTML with what the pipeline renders, to
/// be reviewed in the diff before committing. Never used by CI.
/// </summary>
public class SpecAccept
{
    [Fact]
    public void Accept_WhenAsked_RewritesSpecFiles()
    {
        if (Environment.GetEnvironmentVariable("LABHOST_ACCEPT_SPECS") != "1")
        {
            return;
        }
        foreach (var file in Directory.GetFiles(Path.Combine(SourceDirectory(), "..", "Specs"), "*.md"))
        {
            var examples = SpecReader.Read(file).ToDictionary(e => e.Line);
            var lines = File.ReadAllLines(file);
            var output = new StringBuilder();
            for (var i = 0; i < lines.Length; i++)
            {
                output.Append(lines[i]).Append('\n');
                if (!examples.TryGetValue(i + 1, out var example))
                {
                    continue;
                }
                for (i++; lines[i] != "."; i++)
                {
                    output.Append(lines[i]).Append('\n');
                }
                output.Append(".\n");
                var language = example.Language == "ko" ? LabLanguage.Ko : LabLanguage.En;
                output.Append(LabMarkdown.ToHtml(example.Markdown, language, LabMarkdown.DefaultAssetBaseUrl("demo")).Replace('\t', '→'));
                while (lines[i] != new string('`', 32))
                {
                    i++;
                }
                output.Append(lines[i]).Append('\n');
            }
            File.WriteAllText(file, output.ToString());
        }
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
