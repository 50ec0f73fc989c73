namespace LabHost.Web.Authoring;

public sealed class AuthoringFoldersTests : IDisposable
{
    private readonly TempLabs labs = new("bridge-dns");
    private readonly string outside = Directory.CreateTempSubdirectory("labhost-outside-").FullName;

    public void Dispose()
    {
        labs.Dispose();
        Directory.Delete(outside, recursive: true);
    }

    [Fact]
    public void Resolve_ChildFolder_IsItsFullPath() =>
        Assert.Equal(Path.Combine(labs.LabsDirectory, "bridge-dns"), AuthoringFolders.Resolve(labs.LabsDirectory, "bridge-dns"));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("../labs")]
    [InlineData("bridge-dns/..")]
    [InlineData("bridge-dns/figures")]
    [InlineData("..\\labs")]
    [InlineData("/etc")]
    [InlineData("/tmp")]
    [InlineData("missing")]
    public void Resolve_NotADirectChild_IsNull(string name) =>
        Assert.Null(AuthoringFolders.Resolve(labs.LabsDirectory, name));

    [Fact]
    public void Resolve_AFileNotAFolder_IsNull()
    {
        File.WriteAllText(Path.Combine(labs.LabsDirectory, "notes.txt"), "x");

        Assert.Null(AuthoringFolders.Resolve(labs.LabsDirectory, "notes.txt"));
    }

    [Fact]
    public void Resolve_LinkOutOfTheLabsDirectory_IsNullAndNotListed()
    {
        File.WriteAllText(Path.Combine(outside, "lab.yaml"), "id: secret");
        Directory.CreateSymbolicLink(Path.Combine(labs.LabsDirectory, "escape"), outside);

        Assert.Null(AuthoringFolders.Resolve(labs.LabsDirectory, "escape"));
        Assert.Equal(["bridge-dns"], AuthoringFolders.List(labs.LabsDirectory));
    }

    [Fact]
    public void Resolve_LinkToAnotherLabFolder_IsAllowed()
    {
        Directory.CreateSymbolicLink(Path.Combine(labs.LabsDirectory, "alias"), Path.Combine(labs.LabsDirectory, "bridge-dns"));

        Assert.NotNull(AuthoringFolders.Resolve(labs.LabsDirectory, "alias"));
        Assert.Equal(["alias", "bridge-dns"], AuthoringFolders.List(labs.LabsDirectory));
    }
}
