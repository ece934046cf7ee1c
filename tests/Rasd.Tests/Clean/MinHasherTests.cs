using Rasd.Clean;
using Rasd.Items;
using Rasd.Model;
using Xunit;

namespace Rasd.Tests.Clean;

/// <summary>The vectorised MinHash gives exactly the signature of the plain per-hash loop.</summary>
public class MinHasherTests
{
    [Theory]
    [InlineData(60, 3)]
    [InlineData(17, 2)]
    [InlineData(100, 3)]
    [InlineData(8, 1)]
    public void SignatureEqualsThePlainLoop(int hashes, int k)
    {
        var text = string.Join(' ', Enumerable.Range(0, 300).Select(i => $"كلمة{i % 37} word{i * 7 % 53}")) + "\nسطر ثان من النص فيه كلمات أخرى كثيرة جدا للمقارنة";
        var spans = new List<Span> { new(0, text.IndexOf('\n')), new(text.IndexOf('\n') + 1, text.Length) };
        var sig = new MinHasher(hashes, k).Signature(text, spans);
        Assert.NotNull(sig);
        Assert.Equal(Plain(text, spans, hashes, k), sig);
    }

    private static uint[] Plain(string text, List<Span> spans, int hashes, int k)
    {
        var a = new ulong[hashes];
        var b = new ulong[hashes];
        var s = 0x5EED_0F_4A5DUL;
        for (var i = 0; i < hashes; i++)
        {
            a[i] = TextScan.Finish(s += 0x9E3779B97F4A7C15UL) | 1UL;
            b[i] = TextScan.Finish(s += 0x9E3779B97F4A7C15UL);
        }
        var sig = Enumerable.Repeat(uint.MaxValue, hashes).ToArray();
        foreach (var p in spans)
        {
            var words = new List<ulong>();
            var sink = new Collect { Words = words };
            TextScan.ForEachWord(text, p.Start, p.End, ref sink);
            for (var w = k - 1; w < words.Count; w++)
            {
                var sh = words[w - k + 1];
                for (var j = w - k + 2; j <= w; j++) sh = TextScan.Combine(sh, words[j]);
                for (var i = 0; i < hashes; i++) sig[i] = Math.Min(sig[i], (uint)((a[i] * sh + b[i]) >> 32));
            }
        }
        return sig;
    }

    private struct Collect : TextScan.IWordSink
    {
        public List<ulong> Words;
        public readonly void Word(ulong hash, int length) => Words.Add(hash);
    }
}
