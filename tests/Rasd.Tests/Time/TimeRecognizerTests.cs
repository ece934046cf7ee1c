using Rasd.Model;
using Rasd.Time;

namespace Rasd.Tests.Time;

public sealed class TimeRecognizerTests
{
    private static readonly DateOnly Wed = new(2025, 2, 12); // a Wednesday

    private static TimeMention One(string text, DateOnly? reference = null, Tense tense = Tense.Unknown)
    {
        var ctx = reference is { } r ? new TimeContext(DateValue.OfDay(r, "metadata"), tense) : TimeContext.Unknown with { Tense = tense };
        var found = TimeRecognizer.Find(text, ctx);
        Assert.True(found.Count == 1, $"expected one mention in '{text}', got {found.Count}: {string.Join(" | ", found.Select(f => f.Text))}");
        var m = found[0];
        Assert.Equal(text.Substring(m.Span.Start, m.Span.Length), m.Text);
        return m;
    }

    [Theory]
    [InlineData("وقال الكرملين اليوم، الأربعاء 12 من شباط، إن", "اليوم، الأربعاء 12 من شباط", "2025-02-12")]
    [InlineData("قال، الثلاثاء 11 من شباط، إن العقوبات", "الثلاثاء 11 من شباط", "2025-02-11")]
    [InlineData("أكد في 3 من شباط الحالي أن روسيا", "3 من شباط الحالي", "2025-02-03")]
    [InlineData("تغيير السلطة في 8 من كانون الأول 2024", "8 من كانون الأول 2024", "2024-12-08")]
    [InlineData("زار دمشق في 28 يناير", "28 يناير", "2025-01-28")]
    [InlineData("التقى به في 28 ديسمبر", "28 ديسمبر", "2024-12-28")]
    [InlineData("أعلن ذلك في يناير الماضي", "يناير الماضي", "2025-01")]
    [InlineData("في ديسمبر من العام الماضي", "ديسمبر من العام الماضي", "2024-12")]
    [InlineData("في وقت سابق من شهر شباط الجاري", "في وقت سابق من شهر شباط الجاري", "2025-02-01/2025-02-12")]
    [InlineData("ومطلع الشهر", "مطلع الشهر", "2025-02-01/2025-02-15")]
    [InlineData("أواخر الشهر الماضي", "أواخر الشهر الماضي", "2025-01-16/2025-01-31")]
    [InlineData("قال أمس", "أمس", "2025-02-11")]
    [InlineData("قال أول أمس", "أول أمس", "2025-02-10")]
    [InlineData("يصل غداً", "غداً", "2025-02-13")]
    [InlineData("قصفت الليلة الماضية", "الليلة الماضية", "2025-02-11")]
    [InlineData("التقى الأسبوع الماضي", "الأسبوع الماضي", "2025-02-03/2025-02-09")]
    [InlineData("هذا الأسبوع", "هذا الأسبوع", "2025-02-10/2025-02-16")]
    [InlineData("ارتفع الشهر الماضي", "الشهر الماضي", "2025-01")]
    [InlineData("خلال الشهر الجاري", "خلال الشهر الجاري", "2025-02-01/2025-02-28")]
    [InlineData("العام المقبل", "العام المقبل", "2026")]
    [InlineData("عاد قبل يومين", "قبل يومين", "2025-02-10")]
    [InlineData("تدخلت منذ عام 2015", "منذ عام 2015", "2015/2025-02-12")]
    [InlineData("في 13 شعبان 1446 هـ", "13 شعبان 1446 هـ", "2025-02-12")]
    [InlineData("بتاريخ 12/2/2025", "12/2/2025", "2025-02-12")]
    // A numeric date followed by its era is in that calendar: 17 Dhu al-Hijja 1446 (not the Gregorian year 1446).
    [InlineData("الجمعة 1446/12/17 هـ", "الجمعة 1446/12/17 هـ", "2025-06-13")]
    [InlineData("في 24 خرداد 1404", "24 خرداد 1404", "2025-06-14")]
    [InlineData("نشر 2025-02-12", "2025-02-12", "2025-02-12")]
    [InlineData("20th, March 2025 GMT", "20th, March 2025", "2025-03-20")]
    [InlineData("في ١٢ فبراير ٢٠٢٥", "١٢ فبراير ٢٠٢٥", "2025-02-12")]
    [InlineData("في ۱۲ فبراير ۲۰۲۵", "۱۲ فبراير ۲۰۲۵", "2025-02-12")]
    [InlineData("في الحادي عشر من فبراير 2025", "الحادي عشر من فبراير 2025", "2025-02-11")]
    [InlineData("في مارس / آذار 2024", "مارس / آذار 2024", "2024-03")]
    [InlineData("في ديسمبر (كانون الأول) 2024", "ديسمبر (كانون الأول) 2024", "2024-12")]
    [InlineData("من 3 إلى 5 فبراير 2025", "من 3 إلى 5 فبراير 2025", "2025-02-03/2025-02-05")]
    [InlineData("غادر منذ شهرين و10 أيام", "منذ شهرين و10 أيام", "2024-12-02")]
    [InlineData("وصل قبل عام وثلاثة أشهر", "قبل عام وثلاثة أشهر", "2023-11")]
    [InlineData("يعود بعد 1 شهر و 21 يوما من الآن", "1 شهر و 21 يوما من الآن", "2025-04-02")]
    [InlineData("بدأ في سبعينيات القرن الماضي", "سبعينيات القرن الماضي", "1970-01-01/1979-12-31")]
    [InlineData("في الستينيات من القرن التاسع عشر", "الستينيات من القرن التاسع عشر", "1860-01-01/1869-12-31")]
    [InlineData("ارتفع في الأشهر الثلاثة الماضية", "في الأشهر الثلاثة الماضية", "2024-11-12/2025-02-11")]
    [InlineData("نما في الربع الثالث من ألفين وعشرين", "الربع الثالث من ألفين وعشرين", "2020-07-01/2020-09-30")]
    [InlineData("تضاعف في 2 العقود الماضية", "2 العقود الماضية", "2005-02-12/2025-02-11")]
    public void ResolvesAgainstTheReference(string text, string span, string iso)
    {
        var m = One(text, Wed, Tense.Past);
        Assert.Equal(span, m.Text);
        Assert.Equal(iso, m.Iso);
    }

