using System.Globalization;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>
/// $((...)) after its $ expansions: 64-bit integers (decimal, 0x hex, 0 octal) and variables,
/// with unary + - !, **, * / %, + -, comparisons, == !=, &amp;&amp; ||. No assignment operators, bit
/// operators or ?:. Errors are worded as ash and bash word them. Safe for concurrent use.
/// </summary>
internal static class ArithmeticEvaluator
{
    // A variable may hold an expression (x=3+4; $((x*2)) is 14); this bounds x=x.
    private const int MaxVariableDepth = 8;

    private static readonly string[] Operators =
        ["**", "<=", ">=", "==", "!=", "&&", "||", "+", "-", "*", "/", "%", "(", ")", "<", ">", "!"];

    // Binary operators by precedence, loosest first.
    private static readonly string[][] Levels =
        [["||"], ["&&"], ["==", "!="], ["<", "<=", ">", ">="], ["+", "-"], ["*", "/", "%"]];

    public static long Evaluate(string expression, ShellState state) => Evaluate(expression, state, 0);

    private static long Evaluate(string expression, ShellState state, int depth)
    {
        var parser = new Parser(expression, state, depth);
        return parser.ParseAll();
    }

    private sealed record ArithToken(string Text, int Start, bool IsOperator);

    private sealed class Parser
    {
        private readonly string expression;
        private readonly ShellState state;
        private readonly int depth;
        private readonly List<ArithToken> tokens;
        private int index;

        public Parser(string expression, ShellState state, int depth)
        {
            this.expression = expression;
            this.state = state;
            this.depth = depth;
            tokens = Tokenize();
        }

        private ArithToken? Current => index < tokens.Count ? tokens[index] : null;

        public long ParseAll()
        {
            if (tokens.Count == 0)
            {
                return 0;
            }

            var value = ParseLevel(0);
            if (Current is { } extra)
            {
                throw Failure("syntax error in expression", extra.Start);
            }

            return value;
        }

        private long ParseLevel(int level)
        {
            if (level == Levels.Length)
            {
                return ParsePower();
            }

            var left = ParseLevel(level + 1);
            while (Current is { IsOperator: true } op && Levels[level].Contains(op.Text))
            {
                index++;
                var operandStart = Current?.Start ?? op.Start;
                var right = ParseLevel(level + 1);
                left = Apply(op.Text, left, right, operandStart);
            }

            return left;
        }

        private long ParsePower()
        {
            var value = ParseUnary();
            if (Current is { IsOperator: true, Text: "**" } op)
            {
                index++;
                var exponent = ParsePower();
                if (exponent < 0)
                {
                    throw Failure("exponent less than 0", op.Start);
                }

                var result = 1L;
                for (var i = 0L; i < exponent && result != 0 && i < 64; i++)
                {
                    result = unchecked(result * value);
                }

                return exponent >= 64 && value is not (0 or 1 or -1) ? 0 : result;
            }

            return value;
        }

        private long ParseUnary()
        {
            if (Current is { IsOperator: true, Text: "+" or "-" or "!" } op)
            {
                index++;
                var operand = ParseUnary();
                return op.Text switch { "-" => unchecked(-operand), "!" => operand == 0 ? 1 : 0, _ => operand };
            }

            return ParsePrimary();
        }

        private long ParsePrimary()
        {
            var token = Current ?? throw Failure("syntax error: operand expected", tokens[^1].Start);
            if (token.IsOperator && token.Text == "(")
            {
                index++;
                var value = ParseLevel(0);
                if (Current is not { IsOperator: true, Text: ")" })
                {
                    throw Failure("missing `)'", Current?.Start ?? expression.Length);
                }

                index++;
                return value;
            }

            if (token.IsOperator)
            {
                throw Failure("syntax error: operand expected", token.Start);
            }

            index++;
            if (char.IsAsciiDigit(token.Text[0]))
            {
                return ParseNumber(token);
            }

            var variable = state.Variables.GetValueOrDefault(token.Text, "").Trim();
            if (variable.Length == 0)
            {
                return 0;
            }

            if (depth >= MaxVariableDepth)
            {
                throw Failure("expression recursion level exceeded", token.Start);
            }

            return Evaluate(variable, state, depth + 1);
        }

        private long ParseNumber(ArithToken token)
        {
            var text = token.Text;
            var (digits, radix) = text.Length > 2 && text[0] == '0' && text[1] is 'x' or 'X' ? (text[2..], 16)
                : text.Length > 1 && text[0] == '0' ? (text[1..], 8)
                : (text, 10);
            var value = 0L;
            foreach (var c in digits)
            {
                var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
                if (digit >= radix)
                {
                    throw Failure("value too great for base", token.Start);
                }

                value = unchecked((value * radix) + digit);
            }

            return value;
        }

        private long Apply(string op, long left, long right, int operandStart)
        {
            if (op is "/" or "%" && right == 0)
            {
                throw Failure("division by 0", operandStart, divideByZero: true);
            }

            return op switch
            {
                "+" => unchecked(left + right),
                "-" => unchecked(left - right),
                "*" => unchecked(left * right),
                // long.MinValue / -1 overflows; the real shells wrap.
                "/" => right == -1 ? unchecked(-left) : left / right,
                "%" => right == -1 ? 0 : left % right,
                "<" => left < right ? 1 : 0,
                "<=" => left <= right ? 1 : 0,
                ">" => left > right ? 1 : 0,
                ">=" => left >= right ? 1 : 0,
                "==" => left == right ? 1 : 0,
                "!=" => left != right ? 1 : 0,
                "&&" => left != 0 && right != 0 ? 1 : 0,
                _ => left != 0 || right != 0 ? 1 : 0,
            };
        }

        private List<ArithToken> Tokenize()
        {
            var result = new List<ArithToken>();
            var position = 0;
            while (position < expression.Length)
            {
                var c = expression[position];
                if (char.IsWhiteSpace(c))
                {
                    position++;
                    continue;
                }

                var start = position;
                if (char.IsAsciiLetterOrDigit(c) || c == '_')
                {
                    while (position < expression.Length && (char.IsAsciiLetterOrDigit(expression[position]) || expression[position] == '_'))
                    {
                        position++;
                    }

                    result.Add(new ArithToken(expression[start..position], start, false));
                    continue;
                }

                var op = Operators.FirstOrDefault(o => string.CompareOrdinal(expression, position, o, 0, o.Length) == 0)
                    ?? throw Failure("syntax error: invalid arithmetic operator", start);
                position += op.Length;
                result.Add(new ArithToken(op, start, true));
            }

            return result;
        }

        /// <summary>ash says only "arithmetic syntax error" or "divide by zero"; bash names the expression and where it failed.</summary>
        private ShellExpansionException Failure(string reason, int at, bool divideByZero = false)
        {
            if (state.Dialect == ShellDialect.Ash)
            {
                return new ShellExpansionException(divideByZero ? "sh: divide by zero" : "sh: arithmetic syntax error");
            }

            var rest = expression[Math.Min(at, expression.Length)..];
            return new ShellExpansionException(string.Create(CultureInfo.InvariantCulture,
                $"bash: {expression.TrimStart()}: {reason} (error token is \"{rest}\")"));
        }
    }
}
