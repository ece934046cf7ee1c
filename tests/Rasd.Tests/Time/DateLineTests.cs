using Rasd.Clean;
using Rasd.Items;
using Rasd.Model;
using Rasd.Pipeline;
using Rasd.Time;

namespace Rasd.Tests.Time;

public class DateLineTests
{
    private const string Body = "وصل وزير الخارجية إلى العاصمة أمس في زيارة رسمية يلتقي خلالها عدداً من المسؤولين لبحث العلاقات الثنائية بين البلدين.";

    private static Document Run(string text, string? url = null)
    {
        var doc = new Document(text, new DocumentMeta { Source = "t.txt", Url = url });
        foreach (var stage in new IDocumentStage[] { new CleanStage(), new ItemsStage(), new TimeStage() }) stage.Process(doc);
        return doc;
    }

    [Fact]
    public void A_date_line_and_a_credit_under_a_long_headline_date_the_text()
    {
        var doc = Run("الرئيسيةسياسةمحليات\nالرئيس ووزير الخارجية يوقعان اتفاقاً لدمج المؤسسات المدنية والعسكرية في شمال شرق البلاد ضمن إدارة الدولة\n10 آذار 2025\nدمشق-سانا\n" + Body + "\n");
        Assert.Equal("2025-03-10", doc.Meta.Published.Iso);
    }

    [Fact]
    public void A_date_line_giving_the_hijri_date_first_is_no_headline()
    {
        var doc = Run("الأولى | العالم العربي | دوليات\nالثلاثاء ١١ رمضان ١٤٤٦ هـ - ١١ مارس ٢٠٢٥ م\nاتفاق بين الحكومة والقوات لدمج المؤسسات في الدولة\n" + Body + "\n");
        Assert.Equal("2025-03-11", doc.Meta.Published.Iso);
        Assert.StartsWith("اتفاق بين", doc.Items[0].Title);
    }

    [Theory]
    [InlineData("الخميس 13 شباط 2025", "2025-02-13")]
    [InlineData("تاريخ النشر: 4 مارس 2025", "2025-03-04")]
    [InlineData("موسكو (رويترز) - 31 يوليو تموز 2025", "2025-07-31")]
    [InlineData("دمشق (الأناضول) - 13.03.2025", "2025-03-13")]
    [InlineData("الرياض 16 ذو القعدة 1446 هـ الموافق 14 مايو 2025 م واس", "2025-05-14")]
    [InlineData("9 ذو الحجة 1446 هـ", "2025-06-05")]
    [InlineData("الجمعة 1446/12/17 هـ الموافق 2025/06/13 م", "2025-06-13")]
    // One day in two calendars joined by a dash, not a span from one to the other.
    [InlineData("الجمعة 1446/12/17 هـ - 2025/06/13 م", "2025-06-13")]
    [InlineData("السبت 24 خرداد 1404 - 14 حزيران 2025", "2025-06-14")]
    // The Solar Hijri calendar of Iranian outlets, in Persian digits.
    [InlineData("الخميس، ۲۸ فروردین ۱۴۰۴", "2025-04-17")]
    [InlineData("كتب: المحرر السياسي - 10 نوفمبر 2025", "2025-11-10")]
    [InlineData("قناة الأخبار, [15.10.2025 14:02]", "2025-10-15")]
    [InlineData("Published on Jan 9, 2025", "2025-01-09")]
    [InlineData("13 January 2025 16:20 GMT", "2025-01-13")]
    public void A_date_line_under_the_headline_is_the_publication_date(string dateLine, string expected)
    {
        var doc = Run("وزير الخارجية يزور العاصمة في أول جولة له\n" + dateLine + "\n" + Body + "\n");
        Assert.Equal(expected, doc.Meta.Published.Iso);
        Assert.Equal("dateline", doc.Meta.Published.Basis);
        Assert.Contains(doc.Times, t => t.Text == "أمس" && t.Value.AsDate == DateOnly.Parse(expected).AddDays(-1));
    }

    [Fact]
    public void A_date_line_under_a_long_headline_and_over_a_long_body_dates_the_text()
    {
        // A headline of fifteen words or more reads like a body paragraph; the short line under it is still its dateline,
        // and a body paragraph after a closing long line still has none.
        const string headline = "وزير الخارجية يصل إلى العاصمة في زيارة رسمية يلتقي خلالها كبار المسؤولين ويبحث معهم العلاقات الثنائية بين البلدين";
        var doc = Run("الرئيسية محليات دولية\n" + headline + "\nالرياض 19 شوال 1446 هـ الموافق 17 أبريل 2025 م واس\n" + Body + "\n" + Body + "\n");
        Assert.Equal("2025-04-17", doc.Meta.Published.Iso);
        Assert.Equal("dateline", doc.Meta.Published.Basis);
    }

