using Rasd.Events;
using Rasd.Model;

namespace Rasd.Tests.Events;

/// <summary>The rules of stop 33, through the whole pipeline.</summary>
public class Round33PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    [Fact]
    public void Strikes_an_adjective_gives_to_a_country_fall_on_the_place_after_it()
    {
        var c = Analyse("الأربعاء 16 يوليو 2025\nموسكو - وكالات\nأدانت وزارة الخارجية الروسية الضربات الإسرائيلية على دمشق، واعتبرتها انتهاكاً لسيادة سوريا.\n");
        var strike = Assert.Single(c.Events, e => EventFamilies.Of(e.Cameo) == "force");
        Assert.Equal(new[] { "Q801" }, strike.SourceActors);
        Assert.Equal(new[] { "rasd:government:SYR" }, strike.TargetActors);
        Assert.Equal("Q3766", strike.Location);
    }

    [Fact]
    public void A_participle_appeal_after_a_comma_is_the_speakers_to_the_one_named_after_it()
    {
        var c = Analyse("الثلاثاء 11 مارس 2025\nجدة - وكالات\nقال وزير الخارجية الأمريكي ماركو روبيو للصحفيين اليوم إن بلاده ستنقل العرض إلى الروس، داعياً موسكو إلى القبول بالهدنة.\n");
        var appeal = Assert.Single(c.Events, e => e.Cameo == "020");
        Assert.Equal(new[] { "rasd:person:marco-rubio" }, appeal.SourceActors);
        Assert.Equal(new[] { "rasd:government:RUS" }, appeal.TargetActors);
        // appealing to no one named, it goes on with the statement, which stays
        c = Analyse("الثلاثاء 11 مارس 2025\nجدة - وكالات\nقال وزير الخارجية الأمريكي ماركو روبيو للصحفيين اليوم إن المحادثات كانت مثمرة، داعياً إلى التحلي بالصبر.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "020");
        Assert.Contains(c.Events, e => e.Cameo == "010" && e.SourceActors.Contains("rasd:person:marco-rubio"));
    }

    [Fact]
    public void A_trip_planned_within_the_coming_days_has_no_day_and_takes_none_from_the_report_before_it()
    {
        var c = Analyse("الأربعاء 12 مارس 2025\nواشنطن - وكالات\nأجرى وزير الخارجية الأمريكي ماركو روبيو أمس الثلاثاء محادثات مع وفد أوكراني في جدة.\n"
                        + "ومن المقرر أن يتوجه المبعوث الأمريكي ستيف ويتكوف إلى موسكو خلال الأيام المقبلة.\n");
        var trip = Assert.Single(c.Events, e => e.Cameo == "042");
        Assert.Equal(Modality.Planned, trip.Modality);
        Assert.False(trip.Date.Resolved);
        Assert.Contains("rasd:person:steve-witkoff", trip.SourceActors);
    }

    [Fact]
    public void Germanys_foreign_minister_until_May_2025_is_Annalena_Baerbock()
    {
        var c = Analyse("الجمعة 3 يناير 2025\nدمشق - وكالات\nوصلت وزيرة الخارجية الألمانية اليوم إلى دمشق والتقت قائد الإدارة السورية الجديدة أحمد الشرع.\n");
        var visit = Assert.Single(c.Events, e => e.Cameo == "042");
        Assert.Contains("rasd:person:annalena-baerbock", visit.SourceActors);
        c = Analyse("الجمعة 6 يونيو 2025\nبرلين - وكالات\nقال وزير الخارجية الألماني اليوم إن بلاده تدعم الحوار.\n");
        Assert.Contains(c.Entities.Keys, k => k == "rasd:person:johann-wadephul");
    }

    [Fact]
    public void A_reaction_told_and_then_said_to_follow_an_occasion_is_of_that_occasions_day()
    {
        // Published on Wednesday; the praise came right after the talks of the day before.
        var c = Analyse("الأربعاء 9 أبريل 2025 - 12:30\nالرباط - وكالات\nأشاد وزير الشؤون الخارجية ناصر بوريطة بالموقف الأمريكي من قضية الصحراء، واصفاً إياه بالثابت والواضح، وذلك عقب مباحثاته مع وزير الخارجية الأمريكي ماركو روبيو أمس الثلاثاء في واشنطن.\n");
        var praise = Assert.Single(c.Events, e => e.Cameo == "051");
        Assert.Equal("2025-04-08", praise.Date.Iso);
    }

    [Fact]
    public void The_counterpart_of_a_woman_minister_holds_the_same_office_in_the_other_country()
    {
        var c = Analyse("الجمعة 3 يناير 2025\nدمشق - وكالات\nوصلت وزيرة الخارجية الألمانية أنالينا بيربوك اليوم إلى دمشق برفقة نظيرها الفرنسي.\n");
        Assert.Contains(c.Entities.Keys, k => k == "rasd:person:jean-noel-barrot");
        Assert.DoesNotContain(c.Entities.Keys, k => k == "rasd:person:emmanuel-macron");
    }

    [Fact]
    public void Readiness_to_accept_a_truce_is_an_intent_to_de_escalate()
    {
        var c = Analyse("الثلاثاء 11 مارس 2025\nجدة - وكالات\nأبدت أوكرانيا اليوم استعدادها لقبول مقترح أمريكي بوقف مؤقت لإطلاق النار مع روسيا.\n");
        var intent = Assert.Single(c.Events, e => e.Cameo == "0356");
        Assert.Contains("Q212", intent.SourceActors);
        Assert.Equal("2025-03-11", intent.Date.Iso);
    }

    [Fact]
    public void An_agreement_two_sides_agree_to_conclude_is_planned_between_them()
    {
        var c = Analyse("الثلاثاء 11 مارس 2025\nجدة - وكالات\nواتفق الرئيس الأمريكي دونالد ترامب ونظيره الأوكراني فولوديمير زيلينسكي، وفق البيان، على إبرام اتفاق بشأن إعادة الإعمار قريباً.\n");
        var deal = Assert.Single(c.Events, e => e.Cameo == "057");
        Assert.Equal(Modality.Planned, deal.Modality);
        Assert.Contains("Q22686", deal.SourceActors.Concat(deal.TargetActors));
        Assert.Contains("rasd:person:volodymyr-zelensky", deal.SourceActors.Concat(deal.TargetActors));
        // signed, it is no plan
        c = Analyse("الثلاثاء 11 مارس 2025\nجدة - وكالات\nووقع الرئيسان الأمريكي والأوكراني اليوم اتفاقاً للتعاون الاقتصادي.\n");
        Assert.All(c.Events.Where(e => e.Cameo == "057"), e => Assert.Equal(Modality.Asserted, e.Modality));
    }

    [Fact]
    public void Military_aid_resumed_to_it_goes_to_the_one_named_before()
    {
        var c = Analyse("الثلاثاء 11 مارس 2025\nجدة - وكالات\nوأعلنت واشنطن اليوم أنها سترفع التعليق الذي فرضته على التعاون مع كييف، وستستأنف المساعدة العسكرية لها.\n");
        var aid = Assert.Single(c.Events, e => e.Cameo == "0332");
        Assert.Equal(new[] { "rasd:government:USA" }, aid.SourceActors);
        Assert.Equal(new[] { "rasd:government:UKR" }, aid.TargetActors);
    }

    [Fact]
    public void A_bare_title_with_its_demonym_before_the_object_stands_for_the_holder_named_before()
    {
        var c = Analyse("الجمعة 3 يناير 2025\nدمشق - وكالات\nوصلت وزيرة الخارجية الألمانية أنالينا بيربوك اليوم إلى دمشق برفقة نظيرها الفرنسي جان نويل بارو.\n"
                        + "وقالت بيربوك إن أوروبا تريد بداية جديدة مع سوريا.\nودعت الوزيرة الألمانية القيادة الانتقالية إلى حماية الأقليات.\n");
        var appeal = Assert.Single(c.Events, e => EventFamilies.Of(e.Cameo) == "request");
        Assert.Equal(new[] { "rasd:person:annalena-baerbock" }, appeal.SourceActors);
        Assert.Contains("الوزيرة الألمانية", c.Entities["rasd:person:annalena-baerbock"].Aliases);
        // a former holder is someone else
        c = Analyse("الجمعة 3 يناير 2025\nدمشق - وكالات\nوصلت وزيرة الخارجية الألمانية أنالينا بيربوك اليوم إلى دمشق.\nوقال الوزير الألماني السابق إن الزيارة مهمة.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "010" && e.SourceActors.Contains("rasd:person:annalena-baerbock"));
    }

    [Fact]
    public void A_meeting_named_as_the_occasion_of_an_appeal_is_no_invitation()
    {
        var c = Analyse("الجمعة 3 يناير 2025\nدمشق - وكالات\nودعا وزير الخارجية الفرنسي جان نويل بارو، في تصريحات عقب اللقاء، إلى مرحلة انتقالية تشمل الجميع.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "036");
        Assert.Contains(c.Events, e => e.Cameo == "020" && e.SourceActors.Contains("rasd:person:jean-noel-barrot"));
    }

    [Fact]
    public void The_counterpart_of_someone_named_by_a_bare_title_holds_his_office_the_dictionary_knows()
    {
        var c = Analyse("الاثنين 17 مارس 2025\nبيروت - وكالات\nأجرى الوزير ميشال منسى اتصالاً هاتفياً مع نظيره السوري اليوم تناول الوضع على الحدود.\n");
        var call = Assert.Single(c.Events, e => e.Cameo == "041");
        Assert.Contains("rasd:person:murhaf-abu-qasra", call.SourceActors.Concat(call.TargetActors));
        Assert.DoesNotContain("rasd:person:ahmed-al-sharaa", call.SourceActors.Concat(call.TargetActors));
    }

    [Fact]
    public void A_conjoined_thanks_to_someone_for_something_is_the_speakers()
    {
        var c = Analyse("الخميس 13 مارس 2025\nموسكو - وكالات\nوقال الرئيس الروسي فلاديمير بوتين اليوم إن بلاده تدرس المقترح بعناية، وشكر الرئيس الأمريكي دونالد ترامب على جهوده.\n");
        var thanks = Assert.Single(c.Events, e => e.Cameo == "051");
        Assert.Equal(new[] { "Q7747" }, thanks.SourceActors);
        Assert.Equal(new[] { "Q22686" }, thanks.TargetActors);
    }

    [Fact]
    public void A_communique_of_a_ministry_that_reports_is_the_ministrys_account()
    {
        var c = Analyse("الأربعاء 9 أبريل 2025\nموسكو - وكالات\nأجرى وزير الخارجية الروسي سيرغي لافروف أمس الثلاثاء محادثات مع نظيره التركي هاكان فيدان في موسكو.\n"
                        + "وأفاد بلاغ لوزارة الخارجية الروسية بأن المحادثات تناولت الوضع في سوريا.\n");
        var talks = Assert.Single(c.Events, e => EventFamilies.Of(e.Cameo) == "consult");
        Assert.Contains(talks.Mentions, m => m.Attribution == "rasd:mfa:RUS");
    }
}
