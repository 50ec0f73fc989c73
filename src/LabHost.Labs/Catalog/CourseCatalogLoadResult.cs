using LabHost.Labs.Model;

namespace LabHost.Labs.Catalog;

/// <summary>The catalog as far as it could be read (null when the file is missing or not YAML), and its problems.</summary>
public sealed record CourseCatalogLoadResult(CourseCatalog? Catalog, IReadOnlyList<LabDiagnostic> Diagnostics);
