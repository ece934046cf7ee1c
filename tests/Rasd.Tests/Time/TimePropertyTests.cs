using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rasd.Model;
using Rasd.Time;

namespace Rasd.Tests.Time;

/// <summary>Random strings, digit strings and Arabic word salads: no exceptions, spans inside the text, valid ISO values.</summary>
public sealed class TimePropertyTests
{
    private static readonly string[] Words =
    [
        "في", "من", "إلى", "حتى", "بين", "منذ", "قبل", "بعد", "يوم", "اليوم", "أمس", "غداً", "الأربعاء", "الجمعة", "الأحد",
        "يناير", "شباط", "آذار", "كانون", "الأول", "الثاني", "جانفي", "ماي", "شعبان", "رمضان", "هـ", "عام", "العام", "الماضي",
        "المقبل", "الجاري", "الشهر", "الأسبوع", "مطلع", "أواخر", "منتصف", "في وقت سابق", "2025", "1446", "31", "0", "12", "29",
        "99999", "/", "-", ".", "،", "(", ")", "١٢", "۲۰۲۵", "الحادي", "والعشرين", "عشر", "ألفين", "وخمسة", "يومين", "أسابيع", "سنوات",
        "2000", "جندي", "20th", "March", "GMT", "2025-02-31", "12/2/2025", "13/13/13", "🗓", "\u064E", "\u200F", "ـ",
    ];

    private static Arbitrary<string> Salad() =>
        Gen.Elements(Words).ListOf().Select(ws => string.Join(" ", ws)).ToArbitrary();

    private static Arbitrary<string> DigitText() =>
        Gen.Elements("0123456789٠١٢٣٤٥٦٧٨٩/-.:, ".ToCharArray()).ArrayOf().Select(cs => new string(cs)).ToArbitrary();

    private static readonly TimeContext Ref = TimeContext.Of(new DateOnly(2025, 2, 12));

    private static bool Valid(string text, List<TimeMention> ms)
    {
        foreach (var m in ms)
        {
            if (m.Span.Start < 0 || m.Span.End > text.Length || m.Span.Length <= 0) return false;
            if (text.Substring(m.Span.Start, m.Span.Length) != m.Text) return false;
            if (m.Iso is { } iso && m.Type is TimeType.Date or TimeType.DateRange)
                foreach (var part in iso.Split('/'))
                {
                    if (part == "..") continue;
                    var ok = part.Length switch
                    {
                        4 => int.TryParse(part, out var y) && y is >= 1 and <= 9999,
                        7 => DateTime.TryParseExact(part, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                        10 => DateTime.TryParseExact(part, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                        _ => false,
                    };
                    if (!ok) return false;
                }
            if (m.Value.Resolved && m.Iso is null && m.Type != TimeType.Duration) return false;
        }
        return true;
    }

    [Property(MaxTest = 300)]
    public bool AnyStringIsSafe(string s)
    {
        s ??= "";
        return Valid(s, TimeRecognizer.Find(s, Ref)) && Valid(s, TimeRecognizer.Find(s, TimeContext.Unknown));
    }

    [Property(MaxTest = 400)]
    public Property WordSaladIsSafe() => Prop.ForAll(Salad(), s => Valid(s, TimeRecognizer.Find(s, Ref)) && Valid(s, TimeRecognizer.Find(s, TimeContext.Unknown)));

    [Property(MaxTest = 400)]
    public Property DigitStringsAreSafe() => Prop.ForAll(DigitText(), s => Valid(s, TimeRecognizer.Find(s, Ref)));

    /// <summary>Without a reference nothing relative gets a value: only dates that carry their own year resolve.</summary>
    [Property(MaxTest = 400)]
    public Property NoReferenceResolvesOnlyExplicitYears() => Prop.ForAll(Salad(), s =>
        TimeRecognizer.Find(s, TimeContext.Unknown).All(m => !m.Value.Resolved || m.Value.Basis == "explicit"));

    [Fact]
    public void A_counted_weekday_of_an_explicit_year_is_explicit_without_a_reference()
    {
        // Found by NoReferenceResolvesOnlyExplicitYears: it was resolved with basis "relative" though nothing was relative.
        var found = TimeRecognizer.Find("قبل الأحد وخمسة الحادي يوم الجمعة 1446 الحادي الماضي", TimeContext.Unknown);
        Assert.All(found, m => Assert.True(!m.Value.Resolved || m.Value.Basis == "explicit", m.Text + " " + m.Value.Basis));
    }

    [Property(MaxTest = 200)]
    public Property StageNeverThrows() => Prop.ForAll(Salad(), s =>
    {
        var doc = new Document(s, new DocumentMeta { Source = "prop" });
        new TimeStage().Process(doc);
        return doc.Meta.Published.Basis != "today" && Valid(s, doc.Times);
    });
}
