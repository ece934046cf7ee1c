using Rasd.Model;
using static Rasd.Tests.Events.Ids;

namespace Rasd.Tests.Events;

/// <summary>Talks still ahead, and the vocabulary of prosecution (arrests, releases, pardons), through the whole pipeline.</summary>
public class Round28PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    [Fact]
    public void Talks_whose_verb_is_future_are_ahead_with_their_mediation_and_a_compared_occasion_does_not_date_them()
    {
        var c = Analyse("الثلاثاء 14 أكتوبر 2025\nالقاهرة - وكالات\nوقال الوزير إن الجولة المقبلة من المفاوضات بين الجانبين ستعقد الخميس في جنيف بوساطة سويسرية، كما جرى في جولة فيينا الأحد الماضي.\n");
        var ahead = Assert.Single(c.Events, e => e.Cameo == "045");
        Assert.Equal(Modality.Future, ahead.Modality);
        Assert.Equal("2025-10-16", ahead.Date.Iso);
        // "من المقرر أن تعقد ... بوساطة": the mediation of talks planned is planned
        c = Analyse("الثلاثاء 14 أكتوبر 2025\nالقاهرة - وكالات\nومن المقرر أن تعقد جولة جديدة من المفاوضات بين الجانبين في جنيف يوم الخميس، بين الوفدين، بوساطة سويسرية.\n");
        Assert.Contains(c.Events, e => e.Cameo == "045" && e.Modality == Modality.Planned);
        // mediated talks already held are asserted
        c = Analyse("الثلاثاء 14 أكتوبر 2025\nالقاهرة - وكالات\nوقال الوزير إن جولة المفاوضات بين الجانبين عقدت الأحد في فيينا بوساطة سويسرية.\n");
        Assert.Contains(c.Events, e => e.Cameo == "045" && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void An_arrest_is_of_the_people_the_clause_names_after_its_word_and_not_of_its_subject()
    {
        var c = Analyse("الأربعاء 10 مايو 2023\nإسلام آباد - وكالات\nوأفادت مصادر أمنية بأن قوات الأمن اعتقلت رئيس الوزراء الباكستاني السابق عمران خان في مقر المحكمة.\n");
        var arrest = Assert.Single(c.Events, e => e.Cameo == "173");
        Assert.Contains(arrest.TargetActors, t => c.Entities[t].Type == EntityType.Person);
        Assert.Equal("other", arrest.Type);
        Assert.Equal("COERCE", arrest.Plover);
        // a state's police, named by its adjective, is who arrests
        c = Analyse("الأربعاء 10 مايو 2023\nإسلام آباد - وكالات\nوأوقفت الشرطة الباكستانية رئيس الوزراء السابق عمران خان في مقر المحكمة أمس.\n");
        arrest = Assert.Single(c.Events, e => e.Cameo == "173");
        Assert.Equal(new[] { "rasd:police:PAK" }, arrest.SourceActors);
        // what a speaker says a deal will stop, and an aid stopped, hold nobody
        c = Analyse("الأربعاء 15 يناير 2025\nواشنطن - وكالات\nقال الرئيس الأمريكي جو بايدن إن الاتفاق سيوقف القتال في غزة.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        c = Analyse("الأحد 2 مارس 2025\nالقدس - وكالات\nأوقفت إسرائيل إدخال المساعدات الإنسانية إلى قطاع غزة.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ban_on_demonstrations_is_one_event_and_the_arrest_it_follows_another()
    {
        var c = Analyse("الخميس 20 مارس 2025\nأنقرة - وكالات\nحظرت السلطات التجمعات والمظاهرات في العاصمة لمدة أربعة أيام، بعد توقيف رئيس الوزراء الباكستاني السابق عمران خان.\n");
        var ban = Assert.Single(c.Events, e => e.Cameo == "1721");
        Assert.Empty(ban.TargetActors);
        Assert.DoesNotContain(c.Events, e => e.Type == "protest");
        // (an arrest and a ban are coercion of different kinds, never one report)
        Assert.False(Rasd.Events.EventFamilies.Compatible("173", "1721"));
        Assert.True(Rasd.Events.EventFamilies.Compatible("1721", "172"));
    }

    [Fact]
    public void A_release_is_an_event_the_terms_of_a_plan_and_an_appeal_for_one_are_not()
    {
        var c = Analyse("الأحد 2 مارس 2025\nطهران - وكالات\nأفرجت السلطات الإيرانية عن الصحفية الإيطالية بعد احتجازها ثلاثة أسابيع.\n");
        var release = Assert.Single(c.Events, e => e.Cameo == "0841");
        Assert.Equal("RETREAT", release.Plover);
        Assert.Equal("release", release.PloverMode);
        c = Analyse("الأحد 2 مارس 2025\nالقاهرة - وكالات\nوتنص الخطة على وقف فوري لإطلاق النار، والإفراج عن جميع الأسرى خلال ثلاثة أيام.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo.StartsWith("084", StringComparison.Ordinal));
        // "العفو الدولية" is a name, and what it calls for is its appeal (0253), not a release
        c = Analyse("الأحد 2 مارس 2025\nلندن - وكالات\nدعت منظمة العفو الدولية السلطات إلى الإفراج عن المعتقلين السياسيين.\n");
        var appeal = Assert.Single(c.Events, e => e.Cameo == "0253");
        Assert.Equal("rasd:org:amnesty-international", appeal.SourceActors[0]);
        Assert.DoesNotContain(c.Events, e => e.Cameo.StartsWith("084", StringComparison.Ordinal));
    }

    [Fact]
    public void What_someone_welcomes_is_not_his_own_act()
    {
        var c = Analyse("الخميس 13 نوفمبر 2025\nباريس - وكالات\nورحب الرئيس الفرنسي إيمانويل ماكرون مساء أمس بالإفراج عن الكاتب.\n");
        Assert.Contains(c.Events, e => e.Cameo == "051");
        Assert.DoesNotContain(c.Events, e => e.Cameo.StartsWith("084", StringComparison.Ordinal) && e.SourceActors.Any(x => x.Contains("macron", StringComparison.Ordinal)));
    }

    [Fact]
    public void What_has_long_been_called_for_is_background()
    {
        var c = Analyse("الخميس 13 نوفمبر 2025\nباريس - وكالات\nوأعلن الإليزيه اليوم أن الرئيس الفرنسي إيمانويل ماكرون سيزور الجزائر.\nولطالما دعت باريس إلى الإفراج عن الكاتب.\n");
        Assert.DoesNotContain(c.Events, e => Rasd.Events.EventFamilies.Of(e.Cameo) == "request" && e.Date.Iso == "2025-11-13");
    }

    [Fact]
    public void Calling_an_act_of_force_unjustified_denounces_whoever_carried_it_out()
    {
        const string lead = "الاثنين 23 يونيو 2025\nموسكو - وكالات\nشنت الولايات المتحدة أمس غارات على منشآت نووية إيرانية.\n";
        var c = Analyse(lead + "وقال الرئيس الروسي فلاديمير بوتين إن العدوان على إيران غير مبرر على الإطلاق.\n");
        var denounced = Assert.Single(c.Events, e => e.Cameo == "111");
        Assert.Equal("ACCUSE", denounced.Plover);
        Assert.Contains(denounced.SourceActors, x => x.Contains("Q7747", StringComparison.Ordinal) || c.Entities[x].Name.Contains("بوتين", StringComparison.Ordinal));
        // through another source's frame too, on that source's account
        c = Analyse(lead + "وبحسب الكرملين، وصف بوتين ما تتعرض له إيران بأنه عدوان غير مبرر.\n");
        denounced = Assert.Single(c.Events, e => e.Cameo == "111");
        Assert.NotNull(denounced.Mentions[0].Attribution);
        // an act of force described without a word of condemnation is no denunciation
        c = Analyse(lead + "وقال الرئيس الروسي فلاديمير بوتين إن العدوان على إيران بدأ قبل أيام.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "111");
    }

    [Fact]
    public void An_effort_to_help_is_an_intent_to_provide_aid()
    {
        var c = Analyse("الاثنين 23 يونيو 2025\nموسكو - وكالات\nوأكد الرئيس الروسي فلاديمير بوتين أن روسيا تبذل جهودا لمساعدة الشعب الإيراني.\n");
        var help = Assert.Single(c.Events, e => e.Cameo == "033" && e.Plover == "AGREE");
        // (the people it is for stand for their state)
        Assert.Equal(new[] { "Q794" }, help.TargetActors);
    }

    [Fact]
    public void The_government_no_country_qualifies_is_that_of_the_accusers_country()
    {
        var c = Analyse("الخميس 20 مارس 2025\nأنقرة - وكالات\nواتهم وزير الخارجية التركي هاكان فيدان، في تصريحات أدلى بها أمس، الحكومة بالتقصير.\n");
        var charge = Assert.Single(c.Events, e => e.Cameo == "112");
        Assert.Equal(new[] { "rasd:government:TUR" }, charge.TargetActors);
        // a government a country qualifies is that country's
        c = Analyse("الخميس 20 مارس 2025\nأنقرة - وكالات\nواتهم وزير الخارجية التركي هاكان فيدان الحكومة الإسرائيلية بعرقلة الاتفاق.\n");
        charge = Assert.Single(c.Events, e => e.Cameo == "112");
        Assert.DoesNotContain("rasd:government:TUR", charge.TargetActors);
    }

    [Fact]
    public void A_participle_of_praise_after_a_comma_is_the_speakers_praise_of_the_position_it_names()
    {
        var c = Analyse("الاثنين 23 يونيو 2025\nموسكو - وكالات\nوقال وزير الخارجية الإيراني عباس عراقجي إن روسيا تقف إلى جانب الحق، مشيدا بالموقف الروسي منذ بداية الأزمة.\n");
        var praise = Assert.Single(c.Events, e => e.Cameo == "051");
        Assert.Equal("rasd:person:abbas-araghchi", praise.SourceActors[0]);
        Assert.Contains(praise.TargetActors, t => t == "Q159");
    }

    [Fact]
    public void A_bodys_own_act_of_speech_is_its_account_when_the_frame_is_carried_from_before()
    {
        var c = Analyse("الثلاثاء 24 يونيو 2025\nبيروت - وكالات\nوبحسب الكرملين، بحث الرئيس الروسي فلاديمير بوتين مع ضيفه الإيراني التطورات.\n"
                        + "وجاءت الزيارة غداة الضربات الأميركية التي دانتها وزارة الخارجية الروسية أمس الاثنين.\n");
        var condemned = Assert.Single(c.Events, e => e.Cameo == "111");
        Assert.Contains(condemned.Mentions, m => m.Attribution == "rasd:mfa:RUS");
    }

    [Fact]
    public void An_attack_that_talks_are_about_is_no_attack_of_the_day_of_the_talks()
    {
        var c = Analyse("الاثنين 23 يونيو 2025\nموسكو - وكالات\nووصل وزير الخارجية الإيراني عباس عراقجي صباح اليوم إلى موسكو لإجراء مشاورات حول العدوان الأمريكي على إيران.\n");
        Assert.DoesNotContain(c.Events, e => Rasd.Events.EventFamilies.Of(e.Cameo) == "force" && e.Date.Iso == "2025-06-23");
        Assert.Contains(c.Events, e => e.Cameo == "042" && e.Date.Iso == "2025-06-23");
    }

    [Fact]
    public void A_request_granted_is_the_askers_appeal_and_what_it_asked_for_is_done_by_the_one_who_grants_it()
    {
        var c = Analyse("الأربعاء 12 نوفمبر 2025\nالجزائر - وكالات\nاستجاب الرئيس الجزائري عبد المجيد تبون لطلب الرئيس الفرنسي إيمانويل ماكرون بالإفراج عن الصحفي.\n");
        var appeal = Assert.Single(c.Events, e => e.Cameo == "0253");
        Assert.Equal(new[] { "rasd:person:emmanuel-macron" }, appeal.SourceActors);
        Assert.Equal(new[] { "rasd:person:abdelmadjid-tebboune" }, appeal.TargetActors);
        var release = Assert.Single(c.Events, e => e.Cameo == "0841");
        Assert.Equal(new[] { "rasd:person:abdelmadjid-tebboune" }, release.SourceActors);
        // a request only made asks for what is not done
        c = Analyse("الأربعاء 12 نوفمبر 2025\nالجزائر - وكالات\nوجه الرئيس الفرنسي إيمانويل ماكرون طلبا إلى الرئيس الجزائري عبد المجيد تبون بالإفراج عن الصحفي.\n");
        Assert.Contains(c.Events, e => e.Cameo == "0253");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "0841");
    }

    [Fact]
    public void The_presidency_of_a_dispatch_is_that_of_the_head_of_state_it_names_first_by_name_and_reported_after_ma()
    {
        var c = Analyse("الأربعاء 12 نوفمبر 2025\nرئيس الجمهورية يستقبل الرئيس الفرنسي\n"
                        + "الجزائر - استقبل رئيس الجمهورية، السيد عبد المجيد تبون، اليوم الرئيس الفرنسي إيمانويل ماكرون، حسب ما أفاد به اليوم الأربعاء بيان لرئاسة الجمهورية.\n");
        var visit = Assert.Single(c.Events, e => e.Cameo is "042" or "043");
        Assert.Contains(visit.Mentions, m => m.Attribution == "rasd:presidency:DZA");
    }

    [Fact]
    public void Calling_someones_remarks_absurd_denounces_him()
    {
        var c = Analyse("الأربعاء 5 فبراير 2025\nالدوحة - وكالات\nوقال المتحدث باسم الحكومة القطرية ماجد الأنصاري للصحفيين اليوم إن تصريحات الرئيس الأمريكي دونالد ترامب سخيفة.\n");
        var denounced = Assert.Single(c.Events, e => e.Cameo == "111");
        Assert.Equal(new[] { "Q22686" }, denounced.TargetActors);
        c = Analyse("الأربعاء 5 فبراير 2025\nالدوحة - وكالات\nوقال المتحدث باسم الحكومة القطرية ماجد الأنصاري للصحفيين اليوم إن تصريحات الرئيس الأمريكي دونالد ترامب مهمة.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "111");
    }

    [Fact]
    public void An_announcement_by_someone_that_something_happened_is_his_account_but_the_declaration_is_no_frame()
    {
        var c = Analyse("الخميس 13 نوفمبر 2025\nبرلين - وكالات\nوصل الكاتب إلى برلين مساء أمس، بعد ساعات من إعلان الرئاسة الجزائرية أن الرئيس عبد المجيد تبون قرر العفو عنه.\n");
        var release = Assert.Single(c.Events, e => e.Cameo == "0841");
        Assert.Contains(release.Mentions, m => m.Attribution == "rasd:presidency:DZA");
        c = Analyse("الجمعة 14 مارس 2025\nدمشق - وكالات\nأعلن مجلس سوريا الديمقراطية رفضه للإعلان الدستوري الذي وقعه الرئيس أحمد الشرع أمس، معتبرا أنه يعيد إنتاج الاستبداد.\n");
        Assert.DoesNotContain(c.Events.SelectMany(e => e.Mentions), m => m.Attribution == "rasd:person:ahmed-al-sharaa" && m.AttributionText != null && m.AttributionText.Contains("الإعلان", StringComparison.Ordinal));
    }

    [Fact]
    public void A_titled_speaker_before_a_colon_says_what_follows_and_a_promised_retaliation_is_a_threat()
    {
        const string lead = "الأحد 23 نوفمبر 2025\nطهران - وكالات\nوقع انفجار في ميناء بندر عباس صباح اليوم.\n";
        var c = Analyse(lead + "🗣 وزير الخارجية الإيراني عباس عراقجي من موقع الانفجار: إيران سترد على أي اعتداء في الزمان والمكان المناسبين\n");
        var threat = Assert.Single(c.Events, e => e.Cameo == "130");
        Assert.Equal(new[] { "rasd:person:abbas-araghchi" }, threat.SourceActors);
        // the place he speaks from tells of no event of his
        Assert.DoesNotContain(c.Events, e => e.Mentions.Any(m => m.Text.Contains("🗣", StringComparison.Ordinal)) && e.Cameo != "130");
        // words with no promise of retaliation threaten nothing
        c = Analyse(lead + "🗣 وزير الخارجية الإيراني عباس عراقجي من موقع الانفجار: إيران تتابع التحقيق في ما جرى\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "130");
    }

    [Fact]
    public void A_minister_named_by_his_bare_title_after_the_document_named_him_is_that_minister()
    {
        var c = Analyse("الاثنين 23 يونيو 2025\nموسكو - إرنا\nأكد وزير الخارجية الإيراني عباس عراقجي عقب لقائه الرئيس الروسي فلاديمير بوتين اليوم أن روسيا تقف إلى جانب إيران.\n"
                        + "وقال وزير الخارجية في تصريح للتلفزيون الرسمي إن البلدين اتفقا على مواصلة التشاور والتنسيق الوثيق.\n");
        Assert.Contains(c.Events.SelectMany(e => e.Mentions), m => m.Text.StartsWith("وقال وزير الخارجية", StringComparison.Ordinal) && m.Attribution == "rasd:person:abbas-araghchi");
        // a document naming no foreign minister gives the bare title to nobody
        c = Analyse("الاثنين 23 يونيو 2025\nموسكو - وكالات\nوقال وزير الخارجية في تصريح للتلفزيون الرسمي إن البلدين اتفقا على مواصلة التشاور والتنسيق الوثيق.\n");
        Assert.DoesNotContain(c.Entities.Values, e => e.Type == EntityType.Person && e.Aliases.Contains("وزير الخارجية"));
    }

    [Fact]
    public void Stopping_blocking_and_being_at_liberty_are_no_arrest_ban_or_appeal_for_a_release()
    {
        const string lead = "الثلاثاء 7 فيفري 2017\nتونس - وات\n";
        var c = Analyse(lead + "توقفت حركة القطارات بين تونس وقابس لمدة ساعتين، وفق ما أفاد به المدير الجهوي للشركة أحمد بن صالح.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "173");
        c = Analyse(lead + "وقام المحتجون بمنع الشاحنات من المرور احتجاجا على تأخر المشاريع في الجهة.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "1721");
        c = Analyse(lead + "وقررت المحكمة تأجيل الجلسة استجابة لطلب الدفاع، علما وأن المتهمين يمثلون بحالة سراح.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "0253");
        c = Analyse(lead + "وأوضح الكاتب العام للنقابة أن الإضراب سيتواصل إلى غاية الإفراج عن زميلتهم.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo.StartsWith("084", StringComparison.Ordinal));
    }
}
