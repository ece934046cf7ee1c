using Rasd.Events;
using Rasd.Model;

namespace Rasd.Tests.Events;

/// <summary>The rules of stop 36, through the whole pipeline.</summary>
public class Round36PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    [Fact]
    public void People_declared_unwelcome_are_expelled_by_the_government_that_declares_it_on_the_day_it_says()
    {
        // a page three weeks after the declaration, which its sentence dates after the speaker
        var c = Analyse("الجمعة 1 أغسطس 2025\nقراءة في أزمة الوفد الأوروبي\n"
                        + "أعلنت الحكومة المكلفة من البرلمان، يوم الثلاثاء 8 يوليو 2025، أن وزير الداخلية الإيطالي ماتيو بيانتيدوسي ووزير الهجرة اليوناني ثانوس بليفريس أشخاص غير مرغوب فيهم.\n");
        var expulsion = Assert.Single(c.Events, e => e.Cameo == "174");
        Assert.Equal(new[] { "rasd:hor-government:LBY" }, expulsion.SourceActors);
        // every one the clause of "أن" names
        Assert.Equal(2, expulsion.TargetActors.Count);
        Assert.Equal("2025-07-08", expulsion.Date.Iso);
    }

    [Fact]
    public void The_authorities_in_a_part_of_a_country_act_for_it_and_expelling_a_delegation_is_an_expulsion()
    {
        var c = Analyse("الأربعاء 9 يوليو 2025\nطرابلس - وكالات\nطردت السلطات في شرق ليبيا أمس الثلاثاء وفداً أوروبياً يضم وزير الداخلية الإيطالي ماتيو بيانتيدوسي.\n");
        var expulsion = Assert.Single(c.Events, e => e.Cameo == "174");
        Assert.Equal(new[] { "Q1016" }, expulsion.SourceActors);
        Assert.Equal("2025-07-08", expulsion.Date.Iso);
        Assert.Null(expulsion.Location);
    }

    [Fact]
    public void Aid_dropped_or_brought_by_convoy_is_aid_delivered_to_the_place_it_is_brought_to()
    {
        var c = Analyse("الأحد 27 يوليو 2025\nقوافل الهلال الأحمر المصري تتحرك نحو غزة\nعمّان - وكالات\n"
                        + "نفذ الأردن والإمارات اليوم عمليات إنزال جوي لمساعدات غذائية فوق مناطق عدة في قطاع غزة.\n"
                        + "وفي السياق ذاته، نفذت القوات المسلحة الأردنية عمليات إنزال جوي جديدة لمساعدات فوق القطاع.\n");
        var airdrops = c.Events.Where(e => e.Cameo == "073" && e.SourceActors.Contains("Q810")).ToList();
        var airdrop = Assert.Single(airdrops);
        // states joined before the aid give it together; the place it is dropped over receives it ("فوق القطاع": the strip named before)
        Assert.Contains("Q878", airdrop.SourceActors);
        Assert.Equal(new[] { "rasd:loc:gaza" }, airdrop.TargetActors);
        Assert.Equal(2, airdrop.Mentions.Count);
        // the headline of another's convoy is a report of its own, by whom the convoys are of
        var convoy = Assert.Single(c.Events, e => e.Cameo == "073" && e.SourceActors.Contains("rasd:org:egyptian-red-crescent"));
        Assert.Equal(new[] { "rasd:loc:gaza" }, convoy.TargetActors);
    }

    [Fact]
    public void A_title_beside_its_holders_name_is_that_holders_and_the_two_ministers_meet_and_agree_to_meet_again()
    {
        var c = Analyse("الخميس 27 مارس 2025\nجدة - وكالات\n"
                        + "بحضور الأمير خالد بن سلمان وزير الدفاع، عقد وزير الدفاع الوطني في الجمهورية اللبنانية ميشال منسى ووزير الدفاع في الجمهورية العربية السورية مرهف أبو قصرة اجتماعاً في جدة اليوم.\n"
                        + "واتفق الجانبان على عقد اجتماع متابعة في المملكة العربية السعودية خلال الفترة المقبلة.\n");
        // each "وزير الدفاع" is the minister named beside it, not the one the document names most
        var meeting = Assert.Single(c.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal(new[] { "rasd:person:michel-menassa" }, meeting.SourceActors);
        Assert.Equal(new[] { "rasd:person:murhaf-abu-qasra" }, meeting.TargetActors);
        var again = Assert.Single(c.Events, e => e.Cameo == "036");
        Assert.Contains("rasd:person:michel-menassa", again.SourceActors.Concat(again.TargetActors));
    }

    [Fact]
    public void Refusing_and_revoking_visas_is_one_sanction_on_those_refused()
    {
        var c = Analyse("الجمعة 29 أغسطس 2025\nواشنطن - وكالات\n"
                        + "أعلنت وزارة الخارجية الأمريكية اليوم رفض منح تأشيرات لأعضاء في منظمة التحرير والسلطة الفلسطينية وإلغاء تأشيرات صادرة لآخرين.\n");
        var sanction = Assert.Single(c.Events, e => e.Cameo == "163");
        Assert.Contains("rasd:mfa:USA", sanction.SourceActors);
        Assert.Contains("rasd:org:plo", sanction.TargetActors);
        Assert.Contains("rasd:government:PSE", sanction.TargetActors);
        // lifting the visa requirement between two states is no sanction
        c = Analyse("الأربعاء 5 أبريل 2017\nتونس - وكالات\nأعلنت الحكومة التونسية اليوم إلغاء التأشيرة بين تونس والسنغال لتسهيل الأعمال بين البلدين.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "163");
    }

    [Fact]
    public void A_story_appended_under_its_headline_and_dateline_is_an_item_of_the_day_its_lead_names()
    {
        var c = Analyse("الأربعاء 21 أيار 2025 - 14:35\nعون يستقبل عباس في بعبدا\nبيروت - موقع الأرز\n"
                        + "استقبل رئيس الجمهورية العماد جوزاف عون ظهر اليوم الأربعاء في قصر بعبدا الرئيس الفلسطيني محمود عباس، الذي وصل إلى بيروت صباحاً في زيارة رسمية.\n"
                        + "وعقد الرئيسان خلوة تلتها محادثات موسعة في حضور الوفدين، تناولت أوضاع اللاجئين الفلسطينيين في لبنان والتطورات في الأراضي الفلسطينية.\n"
                        + "اقرأ أيضاً\nلبنان وسوريا يوقعان في جدة اتفاقاً لترسيم الحدود\nبيروت - موقع الأرز\n"
                        + "وقّع وزير الدفاع الوطني ميشال منسى ونظيره السوري مرهف أبو قصرة في مدينة جدة، يوم الخميس 27 آذار 2025، اتفاقاً يؤكد أهمية ترسيم الحدود بين البلدين.\n");
        var agreement = Assert.Single(c.Events, e => e.Cameo == "057");
        Assert.Equal("2025-03-27", agreement.Date.Iso);
        var visit = Assert.Single(c.Events, e => e.Cameo is "042" or "043");
        // (the appended story is an item of its own, in a story of its own)
        Assert.NotEqual(visit.Mentions[0].Item, agreement.Mentions[0].Item);
    }

    [Fact]
    public void The_palestinian_news_agency_is_the_account_it_gives()
    {
        var c = Analyse("الأربعاء 21 أيار 2025\nرام الله - وكالات\n"
                        + "وصل رئيس دولة فلسطين محمود عباس، اليوم الأربعاء، إلى العاصمة اللبنانية بيروت في زيارة رسمية، وفق ما أفادت وكالة الأنباء والمعلومات الفلسطينية (وفا).\n");
        var visit = Assert.Single(c.Events, e => e.Cameo == "042");
        Assert.Equal("rasd:media:wafa", Assert.Single(visit.Mentions).Attribution);
    }

    [Fact]
    public void Centres_to_hand_out_food_are_an_offer_of_aid_to_the_place_not_to_whom_a_later_clause_names()
    {
        var c = Analyse("الثلاثاء 29 يوليو 2025\nتونس - وكالات\n"
                        + "قال الرئيس الأمريكي دونالد ترامب، أمس الإثنين، إن الوضع في غزة صعب، معلناً أن الولايات المتحدة ستقيم مراكز لتوزيع الغذاء في القطاع، وذلك خلال لقائه رئيس الوزراء البريطاني كير ستارمر في اسكتلندا.\n");
        var offer = Assert.Single(c.Events, e => e.Cameo == "0333");
        Assert.Equal(new[] { "rasd:loc:gaza" }, offer.TargetActors);
        Assert.Equal("2025-07-28", offer.Date.Iso);
        // (consular centres opened are no aid)
        c = Analyse("الجمعة 31 مارس 2017\nتونس - وكالات\nوقال الوزير إنه سيتم فتح مراكز جديدة في سنة 2018 خاصة المراكز القنصلية وإعادة توزيع شبكتنا في فرنسا.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "0333");
    }

    [Fact]
    public void Heading_ones_delegation_to_an_assembly_is_a_visit_there_and_to_talks_it_is_not()
    {
        var c = Analyse("الجمعة 29 أغسطس 2025\nواشنطن - وكالات\n"
                        + "وكان من المقرر أن يترأس الرئيس الفلسطيني محمود عباس وفد بلاده إلى اجتماعات الجمعية العامة في نيويورك الشهر المقبل.\n");
        var trip = Assert.Single(c.Events, e => e.Cameo == "042");
        Assert.Equal(new[] { "rasd:person:mahmoud-abbas" }, trip.SourceActors);
        Assert.Equal(Modality.Planned, trip.Modality);
        c = Analyse("السبت 17 مايو 2025\nكييف - وكالات\n"
                    + "قال وزير الدفاع الأوكراني رستم عمروف، الذي ترأس وفد بلاده إلى محادثات إسطنبول أمس الجمعة، إن الوفد اقترح وقفاً لإطلاق النار.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "042");
    }

    [Fact]
    public void The_morning_of_the_same_day_is_the_day_just_spoken_of_not_the_page_day()
    {
        var c = Analyse("الأربعاء 9 يوليو 2025\nبنغازي - وكالات\n"
                        + "طردت السلطات في شرق ليبيا أمس الثلاثاء وفداً أوروبياً يضم وزير الداخلية الإيطالي ماتيو بيانتيدوسي.\n"
                        + "وقالت المفوضية الأوروبية إن بيانتيدوسي بحث صباح اليوم نفسه في طرابلس مع رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة ملف الهجرة.\n");
        var talks = Assert.Single(c.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.TargetActors.Contains("rasd:person:abdul-hamid-dbeibah"));
        Assert.Equal("2025-07-08", talks.Date.Iso);
    }

    [Fact]
    public void A_conjoined_appeal_to_two_sides_joined_by_wa_is_the_speakers()
    {
        var c = Analyse("الثلاثاء 15 أبريل 2025\nلندن - وكالات\n"
                        + "وقال وزير الخارجية البريطاني ديفيد لامي في كلمته اليوم إن كثيرين تخلوا عن السودان، ودعا الجيش السوداني وقوات الدعم السريع إلى حماية المدنيين.\n");
        var appeal = Assert.Single(c.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        Assert.Equal(new[] { "rasd:person:david-lammy" }, appeal.SourceActors);
        Assert.Equal(2, appeal.TargetActors.Count);
    }

    [Fact]
    public void Pledges_to_fund_the_humanitarian_response_are_an_offer_of_aid_and_an_abbreviated_english_date_line_dates_the_page()
    {
        var c = Analyse("Tue 15 Apr 2025 | 18:20 BST\nمؤتمر لندن بشأن السودان\nلندن - وكالات\n"
                        + "وأعلن الاتحاد الأوروبي، بحسب المفوضية الأوروبية، تعهدات إضافية لتمويل الاستجابة الإنسانية في السودان.\n");
        var pledge = Assert.Single(c.Events, e => e.Cameo == "0333");
        Assert.Equal(new[] { "rasd:org:eu" }, pledge.SourceActors);
        Assert.Equal(new[] { "Q1049" }, pledge.TargetActors);
        Assert.Equal("2025-04-15", pledge.Date.Iso);
    }

    [Fact]
    public void A_countrys_warplanes_named_by_adjective_before_the_time_of_their_strike_strike_for_it()
    {
        var c = Analyse("الجمعة 2 مايو 2025\nدمشق - وكالات\n"
                        + "شنّ الطيران الحربي الإسرائيلي فجر اليوم الجمعة غارة على منطقة محاذية للقصر الرئاسي في العاصمة دمشق.\n");
        var strike = Assert.Single(c.Events, e => e.Cameo == "195");
        Assert.Equal(new[] { "Q801" }, strike.SourceActors);
    }
}
