using Rasd.Model;

namespace Rasd.Tests.Events;

/// <summary>Whose account a speech act is, and the date of an appeal made in a message, through the whole pipeline.</summary>
public class Round26PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    [Fact]
    public void The_source_a_short_dispatch_cites_in_its_lead_stops_governing_once_another_voice_is_quoted()
    {
        const string lead = "الأربعاء 13 أغسطس 2025\nأنقرة - وقع البلدان اليوم اتفاقية للتعاون العسكري، بحسب وزارة الدفاع التركية.\n";
        var c = Analyse(lead + "وقال وزير الخارجية التركي هاكان فيدان في مؤتمر صحفي إن أنقرة تدعم وحدة سوريا.\n"
                        + "والتقى فيدان بعد ذلك نظيره السوري أسعد الشيباني.\n");
        var met = Assert.Single(c.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Mentions.Any(m => m.Text.Contains("والتقى")));
        Assert.DoesNotContain(met.Mentions, m => m.Text.Contains("والتقى") && m.Attribution != null && m.Attribution.Contains("mod", StringComparison.Ordinal));
        // with no other voice in between, the lead's source still governs
        c = Analyse(lead + "والتقى فيدان بعد ذلك نظيره السوري أسعد الشيباني.\n");
        met = Assert.Single(c.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Mentions.Any(m => m.Text.Contains("والتقى")));
        Assert.Contains(met.Mentions, m => m.Text.Contains("والتقى") && m.Attribution != null);
    }

    [Fact]
    public void A_speech_act_of_a_named_person_is_his_account_when_the_agency_frame_is_carried_from_before()
    {
        var c = Analyse("الأحد 18 مايو 2025\nونقلت وكالة الصحافة الفرنسية أن القمة اختتمت أعمالها مساء أمس.\n"
                        + "وأشاد الرئيس الفرنسي إيمانويل ماكرون بجهود الوساطة القطرية.\n");
        var praise = Assert.Single(c.Events, e => e.Cameo == "051");
        var m = Assert.Single(praise.Mentions);
        Assert.Equal(praise.SourceActors[0], m.Attribution);
        Assert.Equal(EntityType.Person, c.Entities[m.Attribution!].Type);
        // the agency's own frame in the sentence keeps the account the agency's
        c = Analyse("الأحد 18 مايو 2025\nوبحسب وكالة الصحافة الفرنسية، أشاد الرئيس الفرنسي إيمانويل ماكرون بجهود الوساطة القطرية.\n");
        praise = Assert.Single(c.Events, e => e.Cameo == "051");
        Assert.NotEqual(praise.SourceActors[0], praise.Mentions[0].Attribution);
    }

    [Fact]
    public void An_appeal_made_in_a_message_takes_the_time_of_the_message()
    {
        var c = Analyse("السبت 1 مارس 2025\nالقاهرة - وكالات\nودعا الرئيس الفلسطيني محمود عباس في رسالته، التي تلاها نيابة عنه أحد مساعديه الخميس في القاهرة، إلى وقف الحرب على غزة.\n");
        var appeal = Assert.Single(c.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        Assert.Equal("2025-02-27", appeal.Date.Iso);
        // a time in a relative clause of another event's noun is still not the appeal's
        c = Analyse("السبت 1 مارس 2025\nودعا الرئيس الفلسطيني محمود عباس إلى احترام الاتفاق الذي تم التوصل إليه في يناير الماضي.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal) && e.Date.Iso == "2025-01");
    }

    [Fact]
    public void Calling_for_something_before_a_summit_is_an_appeal_not_an_invitation_to_it()
    {
        var c = Analyse("السبت 17 مايو 2025\nدعا الرئيس الفرنسي إيمانويل ماكرون في كلمته أمام القمة إلى وقف فوري لإطلاق النار في غزة.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "036");
        Assert.Contains(c.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        c = Analyse("السبت 17 مايو 2025\nدعا الرئيس الفرنسي إيمانويل ماكرون نظيره اللبناني جوزاف عون إلى زيارة باريس.\n");
        Assert.Contains(c.Events, e => e.Cameo == "036");
    }
}
