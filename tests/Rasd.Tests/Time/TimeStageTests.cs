using Rasd.Cli.Commands;
using Rasd.Model;
using Rasd.Time;

namespace Rasd.Tests.Time;

public sealed class TimeStageTests
{
    private static Document Doc(string text, Action<DocumentMeta>? meta = null)
    {
        var m = new DocumentMeta { Source = "test" };
        meta?.Invoke(m);
        return new Document(text, m);
    }

    [Fact]
    public void A_posts_foot_dates_the_post_above_it_and_its_lead_report()
    {
        // Two channel posts scraped from a web preview: each ends with its view count and date; the scraper puts the
        // first foot at the head of the second post.
        var doc = Doc(string.Join("\n",
            "وزارة الخارجية",
            "🇸🇾 وزير الخارجية أسعد الشيباني يستقبل نظيره الأردني أيمن الصفدي في دمشق ويبحث معه العلاقات الثنائية.",
            "#سوريا #الأردن",
            "👁 3.2K  📅 7 كانون الثاني",
            "",
            "🇸🇾 وزير الخارجية أسعد الشيباني يلتقي نظيره التركي هاكان فيدان في أنقرة ويبحث الجانبان الأوضاع في المنطقة.",
            "#سوريا #تركيا",
            "👁 2.9K  📅 15 كانون الثاني"));
        Rasd.Pipeline.Analyzer.Default().ProcessDocument(doc);
        Assert.Equal(2, doc.Items.Count);
        Assert.Equal((1, 7), (doc.Items[0].Published!.Month, doc.Items[0].Published!.Day));
        Assert.Equal((1, 15), (doc.Items[1].Published!.Month, doc.Items[1].Published!.Day));
        foreach (var (item, day) in new[] { (doc.Items[0], 7), (doc.Items[1], 15) })
        {
            var lead = doc.Events.First(e => e.ItemId == item.Id);
            Assert.Equal((1, day), (lead.Date.Month, lead.Date.Day));
        }
    }

    [Fact]
    public void Dated_posts_of_a_feed_are_items_even_without_a_full_stop()
    {
        // A channel export: each post under its date, in the emoji style of breaking news (no final full stop).
        var doc = Doc(string.Join("\n",
            "📅 23.06.2025",
            "🔴 عاجل | انفجارات في سماء الدوحة.. الحرس الثوري الإيراني يعلن استهداف قاعدة العديد الأمريكية في قطر بالصواريخ",
            "#قطر #إيران",
            "👁 48.2K",
            "📅 23.06.2025",
            "🇶🇦 الخارجية القطرية تدين بشدة استهداف قاعدة العديد من قبل الحرس الثوري ولا إصابات",
            "#قطر",
            "👁 39.7K"));
        Rasd.Pipeline.Analyzer.Default().ProcessDocument(doc);
        Assert.Equal(2, doc.Items.Count);
        Assert.Equal("2025-06-23", doc.Meta.Published.Iso);
    }

    [Fact]
    public void TodayWithWeekdayAndAPastYearFixesThePublicationDay()
    {
        var doc = Doc("قال الكرملين اليوم، الأربعاء 12 من شباط، إن الرئيسين تحدثا.\nوكان قد سبق ذلك تغيير السلطة في 8 من كانون الأول 2024.\nوقال الوزير يوم الثلاثاء إن التعاون مستمر.");
        new TimeStage().Process(doc);
        Assert.Equal("2025-02-12", doc.Meta.Published.Iso);
        Assert.Equal("weekday", doc.Meta.Published.Basis);
        Assert.Contains(doc.Times, t => t.Iso == "2025-02-11" && t.Text == "الثلاثاء");
        var bg = Assert.Single(doc.Times, t => t.Iso == "2024-12-08");
        Assert.True(bg.Background);
    }

