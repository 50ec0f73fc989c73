using Docker.DotNet;

namespace LabHost.Workspaces.Docker;

/// <summary>Clients for the host engine and for a workspace's inner engine.</summary>
internal static class DockerClients
{
    /// <summary>Debian 12's Engine 20.10 speaks API 1.41; the library's default is newer.</summary>
    public static readonly Version ApiVersion = new(1, 41);

    public static DockerClient Create(Uri endpoint, TimeSpan? timeout = null) =>
        new DockerClientBuilder().WithEndpoint(endpoint).WithApiVersion(ApiVersion).WithTimeout(timeout ?? TimeSpan.FromSeconds(100)).Build();

    public static DockerClient ForSocket(string path) => Create(new Uri("unix://" + path));
}
