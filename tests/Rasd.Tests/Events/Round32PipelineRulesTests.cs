using Rasd.Events;
using Rasd.Model;

namespace Rasd.Tests.Events;

/// <summary>The rules of stop 32, through the whole pipeline: congratulations in the past, strikes and operations, threats to respond.</summary>
public class Round32PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    [Fact]
    public void A_congratulation_in_the_past_counts_only_where_the_text_writes_its_hamza()
    {
        var c = Analyse("الأحد 12 يناير 2025\nعمان - وكالات\nهنأ العاهل الأردني الملك عبد الله الثاني الرئيس اللبناني جوزاف عون بانتخابه.\n");
        var praise = Assert.Single(c.Events, e => e.Cameo == "051");
        Assert.Contains("rasd:person:joseph-aoun", praise.TargetActors);
        // "هنا" (here) normalises the same way, and it is no congratulation
        c = Analyse("الأحد 12 يناير 2025\nعمان - وكالات\nهنا العاهل الأردني الملك عبد الله الثاني الرئيس اللبناني جوزاف عون في القصر.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "051");
    }

    [Fact]
    public void Strikes_on_sites_in_a_country_are_its_forces_attacking_that_country_for_the_one_who_speaks()
    {
        var c = Analyse("الأربعاء 7 مايو 2025\nنيودلهي - وكالات\nأعلنت وزارة الدفاع الهندية في بيان اليوم أن قواتها شنت ضربات على مواقع في باكستان.\n");
        var strike = Assert.Single(c.Events, e => EventFamilies.Of(e.Cameo) == "force");
        Assert.Equal("195", strike.Cameo);
        Assert.Equal(new[] { "rasd:mod:IND" }, strike.SourceActors);
        Assert.Equal(new[] { "Q843" }, strike.TargetActors);
        Assert.Equal("2025-05-07", strike.Date.Iso);
        // strikes said of nothing military are no attack ("ضربات الترجيح" in a match)
        c = Analyse("الأربعاء 7 مايو 2025\nنيودلهي - وكالات\nقال المدرب إن فريقه خسر بضربات الترجيح في المباراة النهائية.\n");
        Assert.DoesNotContain(c.Events, e => EventFamilies.Of(e.Cameo) == "force");
    }

    [Fact]
    public void An_operation_an_army_announces_the_start_of_against_a_country_is_its_attack_on_that_country()
    {
        var c = Analyse("السبت 10 مايو 2025\nإسلام آباد - وكالات\nأعلن الجيش الباكستاني فجر اليوم بدء عملية عسكرية ضد مواقع عسكرية هندية.\n");
        var op = Assert.Single(c.Events, e => EventFamilies.Of(e.Cameo) == "force");
        Assert.Equal(new[] { "rasd:army:PAK" }, op.SourceActors);
        Assert.Equal(new[] { "Q668" }, op.TargetActors);
        // an operation against nobody is no event of force
        c = Analyse("السبت 10 مايو 2025\nإسلام آباد - وكالات\nأعلن الجيش الباكستاني فجر اليوم بدء عملية عسكرية واسعة في الإقليم.\n");
        Assert.DoesNotContain(c.Events, e => EventFamilies.Of(e.Cameo) == "force");
    }

    [Fact]
    public void A_right_claimed_to_respond_with_force_is_the_speakers_threat_to_the_other_side()
    {
        var c = Analyse("الأربعاء 7 مايو 2025\nإسلام آباد - وكالات\nقال رئيس الوزراء الباكستاني شهباز شريف اليوم إن لباكستان الحق في الرد بقوة على العدوان الذي شنته الهند.\n");
        var threat = Assert.Single(c.Events, e => e.Cameo == "138");
        Assert.Equal(new[] { "rasd:person:shehbaz-sharif" }, threat.SourceActors);
        Assert.Equal(new[] { "Q668" }, threat.TargetActors);
        // a reply in kind to a visa ban is no threat of force
        c = Analyse("الأربعاء 7 مايو 2025\nطهران - وكالات\nقال وزير الخارجية الإيراني عباس عراقجي اليوم إن بلاده سترد بالمثل على قرار الولايات المتحدة.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "138");
    }

    [Fact]
    public void An_attack_its_own_clause_dates_earlier_is_not_the_attack_just_reported()
    {
        var c = Analyse("الجمعة 9 مايو 2025\nنيودلهي - وكالات\nشنت الطائرات الهندية اليوم غارات جوية على مواقع في باكستان.\n"
            + "ويتصاعد التوتر بين البلدين منذ الهجوم الذي أودى بحياة 26 شخصاً في منطقة باهالغام يوم 22 أبريل الماضي.\n");
        Assert.DoesNotContain(c.Events, e => EventFamilies.Of(e.Cameo) == "force" && e.Date.Iso == "2025-05-09"
                                             && e.Mentions.Any(m => m.Text.Contains("باهالغام", StringComparison.Ordinal)));
        // with no earlier day of its own, "the attack" is the one just reported
        c = Analyse("الجمعة 9 مايو 2025\nنيودلهي - وكالات\nشنت الطائرات الهندية اليوم غارات جوية على مواقع في باكستان.\n"
            + "وقالت الوزارة إن الهجوم أصاب أهدافه كاملة.\n");
        Assert.Single(c.Events, e => EventFamilies.Of(e.Cameo) == "force");
    }

    [Fact]
    public void An_attack_its_adjective_gives_to_another_country_is_not_the_strike_just_reported()
    {
        var c = Analyse("الثلاثاء 24 يونيو 2025\nالدوحة - وكالات\nشنت الولايات المتحدة ضربات جوية على منشآت نووية في إيران فجر الأحد.\n"
            + "وأدانت قطر الهجوم الإيراني على قاعدة العديد أمس الاثنين.\n");
        var iranian = Assert.Single(c.Events, e => EventFamilies.Of(e.Cameo) == "force" && e.Mentions.Any(m => m.Text.Contains("الإيراني", StringComparison.Ordinal)));
        Assert.DoesNotContain("Q30", iranian.SourceActors);
    }

    [Fact]
    public void A_welcome_of_his_election_is_of_the_person_the_report_is_about()
    {
        var c = Analyse("الجمعة 9 مايو 2025\nالفاتيكان - وكالات\nانتخب الكرادلة الكاردينال روبرت بريفوست بابا جديداً، واختار اسم ليو الرابع عشر.\n"
            + "ويعد بريفوست أول أمريكي يتولى المنصب.\nورحب الرئيس الأمريكي دونالد ترامب بانتخابه.\n");
        var welcome = Assert.Single(c.Events, e => e.Cameo == "051");
        Assert.Equal(new[] { "rasd:person:pope-leo-xiv" }, welcome.TargetActors);
        // a welcome of something else names nobody elected
        c = Analyse("الجمعة 9 مايو 2025\nالفاتيكان - وكالات\nانتخب الكرادلة الكاردينال روبرت بريفوست بابا جديداً، واختار اسم ليو الرابع عشر.\n"
            + "ويعد بريفوست أول أمريكي يتولى المنصب.\nورحب الرئيس الأمريكي دونالد ترامب بالقرار.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "051" && e.TargetActors.Contains("rasd:person:pope-leo-xiv"));
    }

    [Fact]
    public void Suspending_arms_exports_is_an_embargo_and_commenting_on_them_is_not()
    {
        var c = Analyse("السبت 9 أغسطس 2025\nبرلين - وكالات\nعلقت ألمانيا صادرات الأسلحة إلى إسرائيل حتى إشعار آخر.\n");
        var embargo = Assert.Single(c.Events, e => e.Cameo == "163");
        Assert.Equal(new[] { "Q183" }, embargo.SourceActors);
        c = Analyse("السبت 9 أغسطس 2025\nبرلين - وكالات\nعلق المستشار الألماني على صادرات الأسلحة إلى إسرائيل في مؤتمر صحفي.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "163");
    }

    [Fact]
    public void A_joint_declaration_signed_by_two_leaders_is_an_agreement_they_sign()
    {
        var c = Analyse("السبت 9 أغسطس 2025\nواشنطن - وكالات\nوقع الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء الأرميني نيكول باشينيان أمس إعلاناً مشتركاً لإنهاء النزاع.\n");
        var signed = Assert.Single(c.Events, e => e.Cameo == "057");
        Assert.Contains("rasd:person:ilham-aliyev", signed.SourceActors.Concat(signed.TargetActors));
        Assert.Contains("rasd:person:nikol-pashinyan", signed.SourceActors.Concat(signed.TargetActors));
        Assert.Equal("2025-08-08", signed.Date.Iso);
        // an announcement that happened is no signature ("وقع" is also "took place")
        c = Analyse("السبت 9 أغسطس 2025\nواشنطن - وكالات\nوقع انفجار قرب مقر الحكومة بعد إعلان الرئيس الأذربيجاني إلهام علييف زيارته.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "057");
    }

    [Fact]
    public void An_aside_with_no_day_of_its_own_leaves_the_reports_day_to_the_next_sentence()
    {
        const string text = "الجمعة 8 أغسطس 2025\nأنقرة - وكالات\nأدانت وزارة الخارجية التركية اليوم قرار الحكومة الإسرائيلية السيطرة على مدينة غزة.\n"
            + "وبحسب مصادر إعلامية إسرائيلية، أبدى رئيس الأركان الإسرائيلي إيال زامير تحفظات على الخطة خلال اجتماع المجلس.\n"
            + "من جهتها، اتهمت حركة حماس رئيس الوزراء الإسرائيلي بنيامين نتنياهو بالتضحية بالأسرى.\n";
        var c = Analyse(text);
        var accusation = Assert.Single(c.Documents.Single().Events, e => e.Cameo == "112");
        Assert.Equal("2025-08-08", accusation.Date.Iso);
    }

    [Fact]
    public void An_undated_page_is_not_dated_before_the_office_it_names_someone_with()
    {
        var c = Analyse("عون يهنئ البابا\nهنأ رئيس الجمهورية العماد جوزاف عون البابا لاون الرابع عشر بانتخابه مساء أمس الخميس 8 أيار.\n"
            + "ويستذكر اللبنانيون زيارة البابا بنديكتوس السادس عشر إلى لبنان في أيلول 2012.\n");
        var praise = Assert.Single(c.Events, e => e.Cameo == "051");
        Assert.Equal("2025-05-08", praise.Date.Iso);
        // without the office, only the year the text mentions bounds it (Thursday 8 May first falls in 2014)
        c = Analyse("الأجراس تقرع\nقرعت الأجراس مساء أمس الخميس 8 أيار ابتهاجاً، وهنأ الأهالي بعضهم بعضاً.\n"
            + "ويستذكر اللبنانيون زيارة البابا بنديكتوس السادس عشر إلى لبنان في أيلول 2012.\n");
        Assert.Equal("2014-05-09", c.Documents.Single().Meta.Published.Iso);
    }

    [Fact]
    public void A_visit_only_wished_for_happened_on_no_day()
    {
        var c = Analyse("الجمعة 9 مايو 2025\nبيروت - وكالات\nرحل البابا فرنسيس في 21 نيسان الماضي من دون أن يتمكن من تحقيق رغبته في زيارة لبنان.\n");
        var wish = Assert.Single(c.Documents.Single().Events, e => e.Cameo == "042");
        Assert.Equal(Modality.Hypothetical, wish.Modality);
        Assert.False(wish.Date.Resolved);
        // a visit made is dated
        c = Analyse("الجمعة 9 مايو 2025\nبيروت - وكالات\nزار البابا فرنسيس لبنان في 21 نيسان الماضي.\n");
        Assert.Equal("2025-04-21", Assert.Single(c.Documents.Single().Events, e => e.Cameo == "042").Date.Iso);
    }

    [Fact]
    public void A_group_that_rejects_and_goes_on_saying_speaks_for_itself_on_the_day_of_what_it_reacts_to()
    {
        const string text = "الثلاثاء 18 نوفمبر 2025\nنيويورك - وكالات\nأيد مجلس الأمن الدولي خطة السلام الأمريكية بشأن غزة.\n"
            + "وقال الرئيس الأمريكي دونالد ترامب إن التصويت تاريخي.\n"
            + "في المقابل، رفضت حركة حماس القرار في بيان أصدرته عقب التصويت مساء الاثنين، وقالت إنه يفرض وصاية دولية على القطاع.\n";
        var c = Analyse(text);
        var rejection = Assert.Single(c.Documents.Single().Events, e => e.Cameo == "120" && e.SourceActors.Contains("rasd:group:hamas"));
        Assert.Equal("rasd:group:hamas", rejection.Attribution);
        Assert.Equal("2025-11-17", rejection.Date.Iso);
    }

    [Fact]
    public void Talks_the_two_countries_agree_to_start_are_planned_between_the_sides_of_the_last_act()
    {
        var c = Analyse("السبت 10 مايو 2025\nواشنطن - وكالات\nأعلن الرئيس الأمريكي دونالد ترامب أن الهند وباكستان اتفقتا على وقف فوري لإطلاق النار بعد ليلة طويلة من المحادثات.\n"
            + "وقال وزير الخارجية الأمريكي ماركو روبيو إن البلدين اتفقا كذلك على أن يبدآ محادثات في موقع محايد.\n");
        var talks = Assert.Single(c.Events, e => EventFamilies.Of(e.Cameo) == "consult" && e.Modality == Modality.Planned);
        Assert.Equal(new[] { "Q668", "Q843" }, talks.SourceActors.Concat(talks.TargetActors).Order(StringComparer.Ordinal));
        Assert.Equal("rasd:person:marco-rubio", Assert.Single(talks.Mentions).Attribution);
        // the talks of the night are another event, and asserted
        Assert.Contains(c.Events, e => EventFamilies.Of(e.Cameo) == "consult" && e.Modality == Modality.Asserted);
    }
}
