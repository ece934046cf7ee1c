using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rasd.Language;

namespace Rasd.Tests.Clean;

/// <summary>Properties of the matching normaliser, on random strings drawn from Arabic, Persian, marks, digits, bidi controls and presentation forms.</summary>
public sealed class NormalizerTests
{
    private static readonly char[] Alphabet = BuildAlphabet();

    private static char[] BuildAlphabet()
    {
        var list = new List<char>();
        for (var c = '\u0600'; c <= '\u06FF'; c++) list.Add(c);
        for (var c = '\uFB50'; c <= '\uFBFF'; c += (char)3) list.Add(c);
        for (var c = '\uFE70'; c <= '\uFEFF'; c++) list.Add(c);
        list.AddRange("\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u2066\u2069\u061C ABCxyz019.,;:!?«»“”–—\u00A0\uFDF2\uFDFA\uD83D\uDE00".ToCharArray());
        return list.ToArray();
    }

    private static Arbitrary<string> ArabicStrings() =>
        Gen.ArrayOf(Gen.Elements(Alphabet)).Select(a => new string(a)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Idempotent() =>
        Prop.ForAll(ArabicStrings(), s => ArabicNormalizer.Normalize(ArabicNormalizer.Normalize(s)) == ArabicNormalizer.Normalize(s));

    [Property(MaxTest = 500)]
    public Property MapIsMonotonicAndInsideTheOriginal() =>
        Prop.ForAll(ArabicStrings(), Gen.Choose(0, 50).ToArbitrary(), (s, offset) =>
        {
            var (text, map) = ArabicNormalizer.NormalizeWithMap(s, offset);
            if (text.Length != map.Length) return false;
            for (var i = 0; i < map.Length; i++)
            {
                if (map[i] < offset || map[i] >= offset + s.Length) return false;
                if (i > 0 && map[i] < map[i - 1]) return false;
            }
            return text == ArabicNormalizer.Normalize(s);
        });

    [Property(MaxTest = 300)]
    public Property NeverChangesTheOriginal() =>
        Prop.ForAll(ArabicStrings(), s =>
        {
            var copy = new string(s.AsSpan());
            ArabicNormalizer.Normalize(s);
            ArabicNormalizer.NormalizeWithMap(s);
            return s == copy;
        });

    [Property(MaxTest = 300)]
    public Property EveryOutputCharComesFromAKeptInputChar() =>
        Prop.ForAll(ArabicStrings(), s =>
        {
            var (text, map) = ArabicNormalizer.NormalizeWithMap(s);
            for (var i = 0; i < text.Length; i++)
            {
                var orig = s[map[i]];
                var m = ArabicNormalizer.Map(orig);
                if (m == '\0') return false;
            }
            return true;
        });

    [Theory]
    [InlineData("أإآٱ", "اااا")]
    [InlineData("مدرسة", "مدرسه")]
    [InlineData("على", "علي")]
    [InlineData("مُحَمَّدٌ", "محمد")]
    [InlineData("جـــديد", "جديد")]
    [InlineData("٢٠٢٥", "2025")]
    [InlineData("۱۲", "12")]
    [InlineData("کتاب فارسی", "كتاب فارسي")]
    [InlineData("\u200Fنص\u200E", "نص")]
    [InlineData("ﻻ", "لا")]
    [InlineData("ﺑﻮﺗﻴﻦ", "بوتين")]
    [InlineData("«قال»", "\"قال\"")]
    [InlineData("سؤال؟", "سوال?")]
    [InlineData("Putin", "putin")]
    public void Examples(string input, string expected) => Assert.Equal(expected, ArabicNormalizer.Normalize(input));

    [Fact]
    public void LigatureMapsBackToItsOffset()
    {
        var (text, map) = ArabicNormalizer.NormalizeWithMap("xﻻy");
        Assert.Equal("xلاy", text);
        Assert.Equal(new[] { 0, 1, 1, 2 }, map);
    }
}
