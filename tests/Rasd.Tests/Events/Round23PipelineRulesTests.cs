using Rasd.Events;
using Rasd.Model;

namespace Rasd.Tests.Events;

/// <summary>Hosted rounds of talks, the sides of a pair, a sultan's visit and its readouts, through the whole pipeline.</summary>
public class Round23PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    private const string Iran = "Q794", Usa = "Q30", Oman = "Q842", Russia = "Q159", Putin = "Q7747", Haitham = "rasd:person:haitham-bin-tariq";

    [Fact]
    public void A_round_of_talks_a_state_hosts_is_between_the_talks_parties_at_the_host()
    {
        // the parties after بين, further on than the round
        var c = Analyse("الخميس 24 أبريل 2025\nومن المقرر أن تستضيف سلطنة عمان يوم السبت المقبل الجولة الرابعة من المفاوضات غير المباشرة بين الجانبين الإيراني والأمريكي.\n");
        var round = Assert.Single(c.Events, e => e.Cameo == "044");
        Assert.Equal(new[] { Iran }, round.SourceActors);
        Assert.Equal(new[] { Usa }, round.TargetActors);
        Assert.NotEqual(Modality.Asserted, round.Modality);
        // the parties of the talks the item reported before, not the host's
        c = Analyse("الخميس 24 أبريل 2025\nوتجري إيران والولايات المتحدة محادثات غير مباشرة بشأن البرنامج النووي الإيراني، على أن تستضيف مسقط الجولة الرابعة السبت المقبل.\n");
        round = Assert.Single(c.Events, e => e.Cameo == "044");
        Assert.Equal("rasd:loc:muscat", round.Location);
        Assert.DoesNotContain(round.SourceActors.Concat(round.TargetActors), a => a is Oman or "rasd:government:OMN");
        Assert.Contains(Iran, round.SourceActors.Concat(round.TargetActors));
    }

    [Fact]
    public void The_second_side_of_a_pair_is_the_demonym_after_wa_and_a_month_in_a_date_is_no_name()
    {
        var c = Analyse("الخميس 24 أبريل 2025\nوناقش الجانبان الإيراني والأمريكي في 12 أبريل/نيسان ملف العقوبات.\n");
        var ids = c.Documents[0].Entities.Select(e => e.EntityId).ToList();
        Assert.Contains(Iran, ids);
        Assert.Contains(Usa, ids);
        Assert.DoesNotContain(c.Documents[0].Entities, e => e.Text.Contains("نيسان", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sultan_is_known_by_his_title_and_who_is_in_the_reception_of_a_guest_hosts_him()
    {
        var c = Analyse("موسكو في 22 أبريل /العمانية/ وصل السلطان هيثم بن طارق إلى العاصمة الروسية في زيارة دولة.\n"
                        + "وكان الرئيس الروسي فلاديمير بوتين في استقبال جلالة السلطان المعظم لدى وصوله إلى قصر الكرملين.\n");
        Assert.Contains(c.Documents[0].Entities, e => e.Text == "جلالة السلطان المعظم" && e.EntityId == Haitham);
        var hosted = c.Events.Where(e => e.Cameo is "042" or "043").ToList();
        Assert.NotEmpty(hosted);
        // one visit, the sultan's, to Russia's president
        var visit = Assert.Single(hosted);
        Assert.Contains(Haitham, visit.Cameo == "042" ? visit.SourceActors : visit.TargetActors);
        Assert.DoesNotContain(Haitham, visit.Cameo == "042" ? visit.TargetActors : visit.SourceActors);
    }

    [Fact]
    public void Talks_with_a_visitor_in_a_relative_clause_are_the_visit_and_talks_between_others_are_other_talks()
    {
        var c = Analyse("الثلاثاء 22 أبريل 2025\nأجرى الرئيس الروسي فلاديمير بوتين اليوم في الكرملين محادثات مع سلطان عمان هيثم بن طارق، الذي يزور روسيا.\n"
                        + "وتناول الجانبان المحادثات غير المباشرة بين إيران والولايات المتحدة التي تستضيفها مسقط.\n");
        var visit = Assert.Single(c.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.SourceActors.Concat(e.TargetActors).Contains(Haitham));
        Assert.Equal("042", visit.Cameo);
        Assert.Equal(new[] { Haitham }, visit.SourceActors);
        Assert.Equal("2025-04-22", visit.Date.Iso);
        // the Iran–US talks are no part of the sultan's visit
        Assert.DoesNotContain(Iran, visit.SourceActors.Concat(visit.TargetActors));
    }

    [Fact]
    public void Talks_touched_on_are_background_and_a_pluperfect_statement_is_no_news()
    {
        var c = Analyse("الثلاثاء 22 أبريل 2025\nوتطرق الحديث إلى المحادثات غير المباشرة بين إيران والولايات المتحدة.\n"
                        + "وكانت روسيا قد أعلنت مراراً دعمها لحل سياسي.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Date.Iso == "2025-04-22" && e.Mentions.All(m => !m.Background));
        Assert.DoesNotContain(c.Events, e => e.Cameo == "010" && e.Date.Iso == "2025-04-22" && e.Mentions.All(m => !m.Background));
    }

    [Fact]
    public void Two_readouts_of_a_resolve_to_cooperate_naming_the_sides_in_either_order_merge_side_by_side()
    {
        var c = Analyse(
            "الثلاثاء 22 أبريل 2025\nأجرى الرئيس الروسي فلاديمير بوتين اليوم محادثات مع سلطان عمان هيثم بن طارق في الكرملين.\nوأكد الجانبان عزمهما على توسيع التعاون بين البلدين في مجالات الطاقة.\n",
            "موسكو في 22 أبريل 2025 /العمانية/ عقد السلطان هيثم بن طارق والرئيس فلاديمير بوتين جلسة مباحثات.\nواستعرض الجانبان العلاقات التي تربط سلطنة عمان وروسيا الاتحادية، وأكدا حرصهما على تعزيز التعاون الثنائي.\n");
        var resolve = Assert.Single(c.Events, e => e.Cameo == "030");
        Assert.Equal(2, resolve.Mentions.Select(m => m.Document).Distinct().Count());
        // each country stands with its own head, not facing him
        var omanSide = resolve.SourceActors.Contains(Haitham) || resolve.SourceActors.Contains(Oman) ? resolve.SourceActors : resolve.TargetActors;
        var russiaSide = omanSide == resolve.SourceActors ? resolve.TargetActors : resolve.SourceActors;
        Assert.DoesNotContain(omanSide, a => a is Putin or Russia);
        Assert.DoesNotContain(russiaSide, a => a is Haitham or Oman);
    }

    [Fact]
    public void A_place_talks_are_about_is_not_where_they_are_held_and_two_outlets_reports_of_the_visit_merge()
    {
        const string Sharaa = "rasd:person:ahmed-al-sharaa";
        var c = Analyse(
            "الدوحة في 15 أبريل /قنا/ استقبل الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى الرئيس أحمد الشرع رئيس الجمهورية العربية السورية والوفد المرافق.\n"
            + "كما جرى خلال الجلسة تبادل وجهات النظر حول المستجدات الإقليمية، وعلى رأسها الأوضاع في سوريا.\n",
            "الأربعاء 16 أبريل 2025\nأجرى الرئيس السوري أحمد الشرع، أمس الثلاثاء، محادثات مع أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة.\n");
        var visit = Assert.Single(c.Events, e => e.Cameo is "042" or "043");
        Assert.NotEqual("Q858", visit.Location);
        Assert.Equal(2, visit.Mentions.Select(m => m.Document).Distinct().Count());
        Assert.Contains(Sharaa, visit.Cameo == "042" ? visit.SourceActors : visit.TargetActors);
    }

    [Fact]
    public void The_city_of_a_visit_is_where_one_goes_and_what_a_sentence_about_the_visit_adds_is_its_context()
    {
        const string Trump = "Q22686";
        var c = Analyse("الأربعاء 14 مايو 2025\nوصل الرئيس الأمريكي دونالد ترامب إلى الدوحة اليوم في زيارة رسمية.\n"
                        + "وتأتي زيارة الدوحة في المحطة الثانية من جولة خليجية بدأها الرئيس ترامب بزيارة المملكة العربية السعودية.\n");
        // no visit by Qatar, and the Saudi leg is context, not an event of this report
        Assert.DoesNotContain(c.Events, e => e.Cameo == "042" && e.SourceActors.Any(a => a is "Q846" or "rasd:government:QAT"));
        Assert.DoesNotContain(c.Events, e => e.Cameo == "042" && e.TargetActors.Contains("Q851") && e.Mentions.Any(m => !m.Background));
        Assert.Contains(c.Events, e => e.Cameo == "042" && e.SourceActors.Contains(Trump));
        // a sentence whose subject is no event keeps its events ("وجاء هذا الموقف في بيان مشترك وقعه ...")
        c = Analyse("الأحد 1 يونيو 2025\nوجاء هذا الموقف في بيان مشترك وقعه وزير الخارجية المغربي ناصر بوريطة ووزير الخارجية البريطاني ديفيد لامي.\n");
        Assert.Contains(c.Events, e => e.Cameo == "057");
    }

    [Fact]
    public void Reimposed_sanctions_are_their_genitives_on_whom_ala_names_and_what_came_before_bada_an_is_background()
    {
        const string Un = "rasd:org:un";
        var c = Analyse(
            "الأحد 28 سبتمبر 2025\nأكدت وزارة الخارجية الإيرانية في بيان اليوم الأحد أن إعادة فرض عقوبات الأمم المتحدة على إيران باطلة قانونياً.\n",
            "الأحد 28 سبتمبر 2025\nأعادت الأمم المتحدة فرض عقوبات على إيران اليوم الأحد، بعد أن فعلت فرنسا وبريطانيا وألمانيا في 28 أغسطس آلية لإعادة فرض العقوبات.\n"
            + "وفشل مجلس الأمن يوم الجمعة في تبني مشروع قرار قدمته روسيا والصين لتأجيل إعادة فرض العقوبات.\n");
        var sanction = Assert.Single(c.Events, e => e.Cameo == "163");
        Assert.Equal(new[] { Un }, sanction.SourceActors);
        Assert.Equal(new[] { Iran }, sanction.TargetActors);
        Assert.Equal("2025-09-28", sanction.Date.Iso);
        Assert.Equal(2, sanction.Mentions.Select(m => m.Document).Distinct().Count());
    }

    [Fact]
    public void A_statement_after_lakin_is_not_dated_by_the_clause_before_nor_its_background()
    {
        var c = Analyse("الأحد 28 سبتمبر 2025\nأعادت الأمم المتحدة فرض عقوبات على إيران اليوم الأحد.\n"
                        + "وكانت إيران قد توصلت مع الوكالة الدولية للطاقة الذرية في التاسع من سبتمبر إلى اتفاق بشأن استئناف التعاون، لكن الدول الأوروبية الثلاث قالت إن طهران لم تتخذ خطوات كافية.\n");
        var said = Assert.Single(c.Events, e => e.Cameo == "010" && e.SourceActors.Contains("rasd:org:e3"));
        Assert.NotEqual("2025-09-09", said.Date.Iso);
        Assert.Contains(said.Mentions, m => !m.Background);
    }

    [Fact]
    public void The_head_word_of_a_body_named_before_is_that_body_and_its_recent_pluperfect_statement_joins_the_others_report()
    {
        const string Ihec = "rasd:org:ihec";
        var c = Analyse(
            "الثلاثاء 11 نوفمبر 2025\nأعلنت المفوضية العليا المستقلة للانتخابات، مساء اليوم الثلاثاء، أن نسبة المشاركة في الاقتراع تجاوزت 56 بالمئة.\n",
            "الأربعاء 12 نوفمبر 2025\nأعلنت المفوضية العليا المستقلة للانتخابات في العراق، اليوم الأربعاء، النتائج الأولية للانتخابات.\n"
            + "وكانت المفوضية قد أعلنت مساء أمس الثلاثاء أن نسبة المشاركة تجاوزت 56 بالمئة.\n");
        Assert.Contains(c.Documents[1].Entities, e => e.Text == "المفوضية" && e.EntityId == Ihec);
        var turnout = Assert.Single(c.Events, e => e.Cameo == "010" && e.Date.Iso == "2025-11-11");
        Assert.Equal(2, turnout.Mentions.Select(m => m.Document).Distinct().Count());
        Assert.Contains(c.Events, e => e.Cameo == "010" && e.Date.Iso == "2025-11-12");
        // a ministry named in the construct is "الوزارة" after it
        c = Analyse("الأحد 28 سبتمبر 2025\nأعلنت وزارة الخارجية الروسية اليوم رفضها القرار.\nوقالت الوزارة إن القرار باطل.\n");
        Assert.Contains(c.Documents[0].Entities, e => e.Text == "الوزارة" && e.EntityId == "rasd:mfa:RUS");
        // a body of another name is not it ("المفوضية الأوروبية")
        c = Analyse("الثلاثاء 11 نوفمبر 2025\nأعلنت المفوضية العليا المستقلة للانتخابات النتائج.\nوقالت المفوضية الأوروبية إن الانتخابات جرت بهدوء.\n");
        Assert.DoesNotContain(c.Documents[0].Entities, e => e.EntityId == Ihec && e.Text.StartsWith("المفوضية الأوروبية", StringComparison.Ordinal));
    }

    [Fact]
    public void An_acknowledgement_is_a_statement_and_a_yearless_dispatch_of_it_joins_a_dated_report()
    {
        const string Burhan = "rasd:person:abdel-fattah-al-burhan";
        var c = Analyse(
            "بورتسودان في ٢٧ أكتوبر (سونا) - أعلن رئيس مجلس السيادة الفريق أول ركن عبد الفتاح البرهان، في خطاب للشعب السوداني، انسحاب القوات المسلحة من مدينة الفاشر.\n",
            "27.10.2025\nوأقر رئيس مجلس السيادة عبد الفتاح البرهان، في كلمة متلفزة اليوم الاثنين، بانسحاب القوات من الفاشر.\n");
        var said = Assert.Single(c.Events, e => e.Cameo == "010" && e.SourceActors.Contains(Burhan));
        Assert.Equal(2, said.Mentions.Select(m => m.Document).Distinct().Count());
        Assert.Equal("2025-10-27", said.Date.Iso);
    }

    [Fact]
    public void The_first_day_of_a_visit_is_its_day_and_an_undated_outlets_report_of_the_same_appeal_joins_the_dated_one()
    {
        const string Pope = "rasd:person:pope-leo-xiv";
        var c = Analyse(
            // a TV site without dates
            "البابا لاوون الرابع عشر يصل إلى بيروت\nوصل البابا لاوون الرابع عشر إلى مطار بيروت في مستهل زيارة رسمية إلى لبنان.\n"
            + "ودعا البابا في كلمته أمام المسؤولين اللبنانيين إلى أن يكونوا صانعي سلام.\n",
            "30/11/2025\nفي اليوم الأول من زيارته الرسولية إلى لبنان، استقبل رئيس الجمهورية اللبنانية جوزاف عون البابا لاوون الرابع عشر في القصر الجمهوري.\n"
            + "وحث البابا في كلمته اللبنانيين على التمسك بالسلام والمصالحة.\n");
        var appeal = Assert.Single(c.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal) && e.SourceActors.Contains(Pope));
        Assert.Equal("2025-11-30", appeal.Date.Iso);
        Assert.Equal(2, appeal.Mentions.Select(m => m.Document).Distinct().Count());
    }

    [Fact]
    public void A_warning_joined_to_a_reception_is_the_hosts_statement_and_a_spokesmans_relay_is_the_presidents()
    {
        const string Sisi = "rasd:person:abdel-fattah-el-sisi", Araghchi = "rasd:person:abbas-araghchi";
        var c = Analyse(
            "الاثنين 2 يونيو 2025\nاستقبل الرئيس عبد الفتاح السيسي اليوم وزير الخارجية الإيراني عباس عراقجي.\n"
            + "وصرح المتحدث باسم الرئاسة بأن الرئيس أكد موقف مصر الرافض لتوسيع دائرة الصراع.\n"
            + "وشدد الرئيس على أهمية المفاوضات الجارية بين إيران والولايات المتحدة، كما دعا إلى خفض التصعيد في المنطقة.\n",
            "الاثنين 2 يونيو 2025\nاستقبل الرئيس عبد الفتاح السيسي ضيفه الإيراني عباس عراقجي، وحذر من أن توسع الصراع قد يجر المنطقة إلى حرب أوسع.\n");
        var said = Assert.Single(c.Events, e => e.Cameo == "010" && e.SourceActors.Contains(Sisi));
        Assert.Equal(2, said.Mentions.Select(m => m.Document).Distinct().Count());
        // "كما دعا": the president's appeal, not the parties of the talks named before it
        var appeal = Assert.Single(c.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        Assert.Equal(new[] { Sisi }, appeal.SourceActors);
        // the ongoing Iran–US talks are neither the visit nor news of the day
        var visit = Assert.Single(c.Events, e => e.Cameo is "042" or "043");
        Assert.DoesNotContain(Usa, visit.SourceActors.Concat(visit.TargetActors));
        Assert.Contains(Araghchi, visit.SourceActors.Concat(visit.TargetActors));
        Assert.DoesNotContain(c.Events, e => e.Cameo == "046" && e.Mentions.Any(m => !m.Background));
    }

    [Fact]
    public void A_post_is_a_statement_of_who_posts_it()
    {
        var c = Analyse("الاثنين 2 يونيو 2025\nوغرد وزير الخارجية الإيراني عباس عراقجي اليوم بأن بلاده لن تتخلى عن حقوقها.\n");
        Assert.Contains(c.Events, e => e.Cameo == "010" && e.SourceActors.SequenceEqual(new[] { "rasd:person:abbas-araghchi" }));
    }

    [Fact]
    public void A_subject_right_before_a_verb_of_saying_speaks_and_targeting_a_carrier_is_an_attack()
    {
        var c = Analyse("الأحد 16 مارس 2025\nالمتحدث العسكري للحوثيين يحيى سريع يعلن استهداف حاملة الطائرات الأمريكية \"هاري ترومان\" في البحر الأحمر بصواريخ وطائرة مسيرة.\n");
        var attack = Assert.Single(c.Events, e => EventFamilies.Of(e.Cameo) == "force");
        Assert.Equal(new[] { "rasd:person:yahya-saree" }, attack.SourceActors);
        Assert.Equal("2025-03-16", attack.Date.Iso);
        // a name after a title after the verb still speaks ("أكد الإعلامي محمود بوناب" after "من قطر")
        c = Analyse("الأحد 16 مارس 2025\nوفي أول ظهور له منذ عودته من قطر أكد الوزير التونسي خميس الجهيناوي أن العلاقات جيدة.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "010" && e.SourceActors.Contains("Q846"));
    }

    [Fact]
    public void A_strike_told_three_ways_is_one_air_strike_and_its_claims_and_threats_are_read_whole()
    {
        const string Israel = "Q801", Mashat = "rasd:person:mahdi-al-mashat";
        var c = Analyse(
            "السبت 30 أغسطس 2025\nنعت رئاسة الجمهورية اليوم استشهاد رئيس الحكومة أحمد غالب الرهوي إثر استهداف العدو الصهيوني لهم يوم الخميس الماضي في صنعاء.\n"
            + "وفي كلمة بهذه المناسبة، توعد رئيس المجلس السياسي الأعلى المشير الركن مهدي المشاط العدو الصهيوني بالثأر.\n",
            "📅 28.08.2025\n🇮🇱 الجيش الإسرائيلي في بيان: ضربنا هدفا عسكريا تابعا للحوثيين في منطقة صنعاء.\n"
            + "وذكرت وسائل إعلام أن الغارة الإسرائيلية استهدفت اجتماعا لقيادات حوثية في صنعاء.\n");
        var strike = Assert.Single(c.Events, e => EventFamilies.Of(e.Cameo) == "force" && e.SourceActors.Any(a => a is Israel or "rasd:army:ISR"));
        Assert.Equal("195", strike.Cameo);
        Assert.Equal(2, strike.Mentions.Select(m => m.Document).Distinct().Count());
        Assert.Contains(strike.Mentions, m => m.Attribution == "rasd:army:ISR");
        // the meeting struck is no meeting of the day
        Assert.DoesNotContain(c.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        // the one with the long title threatens; the enemy is threatened
        var threat = Assert.Single(c.Events, e => e.Cameo == "130");
        Assert.Equal(new[] { Mashat }, threat.SourceActors);
        Assert.Equal(new[] { Israel }, threat.TargetActors);
        // a threatened strike is no strike
        c = Analyse("الخميس 16 فبراير 2017\nهدد الأمين العام لحزب الله حسن نصر الله اليوم إسرائيل باستهداف مفاعل ديمونا، داعيا الكيان الصهيوني إلى تفكيكه.\n");
        Assert.DoesNotContain(c.Events, e => EventFamilies.Of(e.Cameo) == "force");
    }

    [Fact]
    public void Recognitions_are_of_the_state_after_ba_by_the_adjective_or_the_states_before_and_a_recalled_weekday_is_the_last_one()
    {
        const string Palestine = "Q219060", Uk = "Q145", Canada = "Q16", Australia = "Q408", France = "Q142";
        var c = Analyse(
            "رام الله 21-9-2025 وفا- رحبت الرئاسة الفلسطينية، اليوم الأحد، باعتراف كل من المملكة المتحدة وكندا وأستراليا بدولة فلسطين.\n",
            "الثلاثاء 23 شتنبر 2025\nاعترفت فرنسا، أمس الاثنين، رسمياً بدولة فلسطين، بإعلان من الرئيس إيمانويل ماكرون خلال المؤتمر الدولي في الأمم المتحدة.\n"
            + "ويأتي الاعتراف الفرنسي بعد يوم واحد من إعلان المملكة المتحدة وكندا وأستراليا، الأحد، اعترافها بدولة فلسطين.\n");
        var three = Assert.Single(c.Events, e => e.Cameo == "054" && e.SourceActors.Contains(Canada));
        Assert.Equal(new[] { Palestine }, three.TargetActors);
        Assert.Contains(Australia, three.SourceActors);
        Assert.Equal("2025-09-21", three.Date.Iso);
        Assert.Equal(2, three.Mentions.Select(m => m.Document).Distinct().Count());
        var french = Assert.Single(c.Events, e => e.Cameo == "054" && e.SourceActors.Contains(France));
        Assert.Equal(new[] { Palestine }, french.TargetActors);
        Assert.Equal("2025-09-22", french.Date.Iso);
        Assert.DoesNotContain(Uk, french.SourceActors);
    }

    [Fact]
    public void The_pronoun_of_a_joined_accusation_is_the_subject_of_the_words_quoted_before_it()
    {
        var c = Analyse("بورتسودان 6-5-2025 (سونا) - وقال وزير الدفاع السوداني ياسين إبراهيم ياسين في بيان إن دولة الإمارات ظلت تنتهك سيادة السودان عبر وكيلها قوات الدعم السريع، واتهمها بتزويد الميليشيا بأسلحة متطورة.\n");
        var charge = Assert.Single(c.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
        Assert.Contains(charge.TargetActors, a => a is "Q878" or "rasd:government:ARE");
        Assert.DoesNotContain("rasd:group:rsf", charge.TargetActors);
        Assert.Contains("rasd:person:yassin-ibrahim-yassin", charge.SourceActors);
    }

    [Fact]
    public void A_reference_in_passing_does_not_make_a_planned_round_held()
    {
        var c = Analyse("الخميس 24 أبريل 2025\nومن المقرر أن تستضيف سلطنة عمان يوم السبت المقبل الجولة الرابعة من المفاوضات غير المباشرة بين الجانبين الإيراني والأمريكي.\n",
                        "الخميس 24 أبريل 2025\nوتطرق الحديث إلى المفاوضات غير المباشرة بين إيران والولايات المتحدة.\n");
        var round = Assert.Single(c.Events, e => e.Cameo == "044");
        Assert.NotEqual(Modality.Asserted, round.Modality);
    }
}