    [Fact]
    public void A_dated_yesterday_fixes_the_publication_day_as_the_day_after()
    {
        // 22 June 2025 is a Sunday: the page that says "مساء أمس الأحد 22 حزيران" was published on Monday the 23rd.
        var doc = Doc("أثار التفجير الذي استهدف الكنيسة مساء أمس الأحد 22 حزيران 2025 موجة من الإدانات.\nواليوم الاثنين، أعلنت الوزارة توقيف عدد من المشتبه بهم.");
        new TimeStage().Process(doc);
        Assert.Equal("2025-06-23", doc.Meta.Published.Iso);
        Assert.Contains(doc.Times, t => t.Text.Contains("الاثنين") && t.Iso == "2025-06-23");
        // without a year the day and month are known, and the weekday is Monday's
        doc = Doc("أثار التفجير الذي استهدف الكنيسة مساء أمس الأحد 22 حزيران موجة من الإدانات.");
        new TimeStage().Process(doc);
        Assert.Equal((6, 23), (doc.Meta.Published.Month, doc.Meta.Published.Day));
        Assert.True(doc.Meta.Published.YearLessDay);
        // a date after "yesterday" that is another clause's ("أمس، وفي 3 آذار الماضي") is no dated yesterday
        doc = Doc("قال الوزير أمس إن الاتفاق الموقع في 3 آذار 2025 ما زال سارياً.");
        new TimeStage().Process(doc);
        Assert.NotEqual("2025-03-04", doc.Meta.Published.Iso);
    }

    [Fact]
    public void A_weekday_dating_a_saying_stays_in_the_past_when_only_what_was_said_is_future()
    {
        // 16 January 2025 is a Thursday: "the Wednesday" of the saying is the 15th, not the 22nd.
        var said = Doc("الخميس 16 يناير 2025\nعنوان الخبر\nقال الرئيس يوم الأربعاء إن الاتفاق سيوقف القتال.");
        new TimeStage().Process(said);
        Assert.Contains(said.Times, t => t.Text == "الأربعاء" && t.Iso == "2025-01-15");
        var planned = Doc("الخميس 16 يناير 2025\nعنوان الخبر\nقال الوزير إن الرئيس سيزور موسكو يوم الأربعاء.");
        new TimeStage().Process(planned);
        Assert.Contains(planned.Times, t => t.Text == "الأربعاء" && t.Iso == "2025-01-22");
    }

    [Theory]
    [InlineData("أنقرة (الأناضول) - 15 مايو 2025", "2025-05-15")]
    [InlineData("وطنية - الرياض - الإثنين 03 آذار 2025", "2025-03-03")]
    public void AWireDatelineOpeningATextWithoutAHeadlineDatesIt(string dateline, string iso)
    {
        var doc = Doc(dateline + "\n\nالتقى الرئيس، الخميس، نظيره في المجمع الرئاسي بالعاصمة، عشية المفاوضات المرتقبة بين البلدين في المدينة.");
        new TimeStage().Process(doc);
        Assert.Equal(iso, doc.Meta.Published.Iso);
        Assert.Equal("dateline", doc.Meta.Published.Basis);
    }

    [Fact]
    public void AHeadlineWithAPlaceAndADateIsNoDateline()
    {
        var doc = Doc("أنقرة تستضيف القمة 15 مايو 2025\n\nقالت الوزارة إن الرئيس سيحضر القمة المرتقبة في العاصمة مع عدد من القادة والمسؤولين من دول المنطقة.");
        new TimeStage().Process(doc);
        Assert.NotEqual("dateline", doc.Meta.Published.Basis);
    }

    [Fact]
    public void TodayWithAFullDateFixesTheDay()
    {
        var doc = Doc("أعلنت الوزارة اليوم الخميس 6 مارس 2025 عن خطة. وقالت أمس إن");
        new TimeStage().Process(doc);
        Assert.Equal("2025-03-06", doc.Meta.Published.Iso);
        Assert.Equal("relative", doc.Meta.Published.Basis);
        Assert.Contains(doc.Times, t => t.Text == "أمس" && t.Iso == "2025-03-05");
    }

    [Fact]
    public void NoEvidenceMeansUnknownNeverToday()
    {
        var doc = Doc("قال الرئيس اليوم إن المفاوضات ستستمر. والتقى أمس الوفد.");
        new TimeStage().Process(doc);
        Assert.False(doc.Meta.Published.Resolved);
        Assert.NotEmpty(doc.Warnings);
        Assert.All(doc.Times, t => Assert.Null(t.Iso));
        Assert.All(doc.Times, t => Assert.False(string.IsNullOrEmpty(t.Value.Note)));
    }

