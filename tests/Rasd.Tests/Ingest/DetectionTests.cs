using Rasd.Ingest;
using static Rasd.Tests.Ingest.IngestKit;

namespace Rasd.Tests.Ingest;

/// <summary>Readers are chosen by content; the file name only breaks ties.</summary>
public class DetectionTests
{
    [Theory]
    [InlineData("feed.rss", "news.txt", "rss")]
    [InlineData("feed.atom", "updates.html", "atom")]
    [InlineData("article.html", "page.txt", "html")]
    [InlineData("trec.xml", "corpus.dat", "trec")]
    [InlineData("articles.jsonl", "dump.txt", "jsonl")]
    [InlineData("article.txt", "story.html", "text")]
    [InlineData("article.txt", "story.xml", "text")]
    public void FormatComesFromContentNotName(string fixture, string misleadingName, string format)
    {
        using var dir = new Scratch();
        var path = dir.Write(misleadingName, File.ReadAllBytes(Fixture(fixture)));
        var results = Inputs.Read([path]).ToList();
        Assert.NotEmpty(results);
        Assert.Contains(results, r => r.IsOk);
        Assert.All(results.Where(r => r.IsOk), r => Assert.Equal(format, r.Document!.Meta.Format));
    }

    [Fact]
    public void TelegramExportUnderAnotherName()
    {
        using var dir = new Scratch();
        var path = dir.Write("export.txt", File.ReadAllBytes(Fixture("telegram", "result.json")));
        var docs = Inputs.Read([path]).Where(r => r.IsOk).ToList();
        Assert.Equal(3, docs.Count);
        Assert.All(docs, r => Assert.Equal("telegram", r.Document!.Meta.Format));
    }

    [Fact]
    public void HtmlFragmentTieIsBrokenByTheFileName()
    {
        const string fragment = "<p>أعلنت البلدية عن غلق الطريق الرئيسية للصيانة.</p>\n<p>وتستمر الأشغال أسبوعا.</p>";
        Assert.Equal("text", Inputs.Detect(fragment, "notes.txt").Format);
        Assert.Equal("html", Inputs.Detect(fragment, "notes.html").Format);
        // No name to go by: markup is read as HTML rather than stored with its tags.
        Assert.Equal("html", Inputs.Detect(fragment, "https://example.org/x").Format);
    }

    [Fact]
    public void XmlDeclarationCommentsAndDoctypeAreSkippedWhenSniffing()
    {
        const string rss = "\uFEFF<?xml version=\"1.0\"?>\n<!-- generated -->\n<?xml-stylesheet href=\"s.xsl\"?>\n<rss version=\"2.0\"><channel><title>t</title></channel></rss>";
        Assert.Equal("feed", Inputs.Detect(rss, "x").Format);
        const string xhtml = "<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x.dtd\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>نص</p></body></html>";
        Assert.Equal("html", Inputs.Detect(xhtml, "x").Format);
    }

    [Fact]
    public void PlainTextThatMentionsTagsStaysText()
    {
        const string text = "قال المتحدث إن الاجتماع سيعقد غدا.\nوأضاف أن <المحضر> سينشر لاحقا.";
        Assert.Equal("text", Inputs.Detect(text, "a.txt").Format);
        Assert.Equal("text", Inputs.Detect("{ليس json}", "a").Format);
    }

    [Fact]
    public void FormatHintBreaksTiesForPostedContent()
    {
        const string fragment = "<div>بيان صحفي حول نتائج الاجتماع.</div>";
        Assert.Equal("html", Single(Inputs.ReadContent(fragment, "body", "html")).Meta.Format);
        Assert.Equal("text", Single(Inputs.ReadContent(fragment, "body", "text")).Meta.Format);
        // A hint never overrides a sure detection.
        Assert.Equal("rss", Inputs.ReadContent(File.ReadAllText(Fixture("feed.rss")), "body", "text").First().Document!.Meta.Format);
    }

    [Fact]
    public void XmlOfAnUnknownKindIsRejectedNotStoredWithItsMarkup()
    {
        var r = SingleRejection(Inputs.ReadContent("<?xml version=\"1.0\"?><catalog><book>كتاب</book></catalog>", "books.xml"));
        Assert.Contains("<catalog>", r.Error);
        Assert.Contains("not a supported format", r.Error);
        var rdf = SingleRejection(Inputs.ReadContent("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><channel/></rdf:RDF>", "old.rdf"));
        Assert.Contains("RSS 1.0", rdf.Error);
    }

    [Fact]
    public void SharedExamplesAreReadAsTextUnchanged()
    {
        var dir = Path.Combine(Rasd.Tests.Actors.SharedData.Root(), "examples");
        var files = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var f in files)
        {
            var doc = Single(Inputs.Read([f]));
            Assert.Equal("text", doc.Meta.Format);
            Assert.Equal(File.ReadAllText(f), doc.Text);
        }
    }
}
