namespace LabHost.Workspaces.Simulated.Cli;

/// <summary>How many positional arguments a command accepts, with the CLI's own error words.</summary>
public sealed record ArgsRule(int Min, int Max)
{
    public static ArgsRule None { get; } = new(0, 0);

    public static ArgsRule Any { get; } = new(0, int.MaxValue);

    public static ArgsRule Exactly(int n) => new(n, n);

    public static ArgsRule AtLeast(int n) => new(n, int.MaxValue);

    /// <summary>The complaint, or null when the count is fine.</summary>
    public string? Check(int count)
    {
        if (count >= Min && count <= Max)
        {
            return null;
        }

        if (Max == 0)
        {
            return "accepts no arguments";
        }

        if (Min == Max)
        {
            return $"requires {Min} {Plural(Min)}";
        }

        return Max == int.MaxValue
            ? $"requires at least {Min} {Plural(Min)}"
            : $"requires at least {Min} and at most {Max} {Plural(Max)}";
    }

    private static string Plural(int n) => n == 1 ? "argument" : "arguments";
}
