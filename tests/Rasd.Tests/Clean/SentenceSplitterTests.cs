using Rasd.Items;
using Rasd.Model;

namespace Rasd.Tests.Clean;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text, new Span(0, text.Length)).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    [Fact]
    public void ArabicAndLatinPunctuation()
    {
        Assert.Equal(new[] { "وصل الوفد إلى دمشق.", "هل ستنجح المحادثات؟", "نعم!", "The talks resumed." },
            Split("وصل الوفد إلى دمشق. هل ستنجح المحادثات؟ نعم! The talks resumed."));
    }

    [Fact]
    public void DecimalsAndAbbreviationsDoNotSplit()
    {
        Assert.Single(Split("ارتفع النمو إلى 3.5 بالمئة هذا العام حسب التقديرات."));
        Assert.Single(Split("قال د. محمد الأحمد إن الوضع مستقر."));
        Assert.Single(Split("Dr. Smith met U.S. officials in Geneva."));
        Assert.Single(Split("The price rose approx. five percent."));
    }

    [Fact]
    public void QuotesStayTogether()
    {
        var s = Split("وقال الوزير: «الوضع صعب. لكننا سنواصل العمل». وأضاف أن المفاوضات مستمرة.");
        Assert.Equal(new[] { "وقال الوزير: «الوضع صعب. لكننا سنواصل العمل».", "وأضاف أن المفاوضات مستمرة." }, s);
        var t = Split("وقال إن “الأحداث لا تغير نهجنا.” وأكد دعمه.");
        Assert.Equal(new[] { "وقال إن “الأحداث لا تغير نهجنا.”", "وأكد دعمه." }, t);
    }

    [Fact]
    public void DoubleDotIsAPauseNotAnEnd()
    {
        Assert.Single(Split("أول اتصال بين بوتين والشرع.. ما مضمونه؟"));
    }

    [Fact]
    public void SpansLieInsideTheParagraph()
    {
        var text = "xx  جملة أولى. جملة ثانية؟  yy";
        var para = new Span(4, text.Length - 4);
        var spans = SentenceSplitter.Split(text, para);
        Assert.Equal(2, spans.Count);
        Assert.All(spans, s => Assert.True(para.Covers(s)));
    }
}
