using Rasd.Ingest;
using Rasd.Model;
using static Rasd.Tests.Ingest.IngestKit;

namespace Rasd.Tests.Ingest;

public class ReaderTests
{
    [Fact]
    public void PlainTextArticleIsTheDecodedTextExactly()
    {
        var path = Fixture("article.txt");
        var doc = Single(Inputs.Read([path]));
        Assert.Equal(File.ReadAllText(path), doc.Text);
        Assert.Equal("text", doc.Meta.Format);
        Assert.Equal(path, doc.Meta.Source);
        Assert.Equal(TextDecoder.Utf8, doc.Meta.Encoding);
        Assert.Equal(ContentHash.Of(doc.Text), doc.Id);
    }

    [Fact]
    public void HtmlPageGivesMainContentOneParagraphPerLineAndMetadata()
    {
        var doc = Single(Inputs.Read([Fixture("article.html")]));
        Assert.Equal("html", doc.Meta.Format);
        var lines = doc.Text.Split('\n');
        Assert.Equal("افتتاح محطة لتحلية المياه في صفاقس", lines[0]); // the headline, then the body
        Assert.Single(lines, l => l == lines[0]);
        Assert.Contains(lines, l => l.StartsWith("دخلت محطة جديدة لتحلية مياه البحر") && l.EndsWith("لاستغلال وتوزيع المياه."));
        Assert.Contains(lines, l => l.StartsWith("ومن المنتظر أن تنطلق المرحلة الثانية"));
        Assert.Equal(5, lines.Length);
        // Navigation, sidebars, footer, scripts and styles are not content.
        Assert.DoesNotContain("الرئيسية", doc.Text);
        Assert.DoesNotContain("الأكثر قراءة", doc.Text);
        Assert.DoesNotContain("جميع الحقوق محفوظة", doc.Text);
        Assert.DoesNotContain("do-not-read", doc.Text);
        Assert.DoesNotContain("color:red", doc.Text);
        Assert.DoesNotContain("<", doc.Text);
        Assert.All(lines, l => Assert.Equal(l.Trim(), l));

        Assert.Equal("افتتاح محطة لتحلية المياه في صفاقس", doc.Meta.Title);
        Assert.Equal("أخبار الساحل", doc.Meta.Outlet);
        Assert.Equal("https://sahel-news.example/ar/economy/desalination-plant-sfax", doc.Meta.Url);
        Assert.Equal("سلمى الحداد", doc.Meta.Byline);
        Assert.Equal("ar", doc.Meta.Language);
        // article:published_time wins over the JSON-LD date.
        Assert.Equal("2024-05-14", doc.Meta.Published.Iso);
        Assert.Equal("metadata", doc.Meta.Published.Basis);
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 9, 30, 0, TimeSpan.FromHours(1)), doc.Meta.PublishedAt);
    }

    [Theory]
    [InlineData("<meta itemprop=\"datePublished\" content=\"2023-11-02T08:00:00Z\">", "2023-11-02", true)]
    [InlineData("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-11-03\"}]}</script>", "2023-11-03", false)]
    [InlineData("<time datetime=\"2023-11-04T10:00:00+03:00\">4 نوفمبر</time>", "2023-11-04", true)]
    [InlineData("<meta property=\"og:title\" content=\"x\">", null, false)]
    public void HtmlPublicationDateSources(string markup, string? iso, bool precise)
    {
        var html = $"<!DOCTYPE html><html><head><title>عنوان الصفحة</title>{(markup.StartsWith("<time") ? "" : markup)}</head><body><article>"
                   + (markup.StartsWith("<time") ? markup : "") + "<p>" + string.Concat(Enumerable.Repeat("نص الخبر الرئيسي في هذه الصفحة التجريبية. ", 20)) + "</p></article></body></html>";
        var doc = Single(Inputs.ReadContent(html, "page.html"));
        Assert.Equal(iso, doc.Meta.Published.Iso);
        if (iso != null) Assert.Equal("metadata", doc.Meta.Published.Basis);
        Assert.Equal(precise, doc.Meta.PublishedAt != null);
    }

    [Fact]
    public void ShortHtmlWithoutArticleFallsBackToTheBody()
    {
        var html = "<html><head><title>بيان</title></head><body><nav>القائمة</nav><div>أصدرت الوزارة بيانا مقتضبا.</div><div>وأكدت التزامها.</div></body></html>";
        var doc = Single(Inputs.ReadContent(html, "short.html"));
        Assert.Equal("بيان\nأصدرت الوزارة بيانا مقتضبا.\nوأكدت التزامها.", doc.Text);
        Assert.Contains("وأكدت التزامها.", doc.Text);
        Assert.DoesNotContain("القائمة", doc.Text);
        Assert.Equal("بيان", doc.Meta.Title);
    }

    [Fact]
    public void HtmlWithoutTextIsRejected()
    {
        var r = SingleRejection(Inputs.ReadContent("<!DOCTYPE html><html><head><title>فارغ</title></head><body><script>x()</script></body></html>", "empty.html"));
        Assert.Contains("no readable text", r.Error);
    }

    [Fact]
    public void RssEntriesBecomeDocuments()
    {
        var path = Fixture("feed.rss");
        var results = Inputs.Read([path]).ToList();
        Assert.Equal(3, results.Count);
        var a = results[0].Document!;
        Assert.Equal("rss", a.Meta.Format);
        Assert.Equal(path + "#1", a.Meta.Source);
        Assert.Equal("انطلق موسم جني الزيتون في ولايات الوسط وسط توقعات بصابة وفيرة.\nوقدّرت وزارة الفلاحة الإنتاج بنحو ثلاثمائة ألف طن من الزيت.", a.Text);
        Assert.Equal("انطلاق موسم جني الزيتون في الوسط", a.Meta.Title);
        Assert.Equal("https://regional-news.example/olive-harvest", a.Meta.Url);
        Assert.Equal("وكالة الأنباء الجهوية", a.Meta.Outlet);
        Assert.Equal("2024-11-12", a.Meta.Published.Iso);
        Assert.Equal("feed", a.Meta.Published.Basis);
        Assert.Equal(new DateTimeOffset(2024, 11, 12, 8, 15, 0, TimeSpan.FromHours(1)), a.Meta.PublishedAt);

        // content:encoded is preferred over the short description.
        var b = results[1].Document!;
        Assert.StartsWith("قررت السلطات الجهوية تعليق الدروس", b.Text);
        Assert.DoesNotContain("ملخص قصير", b.Text);
        Assert.Equal(2, b.Text.Split('\n').Length);
        Assert.Equal(path + "#2", b.Meta.Source);

        // An entry with no text is rejected on its own; the others stay.
        Assert.False(results[2].IsOk);
        Assert.Equal(path + "#3", results[2].Source);
        Assert.Contains("no text", results[2].Error);
    }

    [Fact]
    public void AtomEntriesBecomeDocuments()
    {
        var path = Fixture("feed.atom");
        var docs = Inputs.Read([path]).Select(r => r.Document!).ToList();
        Assert.Equal(2, docs.Count);
        Assert.All(docs, d => Assert.Equal("atom", d.Meta.Format));
        Assert.All(docs, d => Assert.Equal("نشرة المرصد", d.Meta.Outlet));
        Assert.Equal("عقدت لجنة المالية اجتماعا مطولا لمناقشة مشروع الميزانية التكميلية.\nوطالب عدد من النواب بمراجعة تقديرات النمو.", docs[0].Text);
        Assert.Equal("https://observatory.example/finance-committee", docs[0].Meta.Url);
        Assert.Equal("2024-03-01", docs[0].Meta.Published.Iso);
        Assert.Equal("فريق التحرير", docs[0].Meta.Byline);
        // No published date: the updated date stands in.
        Assert.Equal("2024-03-02", docs[1].Meta.Published.Iso);
        Assert.Equal("وصل وفد برلماني إلى العاصمة في زيارة تستمر ثلاثة أيام.", docs[1].Text);
        Assert.Equal(path + "#2", docs[1].Meta.Source);
    }

    [Fact]
    public void TelegramExportMessagesWithTextBecomeDocuments()
    {
        var path = Fixture("telegram", "result.json");
        var docs = Inputs.Read([path]).Select(r => { Assert.True(r.IsOk, r.Error); return r.Document!; }).ToList();
        // Service message and the photo-only post carry no text.
        Assert.Equal(3, docs.Count);
        Assert.All(docs, d =>
        {
            Assert.Equal("telegram", d.Meta.Format);
            Assert.Equal("قناة الأخبار العاجلة", d.Meta.Outlet);
            Assert.Equal("قناة الأخبار العاجلة", d.Meta.Channel);
            Assert.Equal("metadata", d.Meta.Published.Basis);
        });
        Assert.Equal(path + "#2", docs[0].Meta.Source);
        Assert.Equal("عاجل: انقطاع التيار الكهربائي عن عدة أحياء في العاصمة بسبب عطل فني.", docs[0].Text);
        Assert.Equal("2025-02-01", docs[0].Meta.Published.Iso);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1738404000), docs[0].Meta.PublishedAt);
        Assert.Empty(docs[0].Warnings); // its photo is in the export

        // Text given as an array of strings and entities is joined.
        Assert.Equal("أعلنت الشركة عودة التيار الكهربائي إلى كل الأحياء بعد إصلاح العطل. #الكهرباء", docs[1].Text);
        // Its photo is missing from the export: still a document, with a note.
        Assert.Contains(docs[1].Warnings, w => w.Contains("photos/photo_2@01-02-2025_12-30-00.jpg") && w.Contains("missing"));

        Assert.Equal(path + "#5", docs[2].Meta.Source);
        Assert.Contains(docs[2].Warnings, w => w.Contains("not included"));
    }

    [Fact]
    public void TelegramExportWithoutTextIsRejected()
    {
        var r = SingleRejection(Inputs.ReadContent("{\"name\":\"قناة\",\"type\":\"public_channel\",\"messages\":[{\"id\":1,\"type\":\"message\",\"date\":\"2025-01-01T00:00:00\",\"text\":\"\"}]}", "result.json"));
        Assert.Contains("no message with text", r.Error);
    }

    [Fact]
    public void TrecDocumentsWithRobustParsing()
    {
        var path = Fixture("trec.xml");
        var results = Inputs.Read([path]).ToList();
        Assert.Equal(3, results.Count);
        var a = results[0].Document!;
        Assert.Equal("trec", a.Meta.Format);
        Assert.Equal(path + "#1", a.Meta.Source);
        Assert.Equal("تراجعت نسبة التضخم خلال شهر فيفري إلى سبعة فاصل خمسة بالمائة، حسب المعهد الوطني للإحصاء.\nوأرجع المعهد ذلك إلى تباطؤ نسق ارتفاع أسعار المواد الغذائية <خاصة الخضر> والملابس.", a.Text);
        Assert.Equal("تراجع نسبة التضخم & استقرار الأسعار", a.Meta.Title);
        Assert.Equal("Radio Example", a.Meta.Outlet);
        // A raw '&' (not well-formed XML) is kept as written.
        Assert.Equal("http://radio.example/ar/article/مؤشر-الأسعار?utm_source=x&utm_medium=y", a.Meta.Url);
        Assert.Equal("2024-03-01", a.Meta.Published.Iso);
        Assert.Equal("metadata", a.Meta.Published.Basis);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 45, 0, TimeSpan.FromHours(1)), a.Meta.PublishedAt);

        // Unclosed TEXT runs to the end of its DOC; a day-first TIME gives the day only.
        var b = results[1].Document!;
        Assert.Equal("فاز الفريق المحلي على ضيفه بهدفين دون رد في مباراة الدربي التي احتضنها الملعب البلدي مساء السبت.", b.Text);
        Assert.Equal("2024-03-02", b.Meta.Published.Iso);
        Assert.Null(b.Meta.PublishedAt);

        Assert.False(results[2].IsOk);
        Assert.Contains("TEST-empty-3", results[2].Error);
    }

    [Fact]
    public void TrecTimeCanBeLeftOut()
    {
        var content = File.ReadAllText(Fixture("trec.xml"));
        var docs = TrecReader.Read(content, "trec.xml", includeTime: false).ToList();
        Assert.Equal(2, docs.Count);
        Assert.All(docs, d => Assert.False(d.Meta.Published.Resolved));
        Assert.All(docs, d => Assert.Null(d.Meta.PublishedAt));
        Assert.All(docs, d => Assert.Empty(d.Meta.DateEvidence));

        var viaOptions = Inputs.Read([Fixture("trec.xml")], new InputOptions { IncludeTrecTime = false }).Where(r => r.IsOk).ToList();
        Assert.Equal(2, viaOptions.Count);
        Assert.All(viaOptions, r => Assert.False(r.Document!.Meta.Published.Resolved));
        Assert.Equal("Radio Example", viaOptions[0].Document!.Meta.Outlet);
    }

    [Fact]
    public void TrecReadsRealAntFilesWhenPresent()
    {
        var ant = Path.Combine(Rasd.Tests.Actors.SharedData.Root(), "data", "antcorpus");
        var files = Directory.EnumerateFiles(ant, "*.txt", SearchOption.AllDirectories).Where(f => Path.GetFileName(f).StartsWith("JA-")).Order(StringComparer.Ordinal).Take(200).ToList();
        Assert.Equal(200, files.Count);
        var results = Inputs.Read(files).ToList();
        var ok = results.Where(r => r.IsOk).Select(r => r.Document!).ToList();
        Assert.True(ok.Count >= 195, string.Join("\n", results.Where(r => !r.IsOk).Select(r => r.Source + ": " + r.Error)));
        Assert.All(ok, d =>
        {
            Assert.Equal("trec", d.Meta.Format);
            Assert.False(string.IsNullOrWhiteSpace(d.Meta.Title));
            Assert.StartsWith("http", d.Meta.Url);
            Assert.True(d.Meta.Published.Resolved, d.Meta.Source);
            Assert.DoesNotContain("<TEXT>", d.Text);
            Assert.DoesNotContain("</DOC>", d.Text);
        });
    }

    [Fact]
    public void JsonLinesEachLineADocumentBadLinesRejectedAlone()
    {
        var path = Fixture("articles.jsonl");
        var results = Inputs.Read([path]).ToList();
        Assert.Equal(5, results.Count);
        var a = results[0].Document!;
        Assert.Equal("jsonl", a.Meta.Format);
        Assert.Equal(path + "#1", a.Meta.Source);
        Assert.Equal("أطلقت الوكالة الفضائية قمرا صناعيا جديدا لرصد التغيرات المناخية.\nويزن القمر نحو طن واحد.", a.Text);
        Assert.Equal("اليومية", a.Meta.Outlet);
        Assert.Equal("إطلاق قمر صناعي للرصد", a.Meta.Title);
        Assert.Equal("https://daily.example/a/1", a.Meta.Url);
        Assert.Equal("2024-06-20", a.Meta.Published.Iso);
        Assert.Equal(new DateTimeOffset(2024, 6, 20, 7, 5, 0, TimeSpan.Zero), a.Meta.PublishedAt);

        Assert.Equal("2024-06-21", results[1].Document!.Meta.Published.Iso);
        Assert.Null(results[1].Document!.Meta.PublishedAt);

        Assert.False(results[2].IsOk);
        Assert.Contains("line 3", results[2].Error);
        Assert.Contains("not valid JSON", results[2].Error);
        Assert.False(results[3].IsOk);
        Assert.Contains("no \"text\"", results[3].Error);

        Assert.Equal(path + "#6", results[4].Source);
        Assert.False(results[4].Document!.Meta.Published.Resolved);
    }

    [Fact]
    public void JsonArrayAndSingleJsonObjectOfArticles()
    {
        const string array = """
            [
              {"url": "https://daily.example/b/1", "outlet": "الصباح", "title": "أمطار غزيرة", "published": "2024-10-05", "text": "تهاطلت أمطار غزيرة على ولايات الشمال."},
              {"title": "بلا نص"},
              3
            ]
            """;
        var results = Inputs.ReadContent(array, "articles.json").ToList();
        Assert.Equal(3, results.Count);
        Assert.Equal("تهاطلت أمطار غزيرة على ولايات الشمال.", results[0].Document!.Text);
        Assert.Equal("jsonl", results[0].Document!.Meta.Format);
        Assert.Equal("2024-10-05", results[0].Document!.Meta.Published.Iso);
        Assert.Equal("articles.json#1", results[0].Source);
        Assert.Contains("no \"text\"", results[1].Error);
        Assert.Contains("not a JSON object", results[2].Error);

        const string one = "{\n  \"outlet\": \"الصباح\",\n  \"text\": \"افتتاح الموسم الثقافي.\"\n}";
        var doc = Single(Inputs.ReadContent(one, "one.json"));
        Assert.Equal("افتتاح الموسم الثقافي.", doc.Text);
        Assert.Equal("الصباح", doc.Meta.Outlet);

        var unknown = SingleRejection(Inputs.ReadContent("{\n  \"status\": \"ok\"\n}", "status.json"));
        Assert.Contains("JSON that is not a known format", unknown.Error);
    }

    [Fact]
    public void ReadersAreListedWithTheirNames()
    {
        var names = Inputs.Readers.Select(r => r.Format).ToList();
        Assert.Equal(["trec", "feed", "telegram", "jsonl", "html", "text"], names);
    }
}
