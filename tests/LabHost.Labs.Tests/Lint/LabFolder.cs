namespace LabHost.Labs.Lint;

/// <summary>A small valid lab written to a temporary folder; tests change one file to break it.</summary>
public sealed class LabFolder : IDisposable
{
    public const string Yaml = """
        id: demo-lab
        title:
          ko: 데모
          en: Demo
        workspace: simulated
        minutes: 10
        steps:
          - id: create-net
            checks:
              - kind: network-exists
                name: user-network
            hints:
              - ko: 힌트
                en: A hint
            solution:
              - docker network create user-network
          - id: pick-driver
            checks:
              - kind: quiz
                quiz: none-driver
                answer: c
            solution:
              - "true"
        """;

    public const string Ko = """
        # 데모

        소개 ![그림](figures/a.svg)

        ## 네트워크 만들기 {#create-net}

        ```bash run
        docker network create user-network
        ```

        :::hint
        힌트
        :::

        ## 드라이버 {#pick-driver}

        :::quiz{#none-driver}
        질문
        - [a] bridge
        - [c] null
        :::
        """;

    public const string En = """
        # Demo

        Intro ![figure](figures/a.svg)

        ## Create a network {#create-net}

        ```bash run
        docker network create user-network
        ```

        :::hint
        A hint
        :::

        ## Driver {#pick-driver}

        :::quiz{#none-driver}
        Question
        - [a] bridge
        - [c] null
        :::
        """;

    public LabFolder(string? yaml = Yaml, string? ko = Ko, string? en = En)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "labhost-lab-" + Guid.NewGuid().ToString("N"), "demo-lab");
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "figures"));
        File.WriteAllText(System.IO.Path.Combine(Path, "figures", "a.svg"), "<svg/>");
        Write("lab.yaml", yaml);
        Write("ko.md", ko);
        Write("en.md", en);
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(System.IO.Path.GetDirectoryName(Path)!, recursive: true);

    private void Write(string name, string? text)
    {
        if (text is not null)
        {
            File.WriteAllText(System.IO.Path.Combine(Path, name), text + "\n");
        }
    }
}
