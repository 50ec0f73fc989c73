using LabHost.Workspaces.Testing.Fidelity;

namespace LabHost.Workspaces.Simulated.Fidelity;

public sealed class TranscriptNormalizerTests
{
    private const string Header = "$ docker exec api nslookup db\nServer:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\n";
    private const string A = "Non-authoritative answer:\nName:\tdb\nAddress: 10.0.42.2\n\n";
    private const string Aaaa = "Non-authoritative answer:\n\n";

    [Fact]
    public void Normalize_NslookupAnswersInEitherOrder_AreEqual()
    {
        Assert.Equal(TranscriptNormalizer.Normalize(Header + A + Aaaa), TranscriptNormalizer.Normalize(Header + Aaaa + A));
    }

    [Fact]
    public void Normalize_DifferentAnswers_StayDifferent()
    {
        var other = A.Replace("10.0.42.2", "10.0.42.3", StringComparison.Ordinal);

        Assert.NotEqual(TranscriptNormalizer.Normalize(Header + A + Aaaa), TranscriptNormalizer.Normalize(Header + Aaaa + other));
    }
}