    [Fact]
    public void A_dateline_opening_the_body_or_signing_it_off()
    {
        Assert.Equal("2025-01-13", Run("عون يكلف سلام\nبيروت في 13 يناير 2025 /أ ش أ/ " + Body).Meta.Published.Iso);
        Assert.Equal("2025-02-24", Run("الخارجية ترحب بالقرار\n" + Body + "\nدمشق في 24/2/2025").Meta.Published.Iso);
    }

    [Fact]
    public void The_publication_line_wins_over_the_update()
    {
        var doc = Run("عنوان الخبر هنا\nنشرت في: 29/03/2025 - 23:10\nآخر تحديث: 30/03/2025 - 01:25\n" + Body);
        Assert.Equal("2025-03-29", doc.Meta.Published.Iso);
        var both = Run("عنوان الخبر هنا\nتاريخ النشر: 24.02.2025 | آخر تحديث: 25.02.2025\n" + Body);
        Assert.Equal("2025-02-24", both.Meta.Published.Iso);
        var update = Run("عنوان الخبر هنا\nآخر تحديث: 30/03/2025 - 01:25\n" + Body);
        Assert.Equal("2025-03-30", update.Meta.Published.Iso);
        Assert.Contains("update", update.Meta.Published.Note);
    }

    [Fact]
    public void The_explicit_date_line_wins_over_a_url_and_says_so()
    {
        var doc = Run("عنوان الخبر هنا\n![](https://cdn.example.com/images/2025/10/14/a.jpg)\nآخر تحديث: الأربعاء 15 أكتوبر 2025 - 18:20\n" + Body);
        Assert.Equal("2025-10-15", doc.Meta.Published.Iso);
        Assert.Equal("dateline", doc.Meta.Published.Basis);
        Assert.Contains("2025-10-14", doc.Meta.Published.Note);
    }

    [Fact]
    public void The_weekday_of_today_settles_between_date_lines_that_disagree()
    {
        // 15 October 2025 is a Wednesday, 16 October a Thursday
        var doc = Run("عنوان الخبر هنا\nآخر تحديث: 16 أكتوبر 2025\nنشر في 15 أكتوبر 2025\nقال الوزير اليوم الأربعاء إن المحادثات ستستمر في الأيام المقبلة بين الجانبين.");
        Assert.Equal("2025-10-15", doc.Meta.Published.Iso);
        var wrongDay = Run("عنوان الخبر هنا\nنشر في 16 أكتوبر 2025\nقال الوزير اليوم الأربعاء إن المحادثات ستستمر في الأيام المقبلة بين الجانبين.");
        Assert.Equal("2025-10-16", wrongDay.Meta.Published.Iso);
        Assert.Contains("weekday", wrongDay.Meta.Published.Note);
    }

    [Fact]
    public void Dates_in_a_headline_or_between_body_paragraphs_are_not_date_lines()
    {
        Assert.False(Run("الشرع يزور موسكو في 15 أكتوبر 2025\n" + Body).Meta.Published.Resolved);
        Assert.False(Run("برنامج الجولة\n" + Body + "\nالأحد 26 فيفري 2017\n" + Body + "\n" + Body).Meta.Published.Resolved);
        Assert.False(Run("عنوان الخبر هنا\nوصل الرئيس إلى دمشق في 12 شباط 2025.\n" + Body).Meta.Published.Resolved);
    }

    [Fact]
    public void A_year_less_dateline_takes_its_year_from_the_weekday_of_today()
    {
        // 9 January is a Thursday in 2025; the text's latest past year is 2022
        var doc = Run("البرلمان ينتخب رئيسا\nبيروت - 9 - 1 (كونا) -- انتخب مجلس النواب اليوم الخميس رئيسا للجمهورية لينهي فراغا رئاسيا بدأ في نوفمبر 2022.");
        Assert.Equal("2025-01-09", doc.Meta.Published.Iso);
        Assert.Equal("weekday", doc.Meta.Published.Basis);
    }

    [Fact]
    public void A_month_from_the_url_and_a_dated_today_make_the_day()
    {
        var doc = Run("الكرملين: بوتين بحث مع الشرع العلاقات\n![](https://www.example.net/wp-content/uploads/2025/02/call.jpg)\nأعلن الكرملين اليوم، الأربعاء 12 شباط، أن الرئيس أجرى اتصالا هاتفيا بنظيره وبحث معه العلاقات الثنائية.");
        Assert.Equal("2025-02-12", doc.Meta.Published.Iso);
        Assert.Equal("relative", doc.Meta.Published.Basis);
    }

    [Fact]
    public void Today_with_only_a_weekday_stays_unknown_and_says_why()
    {
        var doc = Run("وفد في دمشق\nقال مصدر دبلوماسي اليوم الثلاثاء إن وفدا وصل إلى دمشق في أول زيارة لمسؤولين منذ سقوط الحكومة السابقة.");
        Assert.False(doc.Meta.Published.Resolved);
        Assert.Contains("Tuesday", doc.Meta.Published.Note);
        Assert.All(doc.Times, t => Assert.False(t.Value.Resolved));
    }
}
