using LabHost.Labs.Loading;
using LabHost.Labs.Model;
using YamlDotNet.RepresentationModel;

namespace LabHost.Labs.Catalog;

/// <summary>
/// <c>content/catalog.yaml</c>: the courses and the order of their labs. Immutable once loaded.
/// </summary>
public sealed record CourseCatalog(IReadOnlyList<Course> Courses)
{
    public const string FileName = "catalog.yaml";

    /// <summary>Reads the catalog; with <paramref name="knownLabIds"/>, also reports labs that do not exist.</summary>
    public static CourseCatalogLoadResult Load(string path, IReadOnlyCollection<string>? knownLabIds = null)
    {
        if (!File.Exists(path))
        {
            return new(null, [new(DiagnosticSeverity.Error, FileName, 0, 0, DiagnosticCodes.CatalogFileMissing, $"{FileName} is missing")]);
        }
        return Parse(File.ReadAllText(path), knownLabIds);
    }

    public static CourseCatalogLoadResult Parse(string yaml, IReadOnlyCollection<string>? knownLabIds = null)
    {
        var diagnostics = new List<LabDiagnostic>();
        var reader = new YamlReader(FileName, diagnostics);
        var root = reader.LoadRoot(yaml);
        if (root is null)
        {
            return new(null, diagnostics);
        }
        reader.Allow(root, "courses");
        var courses = new List<Course>();
        foreach (var node in reader.Node<YamlSequenceNode>(root, "courses", required: true, "a list of courses")?.Children ?? [])
        {
            if (node is not YamlMappingNode map)
            {
                reader.Error(node, DiagnosticCodes.BadCourse, "a course must be a mapping with 'id', 'title' and 'labs'");
                continue;
            }
            var course = ReadCourse(reader, map, knownLabIds);
            if (courses.Any(c => c.Id == course.Id))
            {
                reader.Error(map, DiagnosticCodes.DuplicateCourseId, $"course id '{course.Id}' is used by an earlier course");
                continue;
            }
            courses.Add(course);
        }
        return new(new CourseCatalog(courses), diagnostics);
    }

    private static Course ReadCourse(YamlReader reader, YamlMappingNode map, IReadOnlyCollection<string>? knownLabIds)
    {
        reader.Allow(map, "id", "title", "summary", "labs");
        var id = reader.Scalar(map, "id", required: true, DiagnosticCodes.BadCourse) ?? string.Empty;
        if (id.Length > 0 && !LabIds.IsValid(id))
        {
            reader.Error(reader.Get(map, "id")!, DiagnosticCodes.BadCourse, $"course id '{id}' is not valid: use {LabIds.Rule}");
        }
        var title = reader.Localized(map, "title", required: true, DiagnosticCodes.TitleMissing, $"the title of course '{id}'");
        var summary = reader.Localized(map, "summary", required: false, DiagnosticCodes.TitleMissing, $"the summary of course '{id}'");
        var labs = new List<string>();
        foreach (var lab in reader.Node<YamlSequenceNode>(map, "labs", required: true, "a list of lab ids")?.Children ?? [])
        {
            var labId = (lab as YamlScalarNode)?.Value;
            if (labId is null || !LabIds.IsValid(labId))
            {
                reader.Error(lab, DiagnosticCodes.BadCourse, $"'{lab}' is not a lab id");
            }
            else if (labs.Contains(labId))
            {
                reader.Error(lab, DiagnosticCodes.BadCourse, $"lab '{labId}' is listed twice in course '{id}'");
            }
            else if (knownLabIds is not null && !knownLabIds.Contains(labId))
            {
                reader.Error(lab, DiagnosticCodes.UnknownLab, $"lab '{labId}' does not exist in labs/");
            }
            else
            {
                labs.Add(labId);
            }
        }
        return new Course(id, title, labs, (int)map.Start.Line) { Summary = summary };
    }
}
