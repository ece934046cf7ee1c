using Rasd.Model;

namespace Rasd.Tests.Events;

/// <summary>Expelled diplomats, appositions of a possessed object, a country a place lies in, and nouns on the future letters, through the whole pipeline.</summary>
public class Round22PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    private const string France = "Q142", Algeria = "Q262";

    [Fact]
    public void Expelling_diplomats_reduces_relations_with_the_state_they_serve_and_two_outlets_reports_merge()
    {
        var c = Analyse(
            "الثلاثاء 15 أبريل 2025\nقالت الرئاسة الفرنسية يوم الثلاثاء إن فرنسا ستطرد 12 موظفا يعملون في الشبكة الدبلوماسية الجزائرية، وستستدعي سفيرها لدى الجزائر ستيفان روماتيه للتشاور.\n"
            + "وكان وزير الخارجية الفرنسي جان نويل بارو قد أعلن أمس الاثنين أن السلطات الجزائرية طلبت من 12 موظفا في السفارة الفرنسية مغادرة البلاد خلال 48 ساعة.\n",
            "الثلاثاء 15 أبريل 2025\nأعلن وزير الخارجية الفرنسي، جان نويل بارو، أمس الاثنين، أن السلطات الجزائرية طالبت 12 موظفا بالسفارة الفرنسية في الجزائر بمغادرة التراب الجزائري.\n"
            + "وفي تطور لاحق، اليوم الثلاثاء، أعلن قصر الإليزيه أن فرنسا قررت بدورها طرد 12 موظفا من الشبكة الدبلوماسية الجزائرية.\n");
        var byAlgeria = Assert.Single(c.Events, e => e.Cameo == "161" && e.SourceActors.Contains("rasd:government:DZA"));
        Assert.Equal(new[] { France }, byAlgeria.TargetActors);
        Assert.Equal("2025-04-14", byAlgeria.Date.Iso);
        Assert.Equal(2, byAlgeria.Mentions.Select(m => m.Document).Distinct().Count());
        var byFrance = Assert.Single(c.Events, e => e.Cameo == "161" && e.SourceActors.Contains(France));
        Assert.Equal(new[] { Algeria }, byFrance.TargetActors);
        // the ambassador named after "سفيرها" is the one recalled, not who recalls him
        Assert.DoesNotContain(c.Events, e => e.SourceActors.Any(a => a.Contains("روماتيه", StringComparison.Ordinal)));
        // a parcel is no expulsion
        Assert.DoesNotContain(Analyse("وصل طرد بريدي إلى الوزارة أمس.\n").Events, e => e.Cameo == "161");
    }

    [Fact]
    public void The_country_a_place_lies_in_is_where_and_a_noun_with_a_pronoun_is_no_future()
    {
        var c = Analyse("27.10.2025\nأعلنت قوات الدعم السريع، الأحد، سيطرتها الكاملة على مدينة الفاشر، عاصمة ولاية شمال دارفور غربي السودان، بما في ذلك مقر الفرقة السادسة مشاة التابعة للجيش السوداني.\n");
        var seizure = Assert.Single(c.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal("2025-10-26", seizure.Date.Iso);
        Assert.DoesNotContain("Q1049", seizure.TargetActors);
        Assert.Equal(new[] { "rasd:group:rsf" }, seizure.SourceActors);
    }

    [Fact]
    public void A_clause_opened_by_fima_has_its_own_subject()
    {
        var c = Analyse("الاثنين 2 يونيو 2025\nاستقبل الرئيس عبد الفتاح السيسي اليوم وزير الخارجية الإيراني عباس عراقجي، مشدداً على أهمية المفاوضات بين طهران وواشنطن، فيما أشاد عراقجي بالدور المصري في دعم الاستقرار.\n");
        var praise = Assert.Single(c.Events, e => e.Cameo == "051");
        Assert.Equal(new[] { "rasd:person:abbas-araghchi" }, praise.SourceActors);
        Assert.DoesNotContain("Q61", praise.TargetActors);
        // "فيما يتعلق" is no new clause
        c = Analyse("الاثنين 2 يونيو 2025\nوأشاد الرئيس عبد الفتاح السيسي اليوم بموقف قطر فيما يتعلق بالمفاوضات.\n");
        Assert.Contains(c.Events, e => e.Cameo == "051" && e.SourceActors.SequenceEqual(new[] { "rasd:person:abdel-fattah-el-sisi" }));
    }

    [Fact]
    public void Drones_of_an_armed_group_strike_a_city_of_its_own_country_and_the_accused_of_an_unclaimed_attack_is_its_agent()
    {
        const string rsf = "rasd:group:rsf", portSudan = "rasd:loc:port-sudan";
        var c = Analyse(
            "بورتسودان 6-5-2025 (سونا) - استهدفت مسيّرات تابعة لميليشيا الدعم السريع، اليوم الثلاثاء، مواقع في مدينة بورتسودان.\n",
            "الأربعاء 7 مايو 2025\nوذكرت وكالة رويترز أن مسيّرات ضربت الثلاثاء مواقع في بورتسودان، فيما تتهم الحكومة قوات الدعم السريع بالوقوف وراء الهجمات.\n");
        var strike = Assert.Single(c.Events, e => e.Cameo == "195" && e.SourceActors.Contains(rsf));
        Assert.Equal(new[] { portSudan }, strike.TargetActors);
        Assert.Equal("2025-05-06", strike.Date.Iso);
        Assert.Equal(2, strike.Mentions.Select(m => m.Document).Distinct().Count());
        // the government, named by no name, accuses; the wire is no accuser
        Assert.DoesNotContain(c.Events, e => e.Cameo == "112" && e.SourceActors.Contains("rasd:media:reuters"));
        Assert.Contains(c.Events, e => e.Cameo == "112" && e.TargetActors.Contains(rsf));
        // a drone shot down is force by who downs it, not an aerial attack
        c = Analyse("الثلاثاء 1 أبريل 2025\nوأسقط الجيش الجزائري اليوم طائرة مسيرة مسلحة قرب الحدود.\n");
        Assert.Contains(c.Events, e => e.Cameo == "190" && e.SourceActors.Contains("rasd:army:DZA"));
        Assert.DoesNotContain(c.Events, e => e.Cameo == "195");
    }

    [Fact]
    public void Thanks_after_a_preposition_are_a_noun_support_s_genitive_is_its_receiver_and_the_two_sides_are_the_meeting_s()
    {
        const string shaibani = "rasd:person:asaad-al-shaibani", fidan = "rasd:person:hakan-fidan", turkey = "Q43";
        var c = Analyse("الأربعاء 13 أغسطس 2025\nوقال وزير الخارجية التركي هاكان فيدان إن أنقرة ستواصل دعم الحكومة السورية في مواجهة التهديدات التي تستهدف وحدة أراضيها.\n"
                        + "من جانبه، قال وزير الخارجية السوري أسعد الشيباني إن سوريا ترفض أي مشاريع للتقسيم، معرباً عن شكره لتركيا على دعمها للشعب السوري.\n");
        var thanks = Assert.Single(c.Events, e => e.Cameo == "051" && e.TargetActors.Contains(turkey));
        Assert.Equal(new[] { shaibani }, thanks.SourceActors);
        var support = Assert.Single(c.Events, e => e.Cameo == "051" && e.TargetActors.Contains("rasd:government:SYR"));
        Assert.DoesNotContain("rasd:government:SYR", support.SourceActors);
        c = Analyse("الأربعاء 13 أغسطس 2025\nوالتقى وزير الخارجية السوري أسعد الشيباني وزير الخارجية التركي هاكان فيدان اليوم في أنقرة.\n"
                    + "وشهد الاجتماع توقيع مذكرة تفاهم بين وزارتي الدفاع في البلدين للتعاون في مجال التدريب.\n");
        var signed = Assert.Single(c.Events, e => e.Cameo == "057");
        Assert.Equal(2, signed.SourceActors.Concat(signed.TargetActors).Count());
        Assert.Contains(fidan, signed.SourceActors.Concat(signed.TargetActors));
    }

    [Fact]
    public void After_haythu_the_verb_keeps_the_subject_of_the_clause_before()
    {
        const string larijani = "rasd:person:ali-larijani", berri = "rasd:person:nabih-berri";
        var c = Analyse("وطنية - بعبدا - الأربعاء 13 آب 2025\nاستقبل رئيس الجمهورية العماد جوزاف عون، قبل ظهر اليوم في قصر بعبدا، علي لاريجاني.\n"
                        + "ثم انتقل لاريجاني والوفد المرافق إلى عين التينة، حيث التقى رئيس مجلس النواب نبيه بري، وعرض معه التطورات.\n"
                        + "وكان لاريجاني قد زار بغداد الاثنين، حيث وقع مذكرة تفاهم أمنية مع الجانب العراقي.\n");
        Assert.Contains(c.Events, e => e.Plover == "CONSULT" && e.SourceActors.SequenceEqual(new[] { larijani }) && e.TargetActors.Contains(berri));
        Assert.DoesNotContain(c.Events, e => e.SourceActors.Contains(berri));
        Assert.Contains(c.Events, e => e.Cameo == "057" && e.SourceActors.SequenceEqual(new[] { larijani }));
    }

    [Fact]
    public void A_day_named_only_by_its_weekday_joins_no_event_of_another_weekday_and_a_haythu_clause_keeps_its_date()
    {
        const string pope = "rasd:person:pope-leo-xiv";
        var c = Analyse(
            "البابا في بيروت\nحطت طائرة البابا لاوون الرابع عشر بعد ظهر اليوم الأحد في مطار رفيق الحريري الدولي، في أول زيارة له إلى لبنان.\n",
            "30/11/2025\nفي اليوم الأول من زيارته الرسولية إلى لبنان، استقبل رئيس الجمهورية اللبنانية جوزاف عون قداسة البابا لاوُن الرابع عشر في القصر الجمهوري في بعبدا.\n"
            + "وبحسب البرنامج الرسمي للزيارة، يزور الأب الأقدس يوم الاثنين ضريح القديس شربل في عنايا، ويلتقي الشبيبة في بكركي، على أن يختتم زيارته الثلاثاء بوقفة صلاة صامتة في موقع انفجار مرفأ بيروت.\n"
            + "وكان البابا قد وصل إلى بيروت آتياً من تركيا، حيث زار إزنيق في الثامن والعشرين من تشرين الثاني.\n");
        var undated = c.Documents.Single(d => d.Meta.Published?.Resolved != true);
        var arrival = Assert.Single(c.Events, e => e.Mentions.Any(m => m.Document == undated.Id) && e.Cameo is "042" or "043");
        Assert.NotEqual("2025-12-01", arrival.Date.Iso);
        Assert.Contains(c.Events, e => e.Cameo == "042" && e.SourceActors.Contains(pope) && e.Date.Iso == "2025-12-01" && e.Modality == Modality.Planned);
        Assert.DoesNotContain(c.Events, e => e.Date.Iso == "2025-11-28");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "042" && e.SourceActors.Contains("rasd:government:LBN"));
    }

    [Fact]
    public void An_earthquake_strikes_nobody_a_march_is_no_drone_and_a_visit_elsewhere_is_another_visit()
    {
        var c = Analyse("الأحد 12 أكتوبر 2025\nضربت هزة أرضية متوسطة القوة صباح اليوم مدينة وهران غرب الجزائر دون خسائر.\nضرب زلزال عنيف فجر اليوم جزيرة قبالة السواحل اليابانية.\n");
        Assert.DoesNotContain(c.Events, e => e.Plover == "ASSAULT");
        c = Analyse("الأحد 12 أكتوبر 2025\nاستقبل رئيس الجمهورية قيس سعيد الرئيس الفرنسي إيمانويل ماكرون اليوم في قصر قرطاج.\n"
                    + "ولم يتحدد بعد موعد الزيارة التي سيؤديها ماكرون إلى مصر، حيث ذكر الإليزيه أن ماكرون الذي تحدث هاتفياً، أمس السبت، مع الرئيس عبد الفتاح السيسي أكد أنه سيزورها في الأسابيع المقبلة.\n");
        Assert.Contains(c.Events, e => e.Cameo == "042" && e.SourceActors.Contains("rasd:person:emmanuel-macron") && e.TargetActors.Contains("Q79"));
        Assert.DoesNotContain(c.Events, e => e.TargetActors.Contains("rasd:person:emmanuel-macron") && e.Mentions.Any(m => m.Text.Contains("مصر", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_name_opening_a_post_before_a_colon_says_what_follows()
    {
        var c = Analyse("📢 قناة الأخبار العاجلة\n📅 9 أيلول 2025\n\n🇺🇸 ترامب: قرار الضربة اتخذه رئيس الوزراء الإسرائيلي ولم يكن قراري.\n");
        var said = Assert.Single(c.Events, e => e.Cameo == "010");
        Assert.Equal(new[] { "Q22686" }, said.SourceActors);
        Assert.Equal("Q22686", said.Mentions[0].Attribution);
        // a list of who is who is no one's words
        c = Analyse("الأحد 17 جويلية 2016\nأحمد الشرع: رئيس المرحلة الانتقالية.\nفلاديمير بوتين : روسي يحكم منذ 2000.\nعبد الملك الحوثي : قيادي في الجماعة.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "010");
        // a place before a colon is a date line's, not a speaker
        c = Analyse("الدوحة: أعلنت وزارة الخارجية القطرية اليوم الثلاثاء 9 سبتمبر 2025 إدانتها الشديدة للهجوم.\n");
        Assert.DoesNotContain(c.Events, e => e.SourceActors.Contains("Q3861"));
    }

    [Fact]
    public void A_future_verb_with_next_monday_is_future_and_according_to_a_plan_names_no_source()
    {
        var c = Analyse("السبت 4 أكتوبر 2025\nوأعلنت وزارة الخارجية المصرية، اليوم السبت، أن مصر ستستضيف الاثنين المقبل وفدين من إسرائيل وحماس لبحث تفاصيل عملية التبادل وفق مقترح ترامب.\n");
        var host = Assert.Single(c.Events, e => e.Cameo is "043" or "044");
        Assert.Equal(Modality.Future, host.Modality);
        Assert.DoesNotContain(host.Mentions, m => m.Attribution == "Q22686");
        // a summit named as next is planned
        c = Analyse("السبت 4 أكتوبر 2025\nوتستضيف الدوحة القمة العربية الطارئة المقبلة لبحث الأوضاع في غزة.\n");
        Assert.DoesNotContain(c.Events, e => e.Modality == Modality.Future);
    }

    [Fact]
    public void An_official_of_an_international_body_is_on_its_side()
    {
        var c = Analyse("الأربعاء 21 ماي 2025\nقرر وزراء خارجية دول الاتحاد الأوروبي، أمس الثلاثاء، رفع العقوبات الاقتصادية المفروضة على سوريا.\n",
                        "الثلاثاء 20 أيار 2025\nأعلنت الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية كايا كالاس اليوم أن وزراء خارجية دول الاتحاد اتفقوا على رفع العقوبات الاقتصادية المفروضة على سوريا.\n");
        var lifted = Assert.Single(c.Events, e => e.Cameo == "085");
        Assert.Equal(2, lifted.Mentions.Count);
        Assert.Equal("rasd:org:eu", Rasd.Events.EventCorefStage.CountryOf(c, "rasd:person:kaja-kallas"));
    }

    [Fact]
    public void Ministers_of_several_countries_named_after_a_plural_title_are_the_subject()
    {
        const string trump = "Q22686";
        var c = Analyse("الاثنين 29 سبتمبر 2025\nرحب وزراء خارجية تركيا والسعودية وقطر ومصر، في بيان مشترك، بقيادة الرئيس دونالد ترامب وجهوده لإنهاء الحرب في غزة.\n",
                        "الاثنين 29 سبتمبر 2025\nرحب أصحاب السمو والمعالي وزراء خارجية دولة قطر، والمملكة العربية السعودية، والجمهورية التركية، في بيان مشترك اليوم، بقيادة فخامة الرئيس دونالد ترامب.\n");
        var welcome = Assert.Single(c.Events, e => e.Cameo == "051");
        Assert.Equal(new[] { trump }, welcome.TargetActors);
        Assert.Contains("Q851", welcome.SourceActors);
        Assert.Contains("Q43", welcome.SourceActors);
        Assert.Equal(2, welcome.Mentions.Select(m => m.Document).Distinct().Count());
        // a comma then "وذلك" joins no second party
        c = Analyse("الاثنين 5 جوان 2017\nأعلنت ليبيا اليوم الاثنين قطع علاقاتها مع دولة قطر، وذلك عقب قرار السعودية والإمارات قطع العلاقات مع الدوحة.\n");
        Assert.Contains(c.Events, e => e.Cameo == "161" && e.SourceActors.Contains("Q1016") && e.TargetActors.SequenceEqual(new[] { "Q846" }));
    }

    [Fact]
    public void The_kingdom_and_the_crown_prince_are_those_of_the_dispatch_and_a_figure_reached_is_no_visit()
    {
        const string mbs = "rasd:person:mohammed-bin-salman", saudi = "Q851";
        var c = Analyse("الثلاثاء 18 نوفمبر 2025\nاستقبل الرئيس الأمريكي دونالد ترامب صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد في البيت الأبيض.\n"
                        + "وأكد سمو ولي العهد أن المملكة ستزيد استثماراتها في الولايات المتحدة لتصل إلى ما يقارب تريليون دولار.\n"
                        + "ورحبت المملكة بالقرار التاريخي الذي اتخذته الجمهورية الفرنسية.\n");
        var doc = c.Documents.Single();
        Assert.Contains(doc.Entities, m => m.Text == "ولي العهد" && m.EntityId == mbs);
        Assert.Contains(doc.Entities, m => m.Text == "المملكة" && m.EntityId == saudi);
        Assert.Contains(c.Events, e => e.Cameo == "051" && e.SourceActors.Contains(saudi) && e.TargetActors.Contains("Q142"));
        Assert.DoesNotContain(c.Events, e => e.Cameo == "042" && e.SourceActors.Contains(saudi));
        // no kingdom named: "المملكة" is nobody's
        c = Analyse("الثلاثاء 18 نوفمبر 2025\nورحبت المملكة بالقرار الذي اتخذته الجمهورية الفرنسية.\n");
        Assert.DoesNotContain(c.Documents.Single().Entities, m => m.Text == "المملكة");
    }

    [Fact]
    public void Landing_at_an_airport_is_a_visit_to_its_country_and_not_the_visit_to_the_next_city()
    {
        var c = Analyse("الثلاثاء 14 أكتوبر 2025\nحطت طائرة الرئيس الأمريكي دونالد ترامب، أمس الاثنين، في مطار بن غوريون، حيث استقبله رئيس الوزراء الإسرائيلي بنيامين نتنياهو.\n"
                        + "ثم وصل ترامب إلى مدينة شرم الشيخ المصرية.\n");
        var israel = Assert.Single(c.Events, e => e.Cameo is "042" or "043" && e.Location == "rasd:loc:ben-gurion-airport");
        Assert.Equal("2025-10-13", israel.Date.Iso);
        Assert.DoesNotContain(c.Events, e => e.Location == "rasd:loc:ben-gurion-airport" && e.TargetActors.Contains("rasd:loc:sharm-el-sheikh"));
        Assert.Contains(c.Events, e => e.Cameo == "042" && e.TargetActors.Contains("rasd:loc:sharm-el-sheikh"));
    }

    [Fact]
    public void Backing_a_plan_by_name_is_support_with_no_party_as_target()
    {
        var c = Analyse("السبت 1 نوفمبر 2025\nاعتمد مجلس الأمن الدولي، مساء أمس الجمعة، القرار 2797 الذي يدعم مقترح الحكم الذاتي، مع امتناع روسيا والصين عن التصويت.\n",
                        "الجمعة 31 أكتوبر 2025\nوكان مجلس الأمن قد صادق على القرار اليوم بأغلبية 11 صوتا، مجددا دعمه لمبادرة الحكم الذاتي.\n");
        var backing = Assert.Single(c.Events, e => e.Cameo == "051");
        Assert.Equal(new[] { "rasd:org:unsc" }, backing.SourceActors);
        Assert.Empty(backing.TargetActors);
        Assert.Equal(2, backing.Mentions.Select(m => m.Document).Distinct().Count());
    }

    [Fact]
    public void A_warning_of_a_response_threatens_the_one_just_addressed_and_a_threat_by_nobody_is_no_event()
    {
        var c = Analyse("الثلاثاء 15 أبريل 2025\nودعا وزير الخارجية الفرنسي جان نويل بارو أمس الاثنين السلطات الجزائرية إلى التراجع عن قرارها، محذرا من أن باريس لن يكون أمامها من خيار سوى الرد فورا.\n");
        var threat = Assert.Single(c.Events, e => e.Cameo == "130");
        Assert.Contains(threat.TargetActors, t => t is "rasd:government:DZA" or "Q262");
        c = Analyse("الثلاثاء 15 أبريل 2025\nوبحسب مصادر دبلوماسية، فإن التصعيد الأخير يهدد بنسف التقارب بين البلدين.\n");
        Assert.DoesNotContain(c.Events, e => e.Plover == "THREATEN");
    }

    [Fact]
    public void The_one_a_visit_is_to_meet_is_its_host_too()
    {
        var c = Analyse("السبت 16 أغسطس 2025\nوأعلن الرئيس الأوكراني فولوديمير زيلينسكي اليوم السبت أنه سيتوجه إلى واشنطن يوم الاثنين للقاء الرئيس ترامب في البيت الأبيض.\n");
        var trip = Assert.Single(c.Events, e => e.Cameo == "042");
        Assert.Equal(new[] { "rasd:person:volodymyr-zelensky" }, trip.SourceActors);
        Assert.Contains("Q22686", trip.TargetActors);
        Assert.Equal(Modality.Future, trip.Modality);
        Assert.DoesNotContain(c.Events, e => e.SourceActors.Contains("rasd:government:USA"));
    }
}