    [Theory]
    [InlineData("جانفي", 1)] [InlineData("فيفري", 2)] [InlineData("أفريل", 4)] [InlineData("ماي", 5)] [InlineData("جوان", 6)]
    [InlineData("جويلية", 7)] [InlineData("أوت", 8)] [InlineData("يوليوز", 7)] [InlineData("غشت", 8)] [InlineData("شتنبر", 9)]
    [InlineData("نونبر", 11)] [InlineData("دجنبر", 12)] [InlineData("يونيو", 6)] [InlineData("أغسطس", 8)] [InlineData("حزيران", 6)]
    [InlineData("تموز", 7)] [InlineData("آب", 8)] [InlineData("أيلول", 9)] [InlineData("تشرين الثاني", 11)] [InlineData("كانون الثاني", 1)]
    [InlineData("نيسان", 4)] [InlineData("أيار", 5)]
    public void EveryMonthSystem(string month, int number)
    {
        var m = One($"جرى ذلك في 5 {month} 2024", Wed);
        Assert.Equal(new DateOnly(2024, number, 5), m.Value.AsDate);
        Assert.Equal("explicit", m.Value.Basis);
    }

    [Fact]
    public void WeekdayAloneFollowsTheTense()
    {
        Assert.Equal("2025-02-11", One("التقى الوزير يوم الثلاثاء نظيره", Wed).Iso);
        Assert.Equal("2025-02-18", One("سيلتقي الوزير يوم الثلاثاء نظيره", Wed).Iso);
        Assert.Equal("2025-02-12", One("وقع الهجوم يوم الأربعاء", Wed).Iso);
    }

    [Theory]
    [InlineData("أعلنت القوات، الأحد، سيطرتها الكاملة على المدينة", Tense.Past)]
    [InlineData("أكد احترام سيادته على أراضيه", Tense.Past)]
    [InlineData("أعلنت القوات أنها ستسيطر على المدينة", Tense.Future)]
    // past verbs on the same letters: "سيطرت" (took control)
    [InlineData("وسيطرت الحركة على مدينة أوفيرا في منتصف فبراير", Tense.Past)]
    [InlineData("سيطروا على المعبر قبل أيام", Tense.Past)]
    public void ANounOnTheFutureLettersWithAPronounIsNoFutureVerb(string text, Tense tense) =>
        Assert.Equal(tense, TenseDetector.Detect(text, new Span(0, text.Length)));

