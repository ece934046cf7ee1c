using System.Diagnostics;
using System.Text;
using Rasd.Model;
using static Rasd.Tests.Clean.CleanTestKit;

namespace Rasd.Tests.Clean;

/// <summary>Input that must not break the cleaner, the item builder or the sentence splitter.</summary>
public sealed class BadInputTests
{
    private const string Sentence = "قال المتحدث باسم الوزارة إن الاجتماع سيعقد غداً في العاصمة. ";

    private static void AssertConsistent(Document doc)
    {
        foreach (var b in doc.Blocks) Assert.True(b.Span.Start >= 0 && b.Span.End <= doc.Text.Length && b.Span.Length > 0);
        foreach (var s in doc.Sentences) Assert.True(s.Span.Start >= 0 && s.Span.End <= doc.Text.Length && s.Span.Length > 0);
        for (var i = 1; i < doc.Blocks.Count; i++) Assert.True(doc.Blocks[i - 1].Span.End <= doc.Blocks[i].Span.Start);
        foreach (var item in doc.Items)
        {
            Assert.Equal(string.Join("\n", item.Paragraphs.Select(p => doc.Slice(p))), item.CleanText);
            Assert.False(string.IsNullOrWhiteSpace(item.CleanText));
        }
    }

    [Fact]
    public void MixedDirectionText()
    {
        var text = "\u202Bالرئيس Vladimir Putin\u202C قال إن \u2066NATO\u2069 يجب أن تتوقف عن التوسع شرقاً، وفق ما نقلت وكالة Reuters يوم 12/02/2025.\n"
                 + "\u200Fوأضاف أن المفاوضات (talks) مع Washington ستستمر في Geneva خلال الأسبوع المقبل، بحسب البيان الرسمي.\u200E\n";
        var doc = Run(text);
        AssertConsistent(doc);
        var item = Assert.Single(doc.Items);
        Assert.Contains("Vladimir Putin", item.CleanText);
        Assert.Equal(2, doc.Sentences.Count);
    }

    [Fact]
    public void OneMegabyteLine()
    {
        var sb = new StringBuilder();
        sb.Append("عنوان الخبر\n");
        while (sb.Length < 1_000_000) sb.Append(Sentence);
        var text = sb.ToString();
        var sw = Stopwatch.StartNew();
        var doc = Run(text);
        AssertConsistent(doc);
        Assert.Single(doc.Items);
        Assert.True(doc.Sentences.Count > 10_000);
        Assert.True(sw.Elapsed < TimeSpan.FromMinutes(1), "sanity bound only, not a benchmark");
    }

    [Fact]
    public void OneMegabyteLineWithoutSpacesOrPunctuation()
    {
        var text = new string('ب', 1_000_000);
        var doc = Run(text);
        AssertConsistent(doc);
        Assert.Single(doc.Blocks);
    }

    [Fact]
    public void OneMegabyteOfWordsWithoutPunctuationGivesBoundedSentences()
    {
        var text = string.Concat(Enumerable.Repeat("كلمة أخرى في نص طويل بلا ترقيم ", 32_000));
        var doc = Run(text);
        AssertConsistent(doc);
        Assert.Single(doc.Items);
        // Later stages get bounded sentences even from a run with no punctuation.
        Assert.All(doc.Sentences, s => Assert.True(s.Span.Length <= Rasd.Items.SentenceSplitter.MaxSentenceChars));
        Assert.True(doc.Sentences.Count > 600);
    }

    [Fact]
    public void FiftyThousandLines()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 50_000; i++)
            sb.Append("السطر رقم ").Append(i).Append(" من نص طويل جداً يختبر قدرة المنظف على التعامل مع الوثائق الكبيرة دون توقف.\n");
        var doc = Run(sb.ToString());
        AssertConsistent(doc);
        Assert.Equal(50_000, doc.Blocks.Count);
        Assert.NotEmpty(doc.Items);
    }

    [Fact]
    public void FiftyThousandRepeatedLinesAreDuplicatesOfTheFirst()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 50_000; i++) sb.Append(Sentence).Append('\n');
        var doc = Run(sb.ToString());
        AssertConsistent(doc);
        var item = Assert.Single(doc.Items);
        Assert.Equal(Sentence.Trim(), item.CleanText);
        var dup = Assert.Single(doc.Removed);
        Assert.Equal(RemovedKind.Duplicate, dup.Kind);
    }

    [Fact]
    public void NoLineBreaksAtAll()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 2000; i++) sb.Append(Sentence);
        var doc = Run(sb.ToString());
        AssertConsistent(doc);
        var item = Assert.Single(doc.Items);
        Assert.Equal(2000, doc.Sentences.Count);
        Assert.Equal(doc.Text.Trim(), item.CleanText);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\r\n")]
    [InlineData("\u200F\u200E\uFEFF")]
    [InlineData("🙂🙂🙂")]
    [InlineData(".")]
    [InlineData("#")]
    [InlineData("![](")]
    [InlineData("\r\r\r")]
    [InlineData("\uD83D")] // a lone surrogate
    [InlineData("ﻻ ﷲ")]
    public void TinyAndOddInputs(string text)
    {
        var doc = Run(text);
        AssertConsistent(doc);
        if (doc.Items.Count == 0) Assert.NotEmpty(doc.Warnings);
    }

    [Fact]
    public void CarriageReturnsAndUnicodeSeparators()
    {
        var text = "عنوان الخبر هنا\r\n" + Sentence + "\r\n\u2028" + "شارك\u2029" + Sentence.Replace("غداً", "بعد غد");
        var doc = Run(text);
        AssertConsistent(doc);
        Assert.Equal(RemovedKind.Promo, KindOf(doc, "شارك"));
    }
}
