using LabHost.Labs.Model;
using YamlDotNet.RepresentationModel;

namespace LabHost.Labs.Loading;

/// <summary>
/// Reads <c>lab.yaml</c>. Never throws for bad input: every problem is a diagnostic with the
/// line it is on. Stateless; safe for concurrent use.
/// </summary>
public static class LabLoader
{
    public const string FileName = "lab.yaml";
    public const string DefaultWorkspace = "simulated";

    public static LabLoadResult Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return new(null, [new(DiagnosticSeverity.Error, FileName, 0, 0, DiagnosticCodes.FileMissing, $"{FileName} is missing")]);
        }
        return Parse(File.ReadAllText(path));
    }

    public static LabLoadResult Parse(string yaml)
    {
        var diagnostics = new List<LabDiagnostic>();
        var reader = new YamlReader(FileName, diagnostics);
        var root = reader.LoadRoot(yaml);
        if (root is null)
        {
            return new(null, diagnostics);
        }
        reader.Allow(root, "id", "title", "summary", "workspace", "minutes", "steps");

        var id = reader.Scalar(root, "id", required: true, DiagnosticCodes.BadLabId) ?? string.Empty;
        if (id.Length > 0 && !LabIds.IsValid(id))
        {
            reader.Error(reader.Get(root, "id")!, DiagnosticCodes.BadLabId, $"lab id '{id}' is not valid: use {LabIds.Rule}");
        }
        var title = reader.Localized(root, "title", required: true, DiagnosticCodes.TitleMissing, "the title");
        var summary = reader.Localized(root, "summary", required: false, DiagnosticCodes.TitleMissing, "the summary");
        var workspace = reader.Scalar(root, "workspace", required: false) ?? DefaultWorkspace;
        var minutes = ReadMinutes(reader, root);
        var steps = StepReader.ReadSteps(reader, root);
        return new(new LabDefinition(id, title, summary, workspace, minutes, steps), diagnostics);
    }

    private static int? ReadMinutes(YamlReader reader, YamlMappingNode root)
    {
        var text = reader.Scalar(root, "minutes", required: false);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minutes) && minutes > 0)
        {
            return minutes;
        }
        reader.Error(reader.Get(root, "minutes")!, DiagnosticCodes.BadValue, $"'minutes' must be a positive whole number, not '{text}'");
        return null;
    }
}
