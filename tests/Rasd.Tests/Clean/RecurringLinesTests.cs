using Rasd.Clean;
using Rasd.Items;
using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Tests.Clean;

public sealed class RecurringLinesTests
{
    private const string Slogan = "صوت الحقيقة من قلب الحدث";
    private const string Standing = "للتواصل مع فريق الموقع يرجى مراسلتنا عبر النموذج المخصص";

    private static readonly string[] Stories =
    {
        "أعلنت وزارة الصحة تسجيل انخفاض في عدد الإصابات خلال الأسبوع الماضي، وفق بيان رسمي صدر اليوم.",
        "افتتح وزير النقل خطاً جديداً للسكك الحديدية يربط العاصمة بالمدن الساحلية في الشمال.",
        "قررت الحكومة رفع أسعار الخبز المدعوم بنسبة محدودة اعتباراً من الشهر المقبل، بحسب القرار المنشور.",
        "فاز المنتخب الوطني على نظيره في مباراة ودية أقيمت مساء أمس على الملعب البلدي بالعاصمة.",
        "حذرت الأرصاد الجوية من موجة حر تضرب البلاد خلال الأيام الثلاثة المقبلة مع ارتفاع كبير في درجات الحرارة.",
    };

    private static List<Document> Docs(string outlet) => Stories.Select((s, i) => new Document(
        string.Join("\n", Slogan, $"عنوان الخبر رقم {i + 1} في الموقع", s, Standing), new DocumentMeta { Source = $"{outlet}-{i}", Outlet = outlet })).ToList();

    private static Analyzer Pipeline() => new(new IDocumentStage[] { new CleanStage(), new ItemsStage() }, new ICorpusStage[] { new RecurringLinesStage(), new NearDuplicateStage() });

    [Fact]
    public void LineSeenInThreeEarlierDocumentsOfTheOutletIsRemoved()
    {
        var docs = Docs("موقع الخبر");
        Pipeline().Run(docs, new Corpus());
        for (var i = 0; i < 3; i++) Assert.Contains(Standing, docs[i].Items[0].CleanText);
        for (var i = 3; i < docs.Count; i++)
        {
            var d = docs[i];
            var item = Assert.Single(d.Items);
            Assert.DoesNotContain(Standing, item.CleanText);
            Assert.Contains(Stories[i], item.CleanText);
            Assert.Contains(d.Removed, r => r.Kind == RemovedKind.Boilerplate && d.Slice(r.Span) == Standing);
            Assert.DoesNotContain(d.Sentences, s => d.Slice(s.Span) == Standing);
            Assert.All(d.Sentences, s => Assert.True(item.Paragraphs[s.Paragraph].Covers(s.Span)));
        }
    }

    [Fact]
    public void DeterministicWhateverTheParallelOrder()
    {
        string Snapshot(List<Document> docs) => string.Join("|", docs.Select(d => string.Join(";", d.Removed.Select(r => $"{r.Span}{r.Kind}")) + "#" + string.Join(";", d.Items.Select(i => i.CleanText.Length))));
        var a = Docs("x"); Pipeline().Run(a, new Corpus());
        var b = Docs("x"); Pipeline().Run(b, new Corpus());
        var c = Docs("x"); var an = Pipeline(); var corpus = new Corpus();
        foreach (var d in c) { an.ProcessDocument(d); an.Link(d, corpus); }
        Assert.Equal(Snapshot(a), Snapshot(b));
        Assert.Equal(Snapshot(a), Snapshot(c));
    }

    [Fact]
    public void OtherOutletsAndUnknownOutletsAreUntouched()
    {
        var docs = Docs("a").Take(4).Concat(Docs("b").Take(2)).ToList();
        foreach (var d in Docs("").Take(2)) docs.Add(new Document(d.Text + "\n", new DocumentMeta { Source = "none" }));
        Pipeline().Run(docs, new Corpus());
        Assert.DoesNotContain(Standing, docs[3].Items[0].CleanText);
        Assert.All(docs.Skip(4), d => Assert.Contains(Standing, d.Items[0].CleanText));
    }
}