    [Fact]
    public void DayMonthWithoutYearFollowsTheTense()
    {
        Assert.Equal("2024-12-28", One("زار دمشق في 28 ديسمبر", Wed).Iso);
        Assert.Equal("2025-12-28", One("سيزور دمشق في 28 ديسمبر", Wed).Iso);
        Assert.Equal("2025-01-15", One("وسيطرت الحركة على المدينة في 15 يناير", Wed).Iso);
    }

    [Fact]
    public void WithoutReferenceKeepsWhatIsKnown()
    {
        var m = One("زار الوفد دمشق في 28 يناير", null);
        Assert.False(m.Value.Resolved);
        Assert.Null(m.Iso);
        Assert.Equal(1, m.Value.Month);
        Assert.Equal(28, m.Value.Day);
        Assert.Equal(0, m.Value.Year);
        Assert.Equal("none", m.Value.Basis);
        Assert.Contains("no year", m.Value.Note);

        foreach (var rel in new[] { "قال أمس", "التقى يوم الثلاثاء", "الأسبوع الماضي", "قبل يومين", "في يناير الماضي", "اليوم" })
        {
            var r = One(rel, null);
            Assert.False(r.Value.Resolved, rel);
            Assert.Null(r.Iso);
            Assert.False(string.IsNullOrEmpty(r.Value.Note), rel);
        }
    }

    [Fact]
    public void ImpossibleDatesAreNotInvented()
    {
        var m = One("في 31 شباط 2025", Wed);
        Assert.False(m.Value.Resolved);
        Assert.Contains("impossible", m.Value.Note);
        Assert.DoesNotContain(TimeRecognizer.Find("في 0 يناير 2025 قال", TimeContext.Of(Wed)), x => x.Value.Precision == DatePrecision.Day);
        foreach (var x in TimeRecognizer.Find("في 5 يناير 99999", TimeContext.Of(Wed))) Assert.NotEqual(99999, x.Value.Year);
        Assert.Empty(TimeRecognizer.Find("في 45/13/2025", TimeContext.Of(Wed)));
    }

    [Theory]
    [InlineData("نشر الجيش 2000 جندي على الحدود")]
    [InlineData("للاتصال: 71 123 456 أو +216 71-123-456")]
    [InlineData("مارس الجيش ضغطا كبيرا")]
    [InlineData("فاز الفريق 2-1 في المباراة")]
    [InlineData("قتل 15 شخصا وأصيب 31 آخرون")]
    [InlineData("احتفل باليوم الوطني")]
    [InlineData("وفي اليوم نفسه، تلقى الرئيس اتصالا")]
    [InlineData("قال أحد المسؤولين")]
    public void NumbersAndWordsThatAreNotDates(string text)
    {
        Assert.Empty(TimeRecognizer.Find(text, TimeContext.Of(Wed)));
    }

    [Fact]
    public void SpansMapToTheOriginalTextWithDiacritics()
    {
        const string text = "وَصَلَ غَداً إلى تونس";
        var m = One(text, Wed);
        Assert.Equal("غَداً", m.Text);
    }

    [Fact]
    public void SinceIsBackground()
    {
        var m = One("تتدخل روسيا منذ عام 2015", Wed);
        Assert.True(m.Background);
        Assert.Equal(TimeType.DateRange, m.Type);
    }

    [Fact]
    public void Durations()
    {
        var m = One("استمرت المفاوضات لمدة ثلاثة أيام", Wed);
        Assert.Equal(TimeType.Duration, m.Type);
        Assert.Equal("P3D", m.Iso);
    }

    [Theory]
    [InlineData("وصل الوفد أمس الأحد إلى دمشق", "أمس الأحد", "2025-02-11")]
    [InlineData("قال الكرملين اليوم الأربعاء إن", "اليوم الأربعاء", "2025-02-12")]
    [InlineData("يلتقي الرئيسان غدا الخميس", "غدا الخميس", "2025-02-13")]
    [InlineData("أعلنت الرئاسة مساء اليوم، الاثنين 10 آذار 2025، توقيع", "مساء اليوم، الاثنين 10 آذار 2025", "2025-03-10")]
    public void ARelativeDayWithItsWeekdayIsOneDate(string text, string span, string iso)
    {
        var m = One(text, Wed);
        Assert.Equal(span, m.Text);
        Assert.Equal(iso, m.Iso);
        // a weekday that does not fit the day is kept as a note, never as the date
        Assert.Equal(text.Contains("أمس") ? "the weekday named does not fall on this date" : null, m.Value.Note);
    }