    [Fact]
    public void MetadataAndEvidenceWin()
    {
        var doc = Doc("قال الرئيس اليوم إن", m => m.Published = DateValue.OfDay(new DateOnly(2024, 5, 1), "feed"));
        new TimeStage().Process(doc);
        Assert.Equal("2024-05-01", doc.Meta.Published.Iso);
        Assert.Equal("feed", doc.Meta.Published.Basis);
        Assert.Equal("2024-05-01", Assert.Single(doc.Times).Iso);

        var doc2 = Doc("قال الرئيس أمس إن");
        doc2.Meta.DateEvidence.Add(new DateEvidence(DateValue.OfDay(new DateOnly(2025, 2, 12), "url"), "url", null, "2025-02-12"));
        new TimeStage().Process(doc2);
        Assert.Equal("2025-02-12", doc2.Meta.Published.Iso);
        Assert.Equal("url", doc2.Meta.Published.Basis);
        Assert.Equal("2025-02-11", Assert.Single(doc2.Times).Iso);

        var doc3 = Doc("قال الرئيس أمس إن", m => m.Url = "https://example.org/news/2025/02/12/story");
        new TimeStage().Process(doc3);
        Assert.Equal("2025-02-12", doc3.Meta.Published.Iso);
        Assert.Equal("url", doc3.Meta.Published.Basis);
    }

    [Fact]
    public void PostsDatedWithoutAYearKeepMonthAndDay()
    {
        const string text = "🗓 في 28 يناير، زار الوفد دمشق.\n📞 12 فبراير، اتصل الرئيس.";
        var doc = Doc(text);
        var nl = text.IndexOf('\n');
        var a = new Item { Id = "a", Span = new Span(0, nl) };
        a.Paragraphs.Add(new Span(0, nl));
        var b = new Item { Id = "b", Span = new Span(nl + 1, text.Length) };
        b.Paragraphs.Add(new Span(nl + 1, text.Length));
        doc.Items.Add(a);
        doc.Items.Add(b);
        new TimeStage().Process(doc);
        Assert.False(a.Published!.Resolved);
        Assert.Equal((1, 28), (a.Published.Month, a.Published.Day));
        Assert.Equal((2, 12), (b.Published!.Month, b.Published.Day));
        Assert.Contains(doc.Times, t => t.Text == "28 يناير" && t.Value is { Month: 1, Day: 28, Resolved: false });
    }

    [Fact]
    public void ExampleArticleFromShared()
    {
        var path = Path.Combine(TestPaths.Shared(), "examples", "002_059feed3ad62fa1c.txt");
        var doc = Doc(File.ReadAllText(path));
        new TimeStage().Process(doc);
        Assert.Equal("2025-02-12", doc.Meta.Published.Iso);
        foreach (var iso in new[] { "2025-02-11", "2025-02-03", "2025-02-06", "2024-12-08" })
            Assert.Contains(doc.Times, t => t.Iso == iso);
        Assert.Contains(doc.Times, t => t.Iso == "2024-12-08" && t.Background);
    }

    [Fact]
    public void UrlDates()
    {
        Assert.Equal("2025-02-12", PublicationDate.FromUrl("https://x.org/a/2025/02/12/b")!.Iso);
        Assert.Equal("2025-02-12", PublicationDate.FromUrl("https://x.org/2025-02-12-title.jpg")!.Iso);
        Assert.Null(PublicationDate.FromUrl("https://x.org/article/92/76367"));
        Assert.Null(PublicationDate.FromUrl("https://x.org/2025/13/45/"));
    }

    [Fact]
    public void DatesCommandWritesOneJsonLinePerInput()
    {
        Assert.True(DatesCommand.TryParseRef("2016-11-07T00:00:00", out var ctx, out _));
        var input = new StringReader("سأعود غداً\nلا شيء هنا\nقال أمس");
        var output = new StringWriter();
        DatesCommand.Run(input, output, ctx);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal("[{\"text\":\"غداً\",\"start\":6,\"length\":4,\"type\":\"date\",\"value\":\"2016-11-08\",\"precision\":\"day\"}]", lines[0]);
        Assert.Equal("[]", lines[1]);
        Assert.Contains("\"value\":\"2016-11-06\"", lines[2]);

        Assert.True(DatesCommand.TryParseRef(null, out var none, out _));
        var o2 = new StringWriter();
        DatesCommand.Run(new StringReader("قال أمس"), o2, none);
        Assert.Contains("\"value\":null", o2.ToString());
        Assert.False(DatesCommand.TryParseRef("12/02/2025", out _, out var err));
        Assert.NotNull(err);
    }

