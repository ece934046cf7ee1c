using Rasd.Events;
using Rasd.Model;

namespace Rasd.Tests.Events;

/// <summary>The rules of stop 37, through the whole pipeline.</summary>
public class Round37PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    [Fact]
    public void A_delegation_said_to_have_broken_the_norms_is_the_people_the_report_named_in_it()
    {
        var c = Analyse("الثلاثاء 8 يوليو 2025\nبنغازي - وكالات\n"
                        + "أعلنت الحكومة الليبية المكلفة من مجلس النواب، اليوم الثلاثاء، أن وزير الداخلية الإيطالي ماتيو بيانتيدوسي ووزير الهجرة اليوناني ثانوس بليفريس أشخاص غير مرغوب فيهم.\n"
                        + "وقالت الحكومة في بيان إن أعضاء الوفد انتهكوا الأعراف الدبلوماسية والقوانين الليبية.\n");
        var accusation = Assert.Single(c.Events, e => e.Cameo == "112");
        Assert.Equal(new[] { "rasd:hor-government:LBY" }, accusation.SourceActors);
        var accused = Assert.Single(accusation.TargetActors);
        Assert.Contains(accused, c.Events.Single(e => e.Cameo == "174").TargetActors);
        Assert.Equal("2025-07-08", accusation.Date.Iso);
    }

    [Fact]
    public void A_speaker_saying_a_state_broke_a_ceasefire_accuses_it_and_narration_of_a_breach_accuses_no_one()
    {
        var c = Analyse("الأحد 2 مارس 2025\nبيروت - وكالات\nقال الجيش اللبناني في بيان إن إسرائيل خرقت وقف إطلاق النار مرتين اليوم.\n",
                        "الأحد 2 مارس 2025\nبيروت - وكالات\nخرقت إسرائيل وقف إطلاق النار مرتين اليوم في جنوب لبنان.\n");
        var accusation = Assert.Single(c.Events, e => e.Cameo == "112");
        Assert.Equal(new[] { "rasd:army:LBN" }, accusation.SourceActors);
        Assert.Equal(new[] { "Q801" }, accusation.TargetActors);
        Assert.Single(accusation.Mentions);
    }

    [Fact]
    public void The_accusers_own_country_whose_sovereignty_is_broken_is_not_the_one_accused()
    {
        var c = Analyse("الثلاثاء 8 يوليو 2025\nبنغازي - وكالات\n"
                        + "الحكومة المكلفة من البرلمان تعلن الوفد الأوروبي \"غير مرغوب فيه\" وتطالبه بمغادرة بنغازي، متهمة أعضاءه بانتهاك السيادة الليبية.\n");
        var accusation = Assert.Single(c.Events, e => e.Cameo == "112");
        Assert.Equal(new[] { "rasd:hor-government:LBY" }, accusation.SourceActors);
        Assert.DoesNotContain("Q1016", accusation.TargetActors);
    }

    [Fact]
    public void Readiness_for_dialogue_with_a_people_named_by_its_adjective_is_with_their_country_by_the_one_person_at_the_head()
    {
        var c = Analyse("📢 قناة الأخبار\n\n🔵 29.07.2025 | 21:30\n"
                        + "👑 الملك محمد السادس يجدد التزام المغرب بسياسة اليد الممدودة، ويعبر عن استعداده لحوار صريح ومسؤول مع الأشقاء الجزائريين.\n");
        var intent = Assert.Single(c.Events, e => e.Cameo == "036");
        Assert.Equal(new[] { "rasd:person:mohammed-vi" }, intent.SourceActors);
        Assert.Equal(new[] { "Q262" }, intent.TargetActors);
    }

    [Fact]
    public void Dialogue_on_what_lies_between_the_two_countries_is_with_the_other_country_the_sentence_names()
    {
        var c = Analyse("الخميس 31 يوليو 2025\nالرباط - وكالات\n"
                        + "جدد العاهل المغربي، في خطاب ألقاه مساء الثلاثاء، التزام المغرب بسياسة اليد الممدودة تجاه الجزائر، معرباً عن استعداد المملكة لحوار صادق حول القضايا العالقة بين البلدين.\n");
        var intent = Assert.Single(c.Events, e => e.Cameo == "036");
        Assert.Equal(new[] { "Q262" }, intent.TargetActors);
        Assert.DoesNotContain("Q262", intent.SourceActors);
    }

    [Fact]
    public void A_roadmap_the_speakers_joined_by_wa_announce_is_an_agreement_between_them()
    {
        var c = Analyse("الثلاثاء 16 سبتمبر 2025\nعمّان - وكالات\n"
                        + "وأعلن الأردن وسوريا والولايات المتحدة، في ختام المباحثات، التوصل إلى خريطة طريق لحل الأزمة في محافظة السويداء.\n");
        var roadmap = Assert.Single(c.Events, e => e.Cameo == "057");
        // the first of them its source, whichever the frame took for its speaker
        Assert.Equal(new[] { "Q810" }, roadmap.SourceActors);
        Assert.Equal(new[] { "Q858", "Q30" }, roadmap.TargetActors);
        Assert.Equal("2025-09-16", roadmap.Date.Iso);
    }

    [Fact]
    public void Standing_by_another_is_support_for_it()
    {
        var c = Analyse("الثلاثاء 16 سبتمبر 2025\nدمشق - وكالات\nوأكد وزير الخارجية الأردني أيمن الصفدي، في مؤتمر صحفي، وقوف المملكة إلى جانب سوريا الشقيقة.\n");
        var support = Assert.Single(c.Events, e => e.Cameo == "051");
        Assert.Equal(new[] { "Q858" }, support.TargetActors);
    }

    [Fact]
    public void An_act_called_a_stunt_after_a_verb_of_calling_it_so_is_the_speakers_criticism_and_the_word_alone_is_none()
    {
        var c = Analyse("الخميس 23 أكتوبر 2025\nالقدس - وكالات\n"
                        + "وصف نائب الرئيس الأمريكي جي دي فانس، اليوم الخميس، تصويت الكنيست الإسرائيلي على مشروع قانون لفرض السيادة على الضفة الغربية المحتلة بأنه «حيلة سياسية غبية جداً».\n",
                        "الخميس 23 أكتوبر 2025\nالقدس - وكالات\nقال نائب الرئيس الأمريكي جي دي فانس إن الكنيست الإسرائيلي يعلم بأنه لن يوافق على حيلة سياسية.\n");
        var criticism = Assert.Single(c.Events, e => e.Cameo == "111");
        Assert.Single(criticism.Mentions);
        Assert.Equal("2025-10-23", criticism.Date.Iso);
        Assert.NotEmpty(criticism.TargetActors);
        Assert.DoesNotContain(criticism.TargetActors, x => criticism.SourceActors.Contains(x));
    }

    [Fact]
    public void A_speaker_saying_a_step_threatens_an_agreement_makes_no_threat_of_his_own()
    {
        var c = Analyse("الأربعاء 22 أكتوبر 2025\nواشنطن - وكالات\nقال وزير الخارجية الأمريكي ماركو روبيو إن الخطوة قد تشكل تهديداً لاتفاق إنهاء الحرب في غزة.\n");
        Assert.DoesNotContain(c.Events, e => e.Type == "threat");
    }

    [Fact]
    public void A_tagged_span_across_the_particle_that_opens_a_clause_is_no_name()
    {
        var c = Analyse("الثلاثاء 16 سبتمبر 2025\nدمشق - وكالات\nوذكرت الوكالة أن الأطراف الثلاثة اتفقت خلال الاجتماع على خريطة طريق لحل الأزمة.\n");
        Assert.DoesNotContain(c.Entities.Values, e => e.Aliases.Any(a => a.Contains(" أن ", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_attack_in_words_is_a_criticism_and_no_force()
    {
        var c = Analyse("الأربعاء 23 أبريل 2025\nرام الله - وكالات\n"
                        + "شنّ الرئيس الفلسطيني محمود عباس، اليوم الأربعاء، هجوماً لاذعاً على حركة حماس في كلمة أمام المجلس المركزي.\n",
                        "الأربعاء 23 أبريل 2025\nرام الله - وكالات\nوجّه الرئيس الفلسطيني محمود عباس انتقادات حادة إلى حركة حماس.\n");
        Assert.DoesNotContain(c.Events, e => e.Type == "force");
        var criticism = Assert.Single(c.Events, e => e.Cameo == "111");
        Assert.Equal(new[] { "rasd:person:mahmoud-abbas" }, criticism.SourceActors);
        Assert.Equal(new[] { "rasd:group:hamas" }, criticism.TargetActors);
        Assert.Equal(2, criticism.Mentions.Count);
    }

    [Fact]
    public void Who_leads_the_reception_after_haythu_is_no_visitor()
    {
        var c = Analyse("الأربعاء 8 يناير 2025\nبغداد - وكالات\n"
                        + "وصل رئيس مجلس الوزراء محمد شياع السوداني، اليوم الأربعاء، إلى العاصمة الإيرانية طهران في زيارة رسمية، حيث أقيمت له مراسم استقبال رسمية ترأسها الرئيس الإيراني مسعود بزشكيان.\n");
        var visit = Assert.Single(c.Events, e => e.Cameo == "042");
        Assert.Equal(new[] { "rasd:person:mohammed-shia-al-sudani" }, visit.SourceActors);
    }

    [Fact]
    public void A_bare_ministry_in_a_sentence_a_country_heads_is_that_countrys_before_a_minister_named_later()
    {
        var c = Analyse("الجمعة 24 أكتوبر 2025\nالرياض - وكالات\n"
                        + "أعربت المملكة العربية السعودية عن إدانتها بأشد العبارات مصادقة الكنيست الإسرائيلي على مشروع القانون، وفق بيان لوزارة الخارجية.\n"
                        + "ويُنتظر أن يصل وزير الخارجية الأمريكي ماركو روبيو إلى إسرائيل.\n");
        var condemnation = Assert.Single(c.Events, e => e.Cameo == "111");
        Assert.Equal("rasd:mfa:SAU", Assert.Single(condemnation.Mentions).Attribution);
    }

    [Fact]
    public void What_a_speaker_says_another_must_do_by_its_verbal_noun_is_his_appeal_to_it()
    {
        var c = Analyse("الأربعاء 8 يناير 2025\nطهران - وكالات\nوقال خامنئي للسوداني إن على العراق الحفاظ على الحشد الشعبي.\n",
                        "الأربعاء 8 يناير 2025\nبغداد - وكالات\nوقال وزير المالية إن على العراق ديوناً كثيرة.\n");
        var appeal = Assert.Single(c.Events, e => e.Cameo == "020");
        Assert.Equal(new[] { "rasd:person:ali-khamenei" }, appeal.SourceActors);
        Assert.Equal(new[] { "Q796" }, appeal.TargetActors);
    }
}