    [Fact]
    public void TheWeekdayBeforeLastIsTwoWeeksBack()
    {
        Assert.Equal("2025-02-05", One("التقى الأربعاء الماضي", Wed).Iso);
        Assert.Equal("2025-01-29", One("التقى الأربعاء قبل الماضي", Wed).Iso);
        Assert.Equal("2025-02-04", One("التقى الثلاثاء قبل الماضي", Wed).Iso);
    }

    [Fact]
    public void MaghrebLastMonthWords()
    {
        Assert.Equal("2025-01", One("وقعت الاتفاقية في شهر جانفي الفارط", Wed).Iso);
        Assert.Equal("2024-03", One("مقابل شهر مارس من السنة المنقضية", Wed).Iso);
    }

    [Theory]
    [InlineData("ستقام المباراة بملعب 15 أكتوبر ببنزرت")]
    [InlineData("في ذكرى ثورة 14 جانفي")]
    [InlineData("وتجمع أنصار قوى 14 آذار في الساحة")]
    public void ADayAndMonthNamingSomethingIsNotADate(string text)
    {
        Assert.Empty(TimeRecognizer.Find(text, TimeContext.Of(Wed)));
        // with its year, or after "في", it is a date again
        Assert.NotEmpty(TimeRecognizer.Find("افتتح الملعب في 15 أكتوبر 2024", TimeContext.Of(Wed)));
    }

    [Fact]
    public void AFutureMarkerFarFromADateDoesNotPushItAYearAhead()
    {
        // the future verb governs another clause: the nearest 8 November is the past one
        Assert.Equal("2024-11-08", One("وسيواجه الحزب تحديات في محاولته إعادة ترميم صفوفه بعد هزيمة مرشحته في الانتخابات التي أجريت في الثامن من نوفمبر", Wed).Iso);
        // near the date it does
        Assert.Equal("2025-12-28", One("سيزور دمشق في 28 ديسمبر", Wed).Iso);
        Assert.Equal("2026-01-20", One("في 20 يناير سيعقد المؤتمر", Wed).Iso);
        // a reported future after the date, or a past perfect before it, leaves the date in the past
        Assert.Equal("2025-01-30", One("وكانت الوزارة قد ذكرت في 30 يناير أنها ستغير موقع المنظومة", Wed).Iso);
        Assert.Equal("2025-01-31", One("وكان من المقرر أن تصل إلى المطار يوم 31 يناير", Wed).Iso);
        // what lasts "since" a day began before it
        Assert.Equal("2025-01-02/2025-02-12", One("تتواصل الاحتجاجات منذ 2 يناير وستتواصل", Wed).Iso);
    }

    [Fact]
    public void ADottedDateWithATwoDigitYearIsADateOnlyAsATimeStamp()
    {
        Assert.Contains(TimeRecognizer.Find("نشرة الأخبار, [16.07.25 18:40]", TimeContext.Of(Wed)), x => x.Text == "16.07.25" && x.Iso == "2025-07-16");
        Assert.DoesNotContain(TimeRecognizer.Find("حدّث التطبيق إلى الإصدار 16.07.25 أمس", TimeContext.Of(Wed)), x => x.Iso == "2025-07-16");
    }

    [Theory]
    // Reference 2025-05-14, a Wednesday: a past perfect governs the weekday or date that follows it, even when a
    // future verb of the reported clause ("أنه سيأمر") comes later in the sentence.
    [InlineData("وكان ترمب قد أعلن، الثلاثاء، خلال منتدى في الرياض، أنه سيأمر برفع العقوبات.", "2025-05-13")]
    [InlineData("وكان الوزير قد أعلن الثلاثاء أنه سيزور موسكو.", "2025-05-13")]
    [InlineData("وكانت الوزارة قد ذكرت في 30 سبتمبر أنها ستغير موقفها.", "2024-09-30")]
    // future verbs near the weekday still look ahead
    [InlineData("وقال الوزير إنه سيزور موسكو يوم الثلاثاء.", "2025-05-20")]
    [InlineData("سيعقد الاجتماع، الثلاثاء، في موسكو.", "2025-05-20")]
    public void PastPerfectBeforeADateDatesItInThePast(string text, string iso)
    {
        var ctx = new TimeContext(DateValue.OfDay(new DateOnly(2025, 5, 14), "metadata"));
        var m = Assert.Single(TimeRecognizer.Find(text, ctx));
        Assert.Equal(iso, m.Iso);
    }
}