    [Fact]
    public void OneScanPerDocumentFindsWhatEachLineAloneFinds()
    {
        // The stage scans the text once and reads it line by line in windows; every line read alone must give the same
        // mentions (spans and values, tense-dependent ones included; the stage only adds its background flag), and nothing may leak across a line end.
        var text = "سيزور الوزير تونس يوم الثلاثاء\nفي\n2016 ارتفع الإنتاج في الأشهر الثلاثة الماضية\nقال أمس إنه عاد منذ شهرين و10 أيام\nسبعينيات القرن الماضي";
        var reference = DateValue.OfDay(new DateOnly(2025, 2, 12), "metadata");
        var doc = Doc(text, m => m.Published = reference);
        new TimeStage().Process(doc);
        var expected = new List<TimeMention>();
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            expected.AddRange(TimeRecognizer.Find(text, new Span(start, start + line.Length), new TimeContext(reference)));
            start += line.Length + 1;
        }
        Assert.Equal(expected.Select(m => (m.Span, m.Iso)), doc.Times.Select(m => (m.Span, m.Iso)));
        Assert.Contains(doc.Times, m => m.Text == "الثلاثاء" && m.Iso == "2025-02-18");
        Assert.DoesNotContain(doc.Times, m => m.Text.Contains('\n'));
        Assert.True(doc.Times.Count >= 5);
    }

    [Fact]
    public void The_next_day_counts_from_the_day_the_text_last_named()
    {
        var doc = Doc(string.Join("\n",
            "ترامب يوقع أمرا تنفيذيا بشأن سوريا",
            "تونس - 1 جويلية 2025",
            "وقع الرئيس الأمريكي الأمر التنفيذي الاثنين 30 جوان 2025.",
            "وكان ترامب قد أعلن في 13 ماي الماضي عزمه رفع العقوبات، قبل أن يلتقي في اليوم التالي الرئيس السوري.",
            "ومن المقرر أن يزور الوزير المنطقة. وسيعقد اجتماع آخر في اليوم التالي لوصوله."));
        Rasd.Pipeline.Analyzer.Default().ProcessDocument(doc);
        var next = doc.Times.Where(t => t.Text == "اليوم التالي").ToList();
        Assert.Equal("2025-05-14", next[0].Value.Iso);
        Assert.Equal(2, next.Count);
    }

    [Fact]
    public void A_posts_date_header_the_cleaner_removed_still_dates_the_post()
    {
        var doc = Doc(string.Join("\n",
            "قناة الأخبار العاجلة",
            "📅 13.03.2025",
            "🔴 وزير الخارجية يستقبل نظيره الأردني في دمشق",
            "استقبل وزير الخارجية اليوم الخميس نظيره الأردني في دمشق وبحث معه العلاقات الثنائية.",
            "#سوريا",
            "👁 18.2K",
            "📅 14.03.2025",
            "⚠️ الحكومة تعلن خطة جديدة للكهرباء",
            "أعلنت الحكومة في بيان اليوم الجمعة خطة جديدة لزيادة ساعات التغذية الكهربائية.",
            "#الكهرباء",
            "👁 15.7K",
            "📅 29.03.2025",
            "🔴 الرئيس يعلن تشكيل الحكومة الجديدة",
            "أعلن الرئيس مساء اليوم السبت تشكيل الحكومة الجديدة في حفل أقيم في قصر الشعب.",
            "👁 22.9K"));
        Rasd.Pipeline.Analyzer.Default().ProcessDocument(doc);
        Assert.Equal(3, doc.Items.Count);
        var today = doc.Times.Where(t => t.Text.StartsWith("اليوم", StringComparison.Ordinal) || t.Text.StartsWith("مساء اليوم", StringComparison.Ordinal))
            .Select(t => t.Value.Iso).ToList();
        Assert.Equal(new[] { "2025-03-13", "2025-03-14", "2025-03-29" }, today);
    }

    [Fact]
    public void A_wire_dateline_opening_the_body_right_under_a_long_headline_dates_the_document()
    {
        var doc = Doc(string.Join("\n",
            "وكالة الأنباء القطرية",
            "رئيس مجلس الوزراء وزير الخارجية يتلقى اتصالاً هاتفياً من وزير الخارجية الأمريكي بشأن مستجدات الأوضاع في المنطقة",
            "الدوحة في 14 أكتوبر 2025 /قنا/ تلقى معالي الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء ووزير الخارجية، اليوم، اتصالاً هاتفياً من وزير الخارجية الأمريكي.",
            "وجرى خلال الاتصال استعراض علاقات التعاون بين البلدين."));
        Rasd.Pipeline.Analyzer.Default().ProcessDocument(doc);
        Assert.Equal("2025-10-14", doc.Meta.Published.Iso);
        Assert.Equal("dateline", doc.Meta.Published.Basis);
    }
}

