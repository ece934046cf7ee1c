using Rasd.Model;

namespace Rasd.Tests.Events;

/// <summary>Who speaks when a report names an office instead of a person, through the whole pipeline.</summary>
public class Round29PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    [Fact]
    public void A_bare_title_with_a_demonym_is_the_minister_of_that_country_named_before()
    {
        const string text = "الخميس 6 مارس 2025\nكييف - وكالات\nقال وزير الخارجية الأوكراني أندريه سيبيها إن بلاده مستعدة لمفاوضات جدية.\n"
            + "وأكد الوزير الأوكراني أن كييف تطالب بضمانات أمنية واضحة.\n";
        var c = Analyse(text);
        var demand = Assert.Single(c.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
        var m = Assert.Single(demand.Mentions);
        Assert.NotNull(m.Attribution);
        Assert.Contains("سيبيها", c.Entities[m.Attribution!].Name, StringComparison.Ordinal);
        // another country's minister is nobody the text named
        c = Analyse(text.Replace("وأكد الوزير الأوكراني", "وأكد الوزير الروسي", StringComparison.Ordinal));
        demand = Assert.Single(c.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
        Assert.DoesNotContain(demand.Mentions, x => x.Attribution is { } a && c.Entities[a].Name.Contains("سيبيها", StringComparison.Ordinal));
    }

    [Fact]
    public void The_presidency_alone_is_the_office_of_the_head_of_state_the_dispatch_names_first()
    {
        var c = Analyse("الأربعاء 12 فبراير 2025\nدمشق - سانا\nتلقى الرئيس أحمد الشرع اتصالاً هاتفياً من الرئيس الروسي فلاديمير بوتين.\n"
            + "وبحسب بيان الرئاسة، تناول الاتصال العلاقات الثنائية بين البلدين.\n");
        var call = Assert.Single(c.Events, e => e.Cameo == "041");
        Assert.Contains(call.Mentions, m => m.Attribution == "rasd:presidency:SYR");
        // no head of state named: the word stands for nobody
        c = Analyse("الأربعاء 12 فبراير 2025\nدمشق - وكالات\nأجرى وزير الخارجية أسعد الشيباني اتصالاً هاتفياً مع نظيره التركي هاكان فيدان.\n"
            + "وبحسب بيان الرئاسة، تناول الاتصال العلاقات الثنائية بين البلدين.\n");
        Assert.DoesNotContain(c.Events.SelectMany(e => e.Mentions), m => m.Attribution is { } a && a.StartsWith("rasd:presidency:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_statement_that_a_state_stands_on_the_right_side_of_history_praises_that_state()
    {
        var c = Analyse("الثلاثاء 4 مارس 2025\nالقاهرة - وكالات\nقال وزير الخارجية المصري بدر عبد العاطي إن الصين تقف في الجانب الصحيح من التاريخ في قضية فلسطين.\n"
            + "وأضاف أن القاهرة تتطلع إلى تعاون أوسع مع بكين.\n");
        var praise = Assert.Single(c.Events, e => e.Cameo == "051");
        Assert.Equal("SUPPORT", praise.Plover);
        Assert.Equal(new[] { "Q148" }, praise.TargetActors);
        // the right side with nobody said to stand on it praises nobody
        c = Analyse("الثلاثاء 4 مارس 2025\nالقاهرة - وكالات\nقال وزير الخارجية المصري بدر عبد العاطي إن الوقوف في الجانب الصحيح من التاريخ واجب على الجميع.\n"
            + "وأضاف أن القاهرة تتطلع إلى تعاون أوسع مع بكين.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "051");
    }

    [Fact]
    public void What_is_said_right_after_a_recent_meeting_is_said_on_its_day()
    {
        var c = Analyse("الثلاثاء 24 يونيو 2025\nموسكو - وكالات\nقال وزير الخارجية المصري بدر عبد العاطي عقب لقائه نظيره الروسي سيرغي لافروف مساء أمس الاثنين، إن المباحثات كانت بناءة.\n"
            + "وأضاف أن القاهرة تتطلع إلى تعاون أوسع مع موسكو.\n");
        var said = Assert.Single(c.Events, e => e.Cameo == "010" && e.Mentions.Any(m => m.Text.Contains("عقب لقائه", StringComparison.Ordinal)));
        Assert.Equal("2025-06-23", said.Date.Iso);
        // an occasion inside what the statement is about dates that occasion, not the statement
        c = Analyse("الثلاثاء 24 يونيو 2025\nموسكو - وكالات\nقال وزير الخارجية المصري بدر عبد العاطي في تصريح للتلفزيون الرسمي حول ما جرى خلال المباحثات عقب لقاء الوفدين مساء أمس الاثنين، إن الأجواء كانت بناءة.\n"
            + "وأضاف أن القاهرة تتطلع إلى تعاون أوسع مع موسكو.\n");
        said = Assert.Single(c.Events, e => e.Cameo == "010" && e.Mentions.Any(m => m.Text.Contains("عقب لقاء", StringComparison.Ordinal)));
        Assert.NotEqual("2025-06-23", said.Date.Iso);
    }

    [Fact]
    public void An_accusing_participle_after_an_act_is_its_subjects_against_the_one_the_act_was_against()
    {
        var c = Analyse("الجمعة 17 يناير 2025\nواشنطن - وكالات\nفرضت وزارة الخزانة الأمريكية، أمس الخميس، عقوبات على قائد الجيش السوداني عبد الفتاح البرهان، متهمة القوات المسلحة تحت قيادته بشن هجمات على المدنيين.\n"
            + "وقالت الوزارة إن العقوبات تهدف إلى دفع الطرفين نحو التفاوض.\n");
        var accusation = Assert.Single(c.Events, e => e.Cameo == "112");
        Assert.Equal(new[] { "rasd:org:us-treasury" }, accusation.SourceActors);
        Assert.Equal(new[] { "rasd:person:abdel-fattah-al-burhan" }, accusation.TargetActors);
        Assert.Equal("2025-01-16", accusation.Date.Iso);
        // and a decision named by its country's adjective stands for that country
        c = Analyse("الجمعة 17 يناير 2025\nالخرطوم - وكالات\nأعلنت وزارة الخارجية السودانية، في بيان صدر مساء أمس، رفضها للقرار الأمريكي.\n"
            + "وقالت الوزارة إن القرار لا يخدم السلام.\n");
        var rejection = Assert.Single(c.Events, e => e.Cameo == "120");
        Assert.Equal(new[] { "Q30" }, rejection.TargetActors);
    }

    [Fact]
    public void Sanctions_by_nobody_on_nobody_and_a_dated_recall_on_an_undated_page_are_no_events()
    {
        var c = Analyse("الجمعة 17 يناير 2025\nالخرطوم - وكالات\nوقالت وزارة الخارجية السودانية إنها ترفض القرار.\n"
            + "ويرى محللون أن فرض عقوبات على قائدي طرفي النزاع يعكس رغبة في الضغط.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo.StartsWith("16", StringComparison.Ordinal));
        // (a page with no date line: its recall of May 2023 cannot be told recent)
        c = PipelineKit.Analyse("شاشة السودان\nالبرهان تحت طائلة العقوبات\nوقالت وزارة الخارجية السودانية، في بيان مساء الخميس، إنها ترفض القرار الأمريكي.\n"
            + "وكانت المفاوضات بين الجيش وقوات الدعم السريع قد انطلقت في مدينة جدة برعاية سعودية أمريكية في مايو 2023.\n");
        Assert.DoesNotContain(c.Events, e => (e.Date.Iso ?? "").StartsWith("2023", StringComparison.Ordinal));
    }

    [Fact]
    public void Brandishing_force_is_a_threat_of_it_and_a_rejected_offer_named_by_its_adjective_is_that_states()
    {
        var c = Analyse("الأربعاء 12 مارس 2025\nطهران - وكالات\nقال الرئيس الأمريكي دونالد ترامب، في مقابلة تلفزيونية، إنه يريد اتفاقاً مع طهران، ملوّحاً في الوقت نفسه بالخيار العسكري إذا لم تستجب إيران.\n"
            + "وأضاف أنه يفضل الحل الدبلوماسي.\n");
        var threat = Assert.Single(c.Events, e => e.Cameo == "138");
        Assert.Equal(new[] { "Q22686" }, threat.SourceActors);
        Assert.Contains(threat.TargetActors, t => t is "Q794" or "rasd:government:IRN");
        // a wave of the hand is no threat
        c = Analyse("الأربعاء 12 مارس 2025\nطهران - وكالات\nقال الرئيس الأمريكي دونالد ترامب إنه يريد اتفاقاً مع طهران، ملوّحاً بيده للصحفيين.\n"
            + "وأضاف أنه يفضل الحل الدبلوماسي.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
        c = Analyse("الأربعاء 12 مارس 2025\nطهران - وكالات\nرفض المرشد الإيراني علي خامنئي العرض الأميركي، وقال إن التفاوض لن يرفع العقوبات.\n"
            + "وأضاف أن بلاده لن تخضع للضغوط.\n");
        var rejection = Assert.Single(c.Events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal));
        Assert.Equal(new[] { "Q30" }, rejection.TargetActors);
    }

    [Fact]
    public void An_undated_pages_act_of_the_same_speaker_on_the_same_weekday_joins_the_dated_report_it_shares_a_story_with()
    {
        const string dated = "الجمعة 17 يناير 2025\nالخرطوم - وكالات\nفرضت الولايات المتحدة، أمس الخميس، عقوبات على قائد الجيش السوداني عبد الفتاح البرهان.\n"
            + "من جهتها، أعلنت وزارة الخارجية السودانية، في بيان صدر مساء أمس، رفضها للقرار الأمريكي.\n";
        const string undated = "شاشة السودان\nعقوبات على البرهان\nفرضت الولايات المتحدة، الخميس، عقوبات على رئيس مجلس السيادة عبد الفتاح البرهان.\n"
            + "وقالت وزارة الخارجية السودانية، في بيان مساء الخميس، إنها ترفض القرار.\n";
        var c = Analyse(dated, undated);
        var rejection = Assert.Single(c.Events, e => e.Cameo == "120");
        Assert.Equal(2, rejection.Documents);
        // another weekday is another day
        c = Analyse(dated, undated.Replace("في بيان مساء الخميس", "في بيان مساء الأربعاء", StringComparison.Ordinal));
        Assert.Equal(2, c.Events.Count(e => e.Cameo == "120"));
    }

    [Fact]
    public void A_ministry_named_without_its_country_is_that_of_the_state_whose_office_holder_the_document_names()
    {
        var c = Analyse("الأربعاء 14 مايو 2025\nطرابلس - وكالات\nأعلنت وزارة الدفاع وقفاً لإطلاق النار في العاصمة طرابلس بعد ليلة من الاشتباكات.\n"
            + "وقال رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة إن المؤسسات النظامية قادرة على حماية المواطنين.\n");
        var truce = Assert.Single(c.Events, e => e.Cameo == "0871");
        Assert.Equal(new[] { "rasd:mod:LBY" }, truce.SourceActors);
        // nobody named in office: the ministry is nobody's
        c = Analyse("الأربعاء 14 مايو 2025\nطرابلس - وكالات\nأعلنت وزارة الدفاع وقفاً لإطلاق النار في العاصمة بعد ليلة من الاشتباكات.\n"
            + "وقال شهود إن الهدوء عاد إلى الأحياء الجنوبية.\n");
        Assert.DoesNotContain(c.Events.SelectMany(e => e.SourceActors), a => a.StartsWith("rasd:mod:", StringComparison.Ordinal));
    }

    [Fact]
    public void Protesters_demanding_that_a_leader_go_are_a_protest_against_him()
    {
        const string head = "الجمعة 16 مايو 2025\nبغداد - وكالات\n";
        var c = Analyse(head + "تجمع آلاف المحتجين في ساحة التحرير وسط بغداد يطالبون برحيل حكومة رئيس الوزراء محمد شياع السوداني، ويرفعون شعارات ضد الفساد.\n");
        var protest = Assert.Single(c.Events, e => e.Cameo == "141");
        Assert.Equal("PROTEST", protest.Plover);
        Assert.Empty(protest.SourceActors);
        Assert.Contains(protest.TargetActors, a => c.Entities[a].Name.Contains("السوداني", StringComparison.Ordinal));
        // protesters demanding something else make a demand, not a call for someone to go
        c = Analyse(head + "تجمع آلاف المحتجين في ساحة التحرير وسط بغداد يطالبون بتحسين الخدمات من حكومة رئيس الوزراء محمد شياع السوداني.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "141");
        // and a leader demanding that foreign forces leave is no protest
        c = Analyse(head + "قال رئيس الوزراء محمد شياع السوداني إن العراق يطالب برحيل القوات الأجنبية عن أراضيه.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "141");
    }

    [Fact]
    public void A_speaker_before_the_colon_of_a_post_speaks_through_the_occasion_he_is_named_with()
    {
        const string head = "الأحد 9 مارس 2025\nوكالات\n";
        var c = Analyse(head + "ترامب في مقابلة مع شبكة \"سي إن إن\" بثت اليوم: كتبت رسالة إلى المرشد الإيراني علي خامنئي.\n");
        var letter = Assert.Single(c.Events, e => e.Cameo == "040");
        Assert.Equal("Q22686", Assert.Single(letter.Mentions).Attribution);
        // the channel he speaks on is no party to what he says
        Assert.DoesNotContain(letter.SourceActors.Concat(letter.TargetActors), a => c.Entities[a].Name.Contains("سي إن إن", StringComparison.Ordinal));
        // so is the audience he speaks before
        c = Analyse(head + "خامنئي أمام طلاب جامعيين: التفاوض مع الإدارة الأمريكية خداع ولن نقبل به.\n");
        Assert.Contains(c.Events.SelectMany(e => e.Mentions), m => m.Attribution == "rasd:person:ali-khamenei");
        // a colon far after the name, past other punctuation, is no speaker's
        c = Analyse(head + "ترامب في مقابلة مع شبكة \"سي إن إن\"، بثت اليوم، وفي حديث لاحق مع الصحفيين في البيت الأبيض وبعد لقاء مطول: كتبت رسالة إلى المرشد الإيراني علي خامنئي.\n");
        Assert.DoesNotContain(c.Events.SelectMany(e => e.Mentions), m => m.Attribution == "Q22686");
    }

    [Fact]
    public void A_news_agency_in_brackets_closing_a_sentence_is_whose_report_it_relays()
    {
        const string head = "الأربعاء 12 مارس 2025\nوكالات\n";
        var c = Analyse(head + "وزير الخارجية الإيراني عباس عراقجي يستقبل في طهران السفير الروسي (إرنا).\n");
        var m = Assert.Single(c.Events.SelectMany(e => e.Mentions));
        Assert.Equal("rasd:media:irna", m.Attribution);
        // a speaker the sentence names keeps his own account
        c = Analyse(head + "قال وزير الخارجية الإيراني عباس عراقجي إنه استقبل في طهران السفير الروسي (إرنا).\n");
        Assert.DoesNotContain(c.Events.SelectMany(e => e.Mentions), x => x.Attribution == "rasd:media:irna");
        // and brackets that are no agency relay nobody
        c = Analyse(head + "وزير الخارجية الإيراني عباس عراقجي يستقبل في طهران السفير الروسي (صورة).\n");
        Assert.DoesNotContain(c.Events.SelectMany(e => e.Mentions), x => x.Attribution == "rasd:media:irna");
    }

    [Fact]
    public void The_one_named_after_a_mediation_mediates_between_the_parties_of_the_meeting()
    {
        var c = Analyse("الأربعاء 19 مارس 2025\nالقاهرة - وكالات\nالتقى وزير الخارجية السوري أسعد الشيباني نظيره التركي هاكان فيدان، أمس الثلاثاء في القاهرة، بوساطة من الرئيس المصري عبد الفتاح السيسي.\n");
        var mediation = Assert.Single(c.Events, e => e.Cameo == "045");
        Assert.Single(mediation.SourceActors, a => c.Entities[a].Name.Contains("السيسي", StringComparison.Ordinal));
        Assert.Equal(2, mediation.TargetActors.Count);
        Assert.DoesNotContain(mediation.TargetActors, a => c.Entities[a].Name.Contains("السيسي", StringComparison.Ordinal));
    }

    [Fact]
    public void The_subject_of_a_relative_clause_after_an_event_noun_is_who_acts()
    {
        const string head = "الأربعاء 19 مارس 2025\nالقاهرة - وكالات\nالتقى وزير الخارجية السوري أسعد الشيباني نظيره التركي هاكان فيدان في القاهرة الثلاثاء، ";
        var c = Analyse(head + "ضمن الوساطة التي تقودها مصر بين البلدين.\n");
        var mediation = Assert.Single(c.Events, e => e.Cameo == "045");
        Assert.Equal(new[] { "Q79" }, mediation.SourceActors);
        Assert.Equal(2, mediation.TargetActors.Count);
        // a relative clause with no subject named right after its verb names no mediator
        c = Analyse(head + "ضمن الوساطة التي بدأت قبل أشهر في مصر.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "045" && e.SourceActors.Contains("Q79"));
    }

    [Fact]
    public void A_commitment_to_a_ceasefire_is_an_intent_to_de_escalate_of_the_parties_that_made_it()
    {
        const string head = "الأربعاء 19 مارس 2025\nالدوحة - وكالات\nالتقى وزير الخارجية السوري أسعد الشيباني نظيره التركي هاكان فيدان في الدوحة أمس الثلاثاء.\n";
        var c = Analyse(head + "وذكر بيان مشترك أن الوزيرين أكدا \"التزام جميع الأطراف بوقف فوري وغير مشروط لإطلاق النار\".\n");
        var intent = Assert.Single(c.Events, e => e.Cameo == "0356");
        Assert.Equal("intent_to_cooperate", intent.Type);
        Assert.Equal(2, intent.SourceActors.Count + intent.TargetActors.Count);
        Assert.Equal("2025-03-18", intent.Date.Iso);
        // a commitment to something else is none
        c = Analyse(head + "وذكر بيان مشترك أن الوزيرين أكدا \"التزام جميع الأطراف بتعزيز التعاون الاقتصادي\".\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "0356");
    }

    [Fact]
    public void The_killing_of_someone_named_is_an_act_against_him_and_not_the_fighting_it_set_off()
    {
        const string head = "الخميس 15 مايو 2025\nطرابلس - وكالات\n";
        var c = Analyse(head + "واندلعت الاشتباكات مساء الاثنين الماضي، عقب مقتل القيادي عبد الغني الككلي في العاصمة.\n"
            + "ويرى متابعون أن مقتل الككلي قد يعيد رسم خريطة النفوذ في المدينة.\n");
        var killing = Assert.Single(c.Events, e => e.Cameo == "186");
        Assert.Empty(killing.SourceActors);
        Assert.Contains(killing.TargetActors, a => c.Entities[a].Name.Contains("الككلي", StringComparison.Ordinal));
        Assert.Equal("2025-05-12", killing.Date.Iso);
        Assert.Contains(c.Events, e => e.Cameo == "190");
        // a toll names nobody killed: no act against anyone
        c = Analyse(head + "وأسفرت الاشتباكات عن مقتل 3 أشخاص وإصابة آخرين في العاصمة.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "186");
        // and the anniversary of a killing is no killing of that day
        c = Analyse("الاثنين 6 فبراير 2017\nتونس - وكالات\nيصادف اليوم الذكرى الرابعة لاغتيال السياسي عبد الغني الككلي.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "186" && e.Date.Iso == "2017-02-06" && e.Mentions.All(m => !m.Background));
    }

    [Fact]
    public void Exchanging_prisoners_is_a_release_by_both_sides_planned_when_it_is_scheduled()
    {
        const string head = "الأربعاء 19 مارس 2025\nموسكو - وكالات\n";
        var c = Analyse(head + "وأعلن الكرملين أن من المقرر أن تتبادل روسيا وأوكرانيا اليوم الأربعاء 175 أسيراً من كل جانب.\n");
        var exchange = Assert.Single(c.Events, e => e.Cameo == "0841");
        Assert.Equal(new[] { "Q159", "Q212" }, exchange.SourceActors.Order(StringComparer.Ordinal));
        Assert.Equal(Modality.Planned, Assert.Single(exchange.Mentions).Modality);
        // exchanging views is no release
        c = Analyse(head + "وتبادل الوزيران الروسي سيرغي لافروف والأوكراني أندريه سيبيها وجهات النظر حول الوضع.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "0841");
    }

    [Fact]
    public void A_common_family_name_of_a_head_of_government_names_her_only_where_she_is_named_in_full()
    {
        var c = Analyse("الأربعاء 28 ديسمبر 2016\nالمهدية - وات\nأفاد والي المهدية محمد بودن، اليوم الأربعاء، بأن عمليات البحث متواصلة.\n"
            + "وأعلن بودن عن تسخير كل الإمكانيات الجهوية.\n");
        Assert.DoesNotContain("rasd:person:najla-bouden", c.Entities.Keys);
    }

    [Fact]
    public void A_united_nations_mission_named_after_the_verb_is_who_calls()
    {
        var c = Analyse("الثلاثاء 13 مايو 2025\nطرابلس - وكالات\nمن جهتها، دعت بعثة الأمم المتحدة للدعم في ليبيا، في بيان أصدرته اليوم، جميع الأطراف إلى الوقف الفوري للقتال.\n");
        var appeal = Assert.Single(c.Events, e => e.Cameo == "020");
        Assert.Equal(new[] { "rasd:org:unsmil" }, appeal.SourceActors);
        Assert.Equal("rasd:org:unsmil", Assert.Single(appeal.Mentions).Attribution);
    }

    [Fact]
    public void An_act_its_own_source_announces_is_told_on_that_source_s_account()
    {
        const string head = "الخميس 15 مايو 2025\nطرابلس - وكالات\n";
        var c = Analyse(head + "عاد الهدوء إلى العاصمة، بعد إعلان وزارة الدفاع الليبية، أمس الأربعاء، وقفاً لإطلاق النار في المدينة.\n");
        var truce = Assert.Single(c.Events, e => e.Cameo == "0871");
        Assert.Equal("rasd:mod:LBY", Assert.Single(truce.Mentions).Attribution);
        Assert.Equal("2025-05-14", truce.Date.Iso);
        // a ceasefire no one is said to announce is nobody's account
        c = Analyse(head + "عاد الهدوء إلى العاصمة، بعد دخول وقف لإطلاق النار حيز التنفيذ أمس الأربعاء.\n");
        Assert.DoesNotContain(c.Events.SelectMany(e => e.Mentions), m => m.Attribution == "rasd:mod:LBY");
    }

    [Fact]
    public void Saying_that_someone_committed_a_crime_accuses_him()
    {
        const string head = "الأربعاء 8 يناير 2025\nواشنطن - وكالات\n";
        var c = Analyse(head + "قال وزير الخارجية الأميركي أنتوني بلينكن إن أفراد قوات الدعم السريع والميليشيات المتحالفة معها ارتكبوا إبادة جماعية في السودان.\n");
        var accusation = Assert.Single(c.Events, e => e.Cameo == "112");
        Assert.Equal(new[] { "rasd:person:antony-blinken" }, accusation.SourceActors);
        Assert.Equal(new[] { "rasd:group:rsf" }, accusation.TargetActors);
        // a crime no one is said to allege is narration, not an accusation
        c = Analyse(head + "وكانت قوات الدعم السريع قد ارتكبت مجازر في الجنينة خلال عام 2023.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "112");
    }

    [Fact]
    public void A_letter_whose_sender_is_named_after_it_is_his_to_the_one_it_is_addressed_to()
    {
        var c = Analyse("الاثنين 10 فبراير 2025\nطهران - وكالات\n"
            + "وزير الخارجية العماني بدر البوسعيدي يصل إلى طهران ويسلّم الرئيس مسعود بزشكيان رسالة السلطان هيثم بن طارق الموجهة إلى المرشد علي خامنئي.\n");
        var letter = Assert.Single(c.Events, e => e.Cameo == "040");
        Assert.Equal(new[] { "rasd:person:haitham-bin-tariq" }, letter.SourceActors);
        Assert.Equal(new[] { "rasd:person:ali-khamenei" }, letter.TargetActors);
        Assert.Contains(c.Events, e => e.Cameo == "042" && e.SourceActors.SequenceEqual(new[] { "rasd:person:badr-albusaidi" }));
    }

    [Fact]
    public void Military_action_a_speaker_holds_out_on_a_condition_is_his_threat()
    {
        const string head = "الأحد 6 أبريل 2025\nالقدس - وكالات\n";
        var c = Analyse(head + "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إنه في حال فشل المفاوضات فإن العمل العسكري ضد إيران سيكون الخيار الوحيد.\n");
        var threat = Assert.Single(c.Events, e => e.Cameo == "138");
        Assert.Equal(new[] { "rasd:person:benjamin-netanyahu" }, threat.SourceActors);
        Assert.Equal(Modality.Asserted, threat.Modality);
        Assert.Contains(threat.TargetActors, t => t is "Q794" or "rasd:government:IRN");
        // with nobody holding it out, a condition is no threat
        c = Analyse(head + "ويرى مراقبون أنه في حال فشل المفاوضات فإن العمل العسكري ضد إيران قد يعود إلى الواجهة.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "138");
    }

    [Fact]
    public void A_state_s_mission_to_the_united_nations_speaks_for_the_state_not_for_the_united_nations()
    {
        const string head = "السبت 8 مارس 2025\nنيويورك - وكالات\n";
        var c = Analyse(head + "وقالت البعثة الإيرانية لدى الأمم المتحدة في بيان إن طهران لن تتفاوض تحت الضغط.\n");
        Assert.Contains("rasd:embassy:IRN", c.Entities.Keys);
        Assert.DoesNotContain("rasd:org:un", c.Entities.Keys);
        Assert.Contains(c.Events, e => e.Mentions.Any(m => m.Attribution == "rasd:embassy:IRN"));
        c = Analyse(head + "وأكدت السفارة الروسية في دمشق في بيان أن موسكو مستعدة لمواصلة الحوار.\n");
        Assert.Contains("rasd:embassy:RUS", c.Entities.Keys);
        // relations cut with a state are cut with the state, not with its mission
        c = Analyse(head + "وأعلنت البحرين قطع العلاقات الدبلوماسية مع إيران، وطلبت من جميع أعضاء البعثة الدبلوماسية الإيرانية مغادرة البلاد.\n");
        Assert.All(c.Events.Where(e => e.Cameo.StartsWith("16", StringComparison.Ordinal)), e => Assert.DoesNotContain("rasd:embassy:IRN", e.TargetActors));
        Assert.Contains(c.Events, e => e.Cameo.StartsWith("16", StringComparison.Ordinal) && e.TargetActors.Contains("Q794"));
        // a national team abroad is no embassy
        c = Analyse(head + "وصلت البعثة التونسية إلى باريس للمشاركة في البطولة.\n");
        Assert.DoesNotContain(c.Entities.Keys, k => k.StartsWith("rasd:embassy:", StringComparison.Ordinal));
    }

    [Fact]
    public void Walking_out_of_talks_rejects_them_and_a_withdrawal_from_a_place_does_not()
    {
        const string head = "الثلاثاء 18 مارس 2025\nكينشاسا - وكالات\n";
        var c = Analyse(head + "أعلنت حركة إم 23 أمس الاثنين انسحابها من المحادثات المباشرة مع حكومة كينشاسا.\n");
        var walkout = Assert.Single(c.Events, e => e.Cameo == "125");
        Assert.Equal(new[] { "rasd:group:m23" }, walkout.SourceActors);
        Assert.Equal("2025-03-17", walkout.Date.Iso);
        c = Analyse(head + "وانسحبت قوات الحركة من المدينة قبل بدء المحادثات.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "125");
    }

    [Fact]
    public void An_event_dated_weeks_before_the_report_past_its_lead_is_recalled()
    {
        const string head = "الأربعاء 19 مارس 2025\nغوما - وكالات\nالتقى الرئيس الرواندي بول كاغامي أمس الثلاثاء رئيس الكونغو الديمقراطية فيليكس تشيسيكيدي.\n";
        var c = Analyse(head + "وكانت حركة إم 23 قد وسعت سيطرتها، إذ استولت على مدينة بوكافو في منتصف فبراير.\n"
                        + "وسيطرت حركة إم 23 على مدينة أوفيرا في منتصف فبراير.\n");
        // (background: no event of the timeline)
        Assert.DoesNotContain(c.Events, e => e.SourceActors.Contains("rasd:group:m23"));
        // a few days before the report is news
        c = Analyse(head + "وسيطرت حركة إم 23 على مدينة أوفيرا يوم 14 مارس.\n");
        Assert.Contains(c.Events, e => e.SourceActors.Contains("rasd:group:m23") && e.Date.Iso == "2025-03-14");
    }

    [Fact]
    public void A_relaying_verb_with_no_source_after_it_and_nothing_relayed_is_no_frame()
    {
        const string head = "الأحد 8 يناير 2017\nتونس - وات\n";
        var c = Analyse(head + "وأدان الرئيس الفلسطيني محمود عباس الاستيطان الإسرائيلي ورفض قرار نقل السفارة الأمريكية إلى القدس.\n");
        Assert.DoesNotContain(c.Events.SelectMany(e => e.Mentions), m => m.Attribution == "rasd:embassy:USA");
        // nor is what is announced who announces it
        c = Analyse(head + "وأدان الرئيس الفلسطيني محمود عباس الاستيطان الإسرائيلي، مشيراً إلى أن ترامب وعد بدعم إسرائيل عندما أعلن نقل السفارة الأمريكية إلى القدس.\n");
        Assert.DoesNotContain(c.Events.SelectMany(e => e.Mentions), m => m.Attribution == "rasd:embassy:USA");
        Assert.DoesNotContain(c.Events, e => e.SourceActors.Contains("rasd:embassy:USA"));
        // "(سانا) عن نوفاك": the one quoted past the agency's short name
        c = Analyse("الثلاثاء 9 سبتمبر 2025\nدمشق - وكالات\nونقلت وكالة الأنباء السورية (سانا) عن نوفاك قوله إن موسكو تولي اهتماماً خاصاً للزيارة المقبلة للرئيس الشرع إلى موسكو.\n");
        Assert.Contains(c.Events.SelectMany(e => e.Mentions), m => m.Attribution == "rasd:person:alexander-novak");
    }

    [Fact]
    public void A_suicide_bomber_no_one_names_acts_for_the_group_he_belongs_to()
    {
        const string head = "الاثنين 3 فبراير 2025\nبغداد - وكالات\n";
        var c = Analyse(head + "وقالت الشرطة إن مسلحاً ينتمي إلى تنظيم الدولة الإسلامية دخل السوق ظهر اليوم وأطلق النار قبل أن يفجر نفسه بحزام ناسف.\n");
        var bombing = Assert.Single(c.Events, e => e.Cameo == "1831");
        Assert.Equal(new[] { "rasd:group:isis" }, bombing.SourceActors);
        // with no group named, nobody is made the bomber
        c = Analyse(head + "وقالت الشرطة إن مسلحاً دخل السوق ظهر اليوم قبل أن يفجر نفسه بحزام ناسف.\n");
        Assert.All(c.Events.Where(e => e.Cameo == "1831"), e => Assert.Empty(e.SourceActors));
    }

    [Fact]
    public void A_ministry_named_bare_in_a_state_agency_s_copy_is_its_state_s()
    {
        var c = Analyse("الأحد، 12 تشرين الأول 2025\nعمان 12 تشرين الأول (بترا)- دانت وزارة الخارجية بأشد العبارات الهجوم الذي استهدف مدرسة في مدينة الفاشر السودانية.\n");
        Assert.Contains(c.Events, e => e.Cameo == "111" && e.SourceActors.SequenceEqual(new[] { "rasd:mfa:JOR" }));
        // another outlet's copy, with no office holder named, says nothing of whose ministry it is
        c = Analyse("الأحد، 12 تشرين الأول 2025\nدانت وزارة الخارجية بأشد العبارات الهجوم الذي استهدف مدرسة في مدينة الفاشر السودانية.\n");
        Assert.DoesNotContain(c.Events.SelectMany(e => e.SourceActors), a => a.StartsWith("rasd:mfa:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_congratulatory_cable_is_praise_of_the_one_congratulated()
    {
        var c = Analyse("الخميس 15 مايو 2025\nمسقط - العمانية\nبعث السلطان هيثم بن طارق برقية تهنئة إلى الرئيس الإيراني مسعود بزشكيان بمناسبة العيد الوطني لبلاده.\n");
        var praise = Assert.Single(c.Events, e => e.Cameo == "051");
        Assert.Equal(new[] { "rasd:person:haitham-bin-tariq" }, praise.SourceActors);
        Assert.Equal(new[] { "rasd:person:masoud-pezeshkian" }, praise.TargetActors);
        // a cable of another kind is a message
        c = Analyse("الخميس 15 مايو 2025\nمسقط - العمانية\nبعث السلطان هيثم بن طارق برقية إلى الرئيس الإيراني مسعود بزشكيان تناولت العلاقات الثنائية.\n");
        Assert.Contains(c.Events, e => e.Cameo == "040");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "051");
        // "هناك" (there is) is no "هنأ" (congratulated) with a suffix
        c = Analyse("الخميس 15 مايو 2025\nتونس - وات\nوأضاف وزير الشؤون الخارجية نبيل عمار أن هناك تحسناً في العلاقات مع الجزائر.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "051");
    }

    [Fact]
    public void Ships_stopped_at_sea_are_seized_by_the_navy_and_a_condemnation_of_it_accuses_the_state()
    {
        const string head = "الثلاثاء 9 يونيو 2025\nأنقرة - وكالات\n";
        var c = Analyse(head + "اعترضت البحرية الإسرائيلية فجر اليوم سفن أسطول الصمود العالمي في المياه الدولية.\n");
        var seizure = Assert.Single(c.Events, e => e.Cameo == "173");
        Assert.Equal(new[] { "rasd:army:ISR" }, seizure.SourceActors);
        Assert.Equal(new[] { "rasd:org:global-sumud-flotilla" }, seizure.TargetActors);
        c = Analyse(head + "ودانت وزارة الخارجية التركية بشدة اعتراض إسرائيل لسفن الأسطول في المياه الدولية.\n");
        var condemnation = Assert.Single(c.Events, e => e.Cameo == "111");
        Assert.Equal(new[] { "rasd:mfa:TUR" }, condemnation.SourceActors);
        Assert.Equal(new[] { "Q801" }, condemnation.TargetActors);
        Assert.DoesNotContain(c.Events, e => e.Cameo == "173" && e.SourceActors.Contains("rasd:mfa:TUR"));
        // an objection is no interception
        c = Analyse(head + "واعترض النائب على مشروع القانون خلال الجلسة.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "173");
    }

    [Fact]
    public void Strikes_a_speaker_calls_only_the_beginning_are_his_threat_on_the_day_he_speaks()
    {
        const string head = "الأربعاء 19 مارس 2025\nصنعاء - وكالات\n";
        var c = Analyse(head + "وقال زعيم جماعة الحوثي في كلمة متلفزة مساء أمس الثلاثاء إن الهجمات على السفن الأمريكية \"مجرد بداية\"، وإن الولايات المتحدة ستدفع ثمن عدوانها.\n");
        var threat = Assert.Single(c.Events, e => e.Cameo == "138");
        Assert.NotEmpty(threat.SourceActors);
        Assert.Contains(threat.TargetActors, t => t is "Q30" or "rasd:government:USA");
        Assert.Equal("2025-03-18", threat.Date.Iso);
        // with nobody speaking, the words are the writer's and threaten nothing
        c = Analyse(head + "ويرى مراقبون أن الهجمات على السفن الأمريكية مجرد بداية لمرحلة جديدة من التصعيد.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "138");
    }

    [Fact]
    public void Arrests_deportations_and_strikes_have_their_codes_and_a_strike_called_for_tomorrow_is_planned()
    {
        const string head = "الخميس 2 أكتوبر 2025\nروما - وكالات\n";
        var c = Analyse(head + "وأعلنت وزارة الداخلية الإيطالية أن الشرطة ألقت القبض على ثلاثة أشخاص يشتبه في تورطهم في الهجوم.\n");
        Assert.Contains(c.Events, e => e.Cameo == "173");
        c = Analyse(head + "وقالت وزارة الداخلية الإيطالية إنه يجري نقل المهاجرين إلى مركز احتجاز تمهيداً لترحيلهم إلى تونس.\n");
        var deportation = Assert.Single(c.Events, e => e.Cameo == "174");
        Assert.Equal(Modality.Planned, deportation.Modality);
        c = Analyse(head + "ودعت النقابات الإيطالية إلى إضراب عام يوم غد الجمعة احتجاجاً على القرار.\n");
        var strike = Assert.Single(c.Events, e => e.Cameo == "143");
        Assert.Equal(Modality.Planned, strike.Modality);
        Assert.Equal("2025-10-03", strike.Date.Iso);
        c = Analyse(head + "ويواصل الناشط إضراباً عن الطعام منذ أسبوعين احتجاجاً على سجنه.\n");
        Assert.Contains(c.Events, e => e.Cameo == "142");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "143");
        // a deportation a dispute is about is its topic, no event
        c = Analyse(head + "وتتواصل الخلافات بين البلدين حول ملف الهجرة وترحيل المهاجرين غير النظاميين.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "174");
    }

    [Fact]
    public void Money_pledged_for_a_people_is_aid_offered_to_their_state()
    {
        var c = Analyse("الثلاثاء 18 مارس 2025\nبروكسل - وكالات\nوقالت المفوضية الأوروبية إن الاتحاد الأوروبي تعهد يوم الاثنين بنحو 2.5 مليار يورو لمساعدة السوريين داخل البلاد.\n");
        var pledge = Assert.Single(c.Events, e => e.Cameo == "0331");
        Assert.Equal(new[] { "rasd:org:eu" }, pledge.SourceActors);
        Assert.Equal(new[] { "Q858" }, pledge.TargetActors);
        Assert.Equal("rasd:org:european-commission", Assert.Single(pledge.Mentions).Attribution);
        Assert.Equal("2025-03-17", pledge.Date.Iso);
    }
}
