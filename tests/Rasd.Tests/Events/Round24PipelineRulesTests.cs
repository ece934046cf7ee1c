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

    [Fact]
    public void Writing_on_a_platform_reports_and_writing_a_book_does_not()
    {
        var c = Analyse("الأربعاء 6 أغسطس 2025\nكتب الرئيس الأمريكي دونالد ترامب على منصته للتواصل الاجتماعي أن الاجتماع كان مثمراً للغاية.\n");
        var said = Assert.Single(c.Events, e => e.Cameo == "010");
        Assert.Contains("Q22686", said.SourceActors);
        c = Analyse("الأربعاء 6 أغسطس 2025\nكتب الروائي المصري نجيب محفوظ روايته الأولى في شبابه.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "010");
    }

    [Fact]
    public void A_person_telling_of_talks_his_side_held_without_him_makes_a_statement_of_his_own()
    {
        var c = Analyse("الثلاثاء 18 فبراير 2025\nقال الرئيس الأمريكي دونالد ترامب اليوم إن وزير خارجيته ماركو روبيو عقد اجتماعاً مثمراً مع وزير الخارجية الروسي سيرغي لافروف في الرياض.\n");
        Assert.Contains(c.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && !e.SourceActors.Concat(e.TargetActors).Contains("Q22686"));
        var said = Assert.Single(c.Events, e => e.Cameo == "010");
        Assert.Equal(new[] { "Q22686" }, said.SourceActors);
        // a ministry's readout of its minister's talks is the readout, not a statement besides them
        c = Analyse("الثلاثاء 18 فبراير 2025\nقالت وزارة الخارجية الأمريكية اليوم إن الوزير ماركو روبيو عقد اجتماعاً مثمراً مع وزير الخارجية الروسي سيرغي لافروف في الرياض.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "010");
    }

    [Fact]
    public void Telling_someone_is_a_frame_and_age_is_not()
    {
        var c = Analyse("الأربعاء 13 أغسطس 2025\nوأبلغ الرئيس اللبناني جوزاف عون ضيفه أن بيروت حريصة على علاقات متوازنة مع الجميع.\n");
        var said = Assert.Single(c.Events);
        Assert.Equal("rasd:person:joseph-aoun", said.Mentions[0].Attribution);
        // "تبلغ من العمر": reaching an age tells nobody anything
        c = Analyse("الأربعاء 13 أغسطس 2025\nوتبلغ رئيسة الوزراء الإيطالية جورجيا ميلوني من العمر 48 عاماً.\n");
        Assert.Empty(c.Events);
    }

    [Fact]
    public void A_visit_called_off_did_not_take_place()
    {
        var c = Analyse("الأربعاء 13 أغسطس 2025\nوألغى رئيس الوزراء الإسرائيلي بنيامين نتنياهو زيارته إلى واشنطن في اللحظة الأخيرة.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "042" && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void An_ultimatum_is_a_threat_and_a_deadline_to_leave_is_not()
    {
        var c = Analyse("الجمعة 3 أكتوبر 2025\nأمهل الرئيس الأمريكي دونالد ترامب اليوم حركة حماس حتى مساء الأحد للرد على خطته.\n");
        var ultimatum = Assert.Single(c.Events, e => e.Cameo == "139");
        Assert.Equal(new[] { "Q22686" }, ultimatum.SourceActors);
        Assert.Equal(new[] { "rasd:group:hamas" }, ultimatum.TargetActors);
        c = Analyse("الجمعة 3 أكتوبر 2025\nوأمهلت السلطات السعودية الزائرين أسبوعين لمغادرة أراضيها.\n");
        Assert.DoesNotContain(c.Events, e => e.Plover == "THREATEN");
    }

    [Fact]
    public void The_name_a_conjoined_appeal_gives_before_ila_is_the_one_appealed_to()
    {
        var c = Analyse("الجمعة 3 أكتوبر 2025\nقال الرئيس الفرنسي إيمانويل ماكرون اليوم إن الفرصة سانحة لإنهاء الحرب، ودعا إسرائيل إلى وقف العمليات العسكرية.\n");
        var appeal = Assert.Single(c.Events, e => e.Plover == "REQUEST");
        Assert.Equal(new[] { "Q801" }, appeal.TargetActors);
        Assert.DoesNotContain("Q801", appeal.SourceActors);
        Assert.NotEmpty(appeal.SourceActors);
    }

    [Fact]
    public void An_event_the_report_looks_back_to_is_no_event_of_it_and_the_speaker_who_recalls_it_still_speaks()
    {
        // a recognition recalled from April in a June report
        var c = Analyse("الأحد 1 يونيو 2025\nويأتي الموقف الجديد بعد مواقف مماثلة، إذ جددت الولايات المتحدة في أبريل الماضي اعترافها بسيادة المغرب على صحرائه.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "054");
        // the speaker's words are news; what he recalls from January is not
        c = Analyse("الأحد 1 يونيو 2025\nوقال الرئيس الفرنسي إيمانويل ماكرون إن ألمانيا رفضت الطلب في يناير الماضي.\n");
        Assert.Contains(c.Events, e => e.Cameo == "010" && e.Date.Iso == "2025-06-01");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "120");
        // a time that says "today" is the report's day, whatever date it spells out
        c = Analyse("الأحد 1 يونيو 2025\nأعلن وزير الخارجية الفرنسي اليوم الأربعاء 12 مارس 2025 رفضه القاطع للقرار.\n");
        Assert.Contains(c.Events, e => e.Cameo == "120");
    }

    [Fact]
    public void A_brigade_named_after_a_day_is_no_date()
    {
        var c = Analyse("الأحد 1 يونيو 2025\nقصفت طائرتان حربيتان قاعدة لكتيبة 17 فبراير في مدينة بنغازي.\n");
        Assert.Contains(c.Events, e => e.Plover == "ASSAULT" && e.Date.Iso == "2025-06-01");
    }
}
