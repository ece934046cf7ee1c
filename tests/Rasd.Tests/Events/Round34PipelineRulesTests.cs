using Rasd.Events;
using Rasd.Model;

namespace Rasd.Tests.Events;

/// <summary>The rules of stop 34, through the whole pipeline.</summary>
public class Round34PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    [Fact]
    public void An_act_a_relative_clause_says_someone_announced_is_told_on_that_ones_account()
    {
        var c = Analyse("الاثنين 14 أبريل 2025\nعمّان - وكالات\nعاد الهدوء إلى المعبر الحدودي مساء اليوم بعد اتفاق على وقف إطلاق النار أعلنته وزارة الخارجية الأردنية إثر اتصال هاتفي بين وزير الخارجية أيمن الصفدي ونظيره السوري أسعد الشيباني.\n");
        var truce = Assert.Single(c.Events, e => e.Cameo == "0871");
        var m = Assert.Single(truce.Mentions);
        Assert.NotNull(m.Attribution);
        Assert.Equal(m.Attribution, Assert.Single(truce.SourceActors));
        Assert.Contains("أعلنته وزارة الخارجية", m.AttributionText);
        // the call the announcement followed is told on the same account
        var call = Assert.Single(c.Events, e => e.Cameo == "041");
        Assert.Equal(m.Attribution, Assert.Single(call.Mentions).Attribution);
        // an act with a source of its own stays its own
        c = Analyse("الاثنين 14 أبريل 2025\nعمّان - وكالات\nرفضت وزارة الخارجية الأردنية الاتهامات التي ذكرها المتحدث باسم الكرملين دميتري بيسكوف.\n");
        Assert.DoesNotContain(c.Events.SelectMany(e => e.Mentions), x => x.Attribution == "rasd:person:dmitry-peskov");
    }

    [Fact]
    public void What_a_speaker_says_someone_must_do_is_his_appeal_to_them()
    {
        var c = Analyse("الأربعاء 12 مارس 2025\nكييف - وكالات\nقال الرئيس الأوكراني فولوديمير زيلينسكي أمس إن على الولايات المتحدة الآن أن تقنع روسيا بوقف الهجمات.\n");
        var appeal = Assert.Single(c.Events, e => e.Cameo == "020");
        Assert.Equal(new[] { "rasd:person:volodymyr-zelensky" }, appeal.SourceActors);
        Assert.Equal(new[] { "Q30" }, appeal.TargetActors);
        // his readiness is no obligation, and what is on board is no one's
        c = Analyse("الأربعاء 12 مارس 2025\nكييف - وكالات\nقال الرئيس الأوكراني فولوديمير زيلينسكي أمس إنه على استعداد للقاء الرئيس الأمريكي دونالد ترامب.\n");
        Assert.Contains(c.Events, e => e.Cameo == "036");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "020");
        c = Analyse("الأربعاء 12 مارس 2025\nكييف - وكالات\nقال الرئيس الأوكراني فولوديمير زيلينسكي أمس إن على الطاولة ملفات كثيرة.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "020");
    }

    [Fact]
    public void Diplomatic_relations_resumed_and_an_aid_package_announced_are_events()
    {
        var c = Analyse("السبت 5 يوليو 2025\nدمشق - وكالات\nأعلن وزير الخارجية البريطاني ديفيد لامي اليوم استئناف العلاقات الدبلوماسية بين المملكة المتحدة وسوريا.\n"
                        + "كما أعلن لامي اليوم حزمة مساعدات بريطانية لسوريا تشمل دعماً إنسانياً للنازحين.\n");
        var relations = Assert.Single(c.Events, e => e.Cameo == "054");
        Assert.Equal(new[] { "Q858" }, relations.TargetActors);
        Assert.Equal("2025-07-05", relations.Date.Iso);
        var aid = Assert.Single(c.Events, e => e.Cameo == "0333");
        Assert.Contains("rasd:person:david-lammy", aid.SourceActors);
        Assert.Equal(new[] { "Q858" }, aid.TargetActors);
    }

    [Fact]
    public void A_conjoined_accusation_after_a_statement_is_the_speakers()
    {
        var c = Analyse("الأربعاء 10 سبتمبر 2025\nالقاهرة - وكالات\nاعتبرت وزارة الخارجية المصرية في بيان أن الخطوة الإثيوبية أحادية، واتهمت أديس أبابا بالتعنت.\n");
        var accusation = Assert.Single(c.Events, e => e.Cameo == "112");
        Assert.Equal(new[] { "rasd:mfa:EGY" }, accusation.SourceActors);
        Assert.Equal(new[] { "rasd:government:ETH" }, accusation.TargetActors);
    }

    [Fact]
    public void Every_sentence_of_a_short_post_without_a_date_of_its_own_is_of_the_posts_day()
    {
        var c = Analyse("📢 أخبار القاهرة\n@cairo_news_test\n120K subscribers\n"
                        + "⚡️ 09.09.2025 | 19:35\nالخارجية المصرية في بيان: الخطوة الإثيوبية مخالفة للقانون الدولي.\nمصر ترفض سياسة الأمر الواقع وتتهم أديس أبابا بالتعنت طوال سنوات التفاوض.\n👁 70.1K\n"
                        + "⚡️ 10.09.2025 | 09:10\nوزير الخارجية المصري يبحث الملف مع نظيره السوداني.\n👁 12.4K\n");
        var rejection = Assert.Single(c.Events, e => e.Cameo == "120");
        Assert.Equal("2025-09-09", rejection.Date.Iso);
    }

    [Fact]
    public void What_is_done_during_a_call_to_the_one_its_pronoun_names_is_by_the_caller_to_the_called()
    {
        var c = Analyse("السبت 14 يونيو 2025\nموسكو - وكالات\nأعلن الكرملين أن الرئيس فلاديمير بوتين أجرى اليوم اتصالاً هاتفياً بنظيره الأمريكي دونالد ترامب، هنأه خلاله بعيد ميلاده.\n");
        var wishes = Assert.Single(c.Events, e => e.Cameo == "051");
        Assert.Equal(new[] { "Q7747" }, wishes.SourceActors);
        Assert.Equal(new[] { "Q22686" }, wishes.TargetActors);
    }

    [Fact]
    public void A_post_quoted_from_a_platform_is_its_authors_and_me_in_it_is_the_author()
    {
        var c = Analyse("السبت 14 يونيو 2025\nواشنطن - وكالات\nترامب على منصة «تروث سوشال»: الرئيس بوتين اتصل بي هذا الصباح وتحدثنا طويلاً عن إيران.\n");
        var call = Assert.Single(c.Events, e => e.Cameo == "041");
        Assert.Equal(new[] { "Q7747" }, call.SourceActors);
        Assert.Equal(new[] { "Q22686" }, call.TargetActors);
        Assert.Equal("Q22686", Assert.Single(call.Mentions).Attribution);
    }

    [Fact]
    public void A_speaker_named_before_the_journalists_and_a_colon_speaks_and_we_in_his_words_is_him()
    {
        var c = Analyse("الجمعة 20 يونيو 2025\nجنيف - وكالات\nلامي للصحفيين: ندعو إيران إلى مواصلة المحادثات مع الولايات المتحدة.\n");
        var appeal = Assert.Single(c.Events, e => EventFamilies.Of(e.Cameo) == "request");
        Assert.Equal(new[] { "rasd:person:david-lammy" }, appeal.SourceActors);
        Assert.Equal(new[] { "Q794" }, appeal.TargetActors);
        Assert.Equal("rasd:person:david-lammy", Assert.Single(appeal.Mentions).Attribution);
    }

    [Fact]
    public void Talks_ruled_out_are_rejected_with_whom_they_would_be()
    {
        var c = Analyse("الجمعة 20 يونيو 2025\nجنيف - وكالات\nقال وزير الخارجية الإيراني عباس عراقجي اليوم إنه لا مجال للتفاوض مع الولايات المتحدة في الوقت الحالي.\n");
        var rejection = Assert.Single(c.Events, e => e.Cameo == "125");
        Assert.Equal(new[] { "rasd:person:abbas-araghchi" }, rejection.SourceActors);
        Assert.Equal(new[] { "Q30" }, rejection.TargetActors);
        Assert.DoesNotContain(c.Events, e => e.Cameo == "046");
    }

    [Fact]
    public void What_is_done_in_a_speech_before_a_body_is_the_speakers_not_the_bodys()
    {
        var c = Analyse("الجمعة 20 يونيو 2025\nجنيف - وكالات\nوألقى وزير الخارجية الإيراني عباس عراقجي اليوم كلمة أمام مجلس حقوق الإنسان التابع للأمم المتحدة، اتهم فيها إسرائيل بانتهاك القانون الدولي.\n");
        var accusation = Assert.Single(c.Events, e => e.Cameo == "112");
        Assert.Equal(new[] { "rasd:person:abbas-araghchi" }, accusation.SourceActors);
        Assert.Equal(new[] { "Q801" }, accusation.TargetActors);
        // a hashtag before the colon is still the frame's words
        c = Analyse("الجمعة 20 يونيو 2025\nجنيف - وكالات\n#عراقجي أمام مجلس حقوق الإنسان في #جنيف: ندين الهجمات الإسرائيلية على منشآتنا.\n");
        Assert.Contains(c.Events, e => e.Mentions.Any(m => m.Attribution == "rasd:person:abbas-araghchi"));
    }

    [Fact]
    public void A_planned_trip_goes_where_it_goes_not_where_it_sets_out_from_and_takes_no_day_from_the_sentence_before()
    {
        var c = Analyse("الجمعة 20 يونيو 2025\nجنيف - وكالات\nعقد وزير الخارجية الإيراني عباس عراقجي اليوم الجمعة في جنيف اجتماعاً مع نظرائه الأوروبيين.\n"
                        + "ومن المقرر أن يتوجه عراقجي من جنيف إلى إسطنبول للمشاركة في اجتماع وزراء الخارجية.\n");
        var trip = Assert.Single(c.Events, e => e.Cameo == "042");
        Assert.Equal(Modality.Planned, trip.Modality);
        Assert.Equal(new[] { "rasd:loc:istanbul" }, trip.TargetActors);
        Assert.False(trip.Date.Resolved);
    }

    [Fact]
    public void Support_for_a_countrys_efforts_to_rebuild_is_intent_to_cooperate()
    {
        var c = Analyse("الأربعاء 26 فبراير 2025\nعمّان - وكالات\nوأكد العاهل الأردني الملك عبد الله الثاني اليوم دعم الأردن لجهود السوريين في إعادة بناء بلدهم.\n");
        var support = Assert.Single(c.Events, e => e.Cameo == "030");
        Assert.Contains("rasd:person:abdullah-ii", support.SourceActors);
        // money for rebuilding is no such support
        c = Analyse("السبت 17 مايو 2025\nبغداد - وكالات\nأعلن رئيس الوزراء العراقي اليوم تخصيص مبلغ لدعم إعادة إعمار لبنان.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "030");
    }

    [Fact]
    public void A_meeting_within_the_visit_referred_to_by_another_of_the_hosts_side_is_a_meeting_of_its_own()
    {
        var c = Analyse("السبت 5 يوليو 2025\nدمشق - سانا\nاستقبل الرئيس أحمد الشرع اليوم وزير الخارجية البريطاني ديفيد لامي.\n"
                        + "وفي إطار الزيارة، التقى الوزير الشيباني نظيره البريطاني، وبحث الجانبان آفاق التعاون.\n");
        var doc = c.Documents.Single();
        Assert.Contains(doc.Events, e => EventFamilies.Of(e.Cameo) == "consult" && e.SourceActors.Contains("rasd:person:asaad-al-shaibani")
                                         && e.TargetActors.Contains("rasd:person:david-lammy"));
    }
}
