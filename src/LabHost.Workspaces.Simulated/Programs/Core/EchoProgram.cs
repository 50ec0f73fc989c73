using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>echo [-neE] ARG...: leading arguments made only of n, e, E letters are options.</summary>
public sealed class EchoProgram : IProgram
{
    public async Task<int> RunAsync(ProcessContext context)
    {
        var newline = true;
        var escapes = false;
        var first = 1;
        for (; first < context.Args.Count; first++)
        {
            var arg = context.Args[first];
            if (arg.Length < 2 || arg[0] != '-' || arg.Skip(1).Any(c => c is not ('n' or 'e' or 'E')))
            {
                break;
            }

            newline &= !arg.Contains('n');
            foreach (var c in arg.Skip(1).Where(c => c != 'n'))
            {
                escapes = c == 'e';
            }
        }

        var text = string.Join(' ', context.Args.Skip(first));
        if (escapes)
        {
            (text, var stop) = EchoEscapes.Interpret(text);
            newline &= !stop;
        }

        await context.Stdout.WriteAsync(newline ? text + "\n" : text);
        return 0;
    }
}
