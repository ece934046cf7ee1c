using Rasd.Model;

namespace Rasd.Tests.Events;

/// <summary>Recalled dates, posts on a platform, and the rules of the fourth round of held-out work, through the whole pipeline.</summary>
public class Round24PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    [Fact]
    public void A_recalled_date_of_a_later_noun_dates_neither_the_call_nor_a_new_event()
    {
        var c = Analyse("الاثنين 29 سبتمبر 2025\nأجرى الرئيس الفرنسي إيمانويل ماكرون، اليوم الاثنين، اتصالاً هاتفياً مع أمير قطر الشيخ تميم بن حمد آل ثاني.\n"
                        + "وأجرى وزير الخارجية الفرنسي اتصالاً هاتفياً مع نظيره القطري، عبّر فيه عن تضامن فرنسا مع قطر إزاء الهجوم الإسرائيلي على الدوحة في 9 سبتمبر الجاري.\n");
        var calls = c.Events.Where(e => e.Cameo == "041").ToList();
        Assert.NotEmpty(calls);
        Assert.All(calls, e => Assert.Equal("2025-09-29", e.Date.Iso));
        // the attack is recalled: no event of the 9th
        Assert.DoesNotContain(c.Events, e => e.Date.Iso == "2025-09-09");
    }
}
