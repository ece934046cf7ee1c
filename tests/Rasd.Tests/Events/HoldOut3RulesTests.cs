using Rasd.Actors;
using Rasd.Events;
using Rasd.Model;
using Rasd.Stories;
using static Rasd.Tests.Events.Ids;
using static Rasd.Tests.Events.CorpusKit;

namespace Rasd.Tests.Events;

/// <summary>General rules found on the misses of the third blind held-out set (tests/Rasd.Tests/Events/holdout3).</summary>
public class HoldOut3RulesTests
{
    private const string Rubio = "rasd:person:marco-rubio";
    private const string Lavrov = "rasd:person:sergey-lavrov";
    private const string Riyadh = "Q3692";

    private static List<EventMention> Run(Document doc) => Extraction.Run(doc);

    [Fact]
    public void Talks_between_two_delegations_put_each_head_on_the_side_of_his_country()
    {
        var doc = new DocBuilder("استضافت المملكة اليوم في الرياض محادثات بين وفد الولايات المتحدة برئاسة ماركو روبيو ووفد روسيا برئاسة سيرغي لافروف.")
            .Entity("الرياض", Riyadh, EntityType.Location).Entity("الولايات المتحدة", Usa, EntityType.Country).Entity("ماركو روبيو", Rubio)
            .Entity("روسيا", Russia, EntityType.Country).Entity("سيرغي لافروف", Lavrov).Build();
        var e = Assert.Single(Run(doc), x => EventFamilies.Of(x.Cameo) == "consult");
        Assert.Equal(new[] { Usa, Rubio }, e.SourceActors);
        Assert.Equal(new[] { Russia, Lavrov }, e.TargetActors);
    }

    [Fact]
    public void A_pair_named_by_no_actor_leaves_the_parties_to_the_subject_and_a_place_past_since_is_not_where()
    {
        var doc = new DocBuilder("عقد وزير الخارجية الأمريكي ماركو روبيو ونظيره الروسي سيرغي لافروف الثلاثاء في الرياض محادثات هي الأرفع مستوى بين البلدين منذ اندلاع الحرب في أوكرانيا.")
            .Entity("وزير الخارجية الأمريكي", Rubio).Entity("ماركو روبيو", Rubio).Entity("نظيره الروسي", Lavrov).Entity("سيرغي لافروف", Lavrov)
            .Entity("الرياض", Riyadh, EntityType.Location).Entity("أوكرانيا", Ukraine, EntityType.Country).Build();
        var e = Assert.Single(Run(doc), x => EventFamilies.Of(x.Cameo) == "consult");
        Assert.Equal(new[] { Rubio }, e.SourceActors);
        Assert.Equal(new[] { Lavrov }, e.TargetActors);
        Assert.Equal(Riyadh, e.Location);
    }

    [Fact]
    public void The_subject_of_a_light_verb_after_the_noun_is_its_source_and_an_earlier_call_stays_apart_from_the_meeting()
    {
        var doc = new DocBuilder(
                "والتقى روبيو لافروف في الرياض.",
                "ويأتي الاجتماع بعد أيام من مكالمة هاتفية أجراها الرئيس الأمريكي دونالد ترامب مع نظيره الروسي فلاديمير بوتين.")
            .Entity("روبيو", Rubio).Entity("لافروف", Lavrov).Entity("الرياض", Riyadh, EntityType.Location)
            .Entity("الرئيس الأمريكي دونالد ترامب", Trump).Entity("نظيره الروسي فلاديمير بوتين", Putin).Build();
        var events = Run(doc);
        var call = Assert.Single(events, x => x.Cameo == "041");
        Assert.Equal(new[] { Trump }, call.SourceActors);
        Assert.Equal(new[] { Putin }, call.TargetActors);
        // The meeting referred back to keeps its own code and parties.
        Assert.DoesNotContain(events, x => x.Cameo == "041" && x.SourceActors.Contains(Rubio));
    }

    [Theory]
    [InlineData("وصف لافروف المحادثات التي أجراها في الرياض مع روبيو بأنها مفيدة.", true)]
    [InlineData("وقال لافروف بعد المحادثات مع روبيو إن الجانبين اتفقا على تعيين فريقين للتفاوض.", true)]
    // What the verb itself states is the act: the offer, not a statement besides it.
    [InlineData("وأكد لافروف استعداد بلاده لتقديم المساعدات الإنسانية للشعب السوري.", false)]
    public void A_person_who_speaks_of_what_he_took_part_in_makes_a_statement(string text, bool statement)
    {
        var doc = new DocBuilder("التقى لافروف روبيو في الرياض.", text).EntityAll("لافروف", Lavrov).EntityAll("روبيو", Rubio)
            .Entity("الرياض", Riyadh, EntityType.Location).Build();
        var events = Run(doc);
        Assert.Equal(statement, events.Any(e => e.Cameo == "010" && e.SourceActors.SequenceEqual(new[] { Lavrov })));
    }

    [Fact]
    public void A_statement_is_dated_by_its_own_words_not_by_what_it_speaks_of()
    {
        var doc = new DocBuilder("قال لافروف أمس إن موسكو تأمل أن يشارك الشرع في القمة المقررة في 15 تشرين الأول المقبل.")
            .Entity("لافروف", Lavrov).Entity("الشرع", Sharaa)
            .Time("أمس", Day(2025, 7, 30)).Time("15 تشرين الأول", Day(2025, 10, 15)).Build();
        var s = Assert.Single(Run(doc), e => e.Cameo == "010");
        Assert.Equal("2025-07-30", s.Date.Iso);
        var undated = new DocBuilder("وقال لافروف إن موسكو تأمل أن يشارك الشرع في القمة المقررة في 15 تشرين الأول المقبل.")
            .Entity("لافروف", Lavrov).Entity("الشرع", Sharaa).Time("15 تشرين الأول", Day(2025, 10, 15)).Build();
        Assert.NotEqual("2025-10-15", Assert.Single(Run(undated), e => e.Cameo == "010").Date.Iso);
    }


    [Fact]
    public void A_verb_right_after_an_attack_noun_describes_that_attack()
    {
        var doc = new DocBuilder("شنت إسرائيل فجر اليوم هجوماً واسعاً على إيران استهدف منشآت نووية في عملية أطلقت عليها اسم الأسد الصاعد.")
            .Entity("إسرائيل", Israel, EntityType.Country).Entity("إيران", Iran, EntityType.Country).Build();
        var e = Assert.Single(Run(doc), x => EventFamilies.Of(x.Cameo) == "force");
        Assert.Equal(new[] { Israel }, e.SourceActors);
        Assert.Equal(new[] { Iran }, e.TargetActors);
    }

    [Theory]
    [InlineData("أدانت السعودية الاعتداءات الإسرائيلية التي استهدفت إيران.", true)]
    [InlineData("وطالب الأمنيون بسن قانون يحميهم أمام تكرر الاعتداءات عليهم.", false)]
    [InlineData("واعتبر الأهالي هذا الأمر اعتداء على الطبيعة.", false)]
    public void Aggression_is_an_event_only_when_a_state_commits_it(string text, bool attack)
    {
        var doc = new DocBuilder(text).Entity("السعودية", "Q851", EntityType.Country).Entity("إيران", Iran, EntityType.Country).Build();
        Assert.Equal(attack, Run(doc).Any(x => EventFamilies.Of(x.Cameo) == "force" && x.SourceActors.Contains(Israel)));
        if (!attack) Assert.DoesNotContain(Run(doc), x => EventFamilies.Of(x.Cameo) == "force");
    }

    [Fact]
    public void An_attack_noun_is_not_committed_by_the_subject_of_another_verb()
    {
        var doc = new DocBuilder("كشفت الشرطة البريطانية هوية منفذي هجمات لندن.")
            .Entity("الشرطة البريطانية", "rasd:government:GBR", EntityType.Organization).Build();
        Assert.All(Run(doc).Where(x => EventFamilies.Of(x.Cameo) == "force"), x => Assert.Empty(x.SourceActors));
    }

    [Fact]
    public void Media_named_by_no_outlet_are_an_unnamed_source_not_the_next_name()
    {
        var doc = new DocBuilder("وأكدت وسائل إعلام إيرانية رسمية مقتل القائد العام للحرس الثوري حسين سلامي.")
            .Entity("حسين سلامي", "rasd:person:hossein-salami").Build();
        Assert.DoesNotContain(Run(doc), x => x.Cameo == "010" && x.SourceActors.Contains("rasd:person:hossein-salami"));
    }

    [Fact]
    public void A_recent_recalled_event_keeps_its_own_date_and_lends_it_to_no_later_report()
    {
        var doc = new DocBuilder(
                "وكان الحرس الثوري قد أطلق أمس الاثنين صواريخ على قاعدة العديد في قطر.",
                "وقبل ذلك بأشهر كان الحرس الثوري قد أطلق في أبريل صواريخ على إسرائيل.")
            .Entity("الحرس الثوري", "rasd:army:IRN", EntityType.Organization).Entity("قطر", "Q846", EntityType.Country).Entity("إسرائيل", Israel, EntityType.Country)
            .Time("أمس الاثنين", Day(2025, 6, 23), background: true).Time("في أبريل", DateValue.OfMonth(2025, 4, "relative"), background: true)
            .Published(Day(2025, 6, 24)).Build();
        var events = Run(doc);
        Assert.Equal("2025-06-23", Assert.Single(events, e => e.TargetActors.Contains("Q846")).Date.Iso);
        // Months before the report, a recalled event is background, dated by its own month and by nothing else of this
        // report (coreference keeps it only as a reference to an event reported elsewhere).
        var april = Assert.Single(events, e => e.TargetActors.Contains(Israel));
        Assert.True(april.Background);
        Assert.NotEqual("2025-06-23", april.Date.Iso);
        Assert.NotEqual("2025-06-24", april.Date.Iso);
    }

    [Fact]
    public void A_statements_own_time_follows_its_verb()
    {
        var doc = new DocBuilder("دخل وقف إطلاق النار حيز التنفيذ صباح اليوم الثلاثاء، بعد أن أعلن ترامب مساء الاثنين أن البلدين اتفقا على وقف كامل.")
            .Entity("ترامب", Trump).Time("صباح اليوم الثلاثاء", Day(2025, 6, 24)).Time("مساء الاثنين", Day(2025, 6, 23)).Build();
        Assert.Equal("2025-06-23", Assert.Single(Run(doc), e => e.Cameo == "010").Date.Iso);
    }

    private const string Abdi = "rasd:person:mazloum-abdi";

    [Fact]
    public void A_signing_reads_its_context_past_brackets_and_the_title_of_the_other_side_keeps_its_organisation_out()
    {
        var doc = new DocBuilder("وقّع الرئيس السوري أحمد الشرع، أمس (الاثنين)، مع قائد «قوات سوريا الديمقراطية» (قسد) مظلوم عبدي، اتفاقاً لدمج المؤسسات.")
            .Entity("أحمد الشرع", Sharaa).Entity("قوات سوريا الديمقراطية", "rasd:org:sdf", EntityType.Organization)
            .Entity("قسد", "rasd:org:sdf", EntityType.Organization).Entity("مظلوم عبدي", Abdi).Build();
        var e = Assert.Single(Run(doc), x => x.Cameo == "057");
        Assert.Equal(new[] { Sharaa }, e.SourceActors);
        Assert.Equal(new[] { Abdi }, e.TargetActors);
    }

    [Fact]
    public void Two_signatories_named_together_are_the_two_sides_and_a_relative_clause_finds_its_agreement_before_it()
    {
        var together = new DocBuilder("ووقع الشرع وعبدي اليوم في دمشق اتفاقاً لدمج المؤسسات.").Entity("الشرع", Sharaa).Entity("عبدي", Abdi).Build();
        var e = Assert.Single(Run(together), x => x.Cameo == "057");
        Assert.Equal(new[] { Sharaa }, e.SourceActors);
        Assert.Equal(new[] { Abdi }, e.TargetActors);
        var relative = new DocBuilder("قال عبدي إن الاتفاق الذي وقعه اليوم في دمشق مع الشرع يشكل فرصة حقيقية.").EntityAll("عبدي", Abdi).Entity("الشرع", Sharaa).Build();
        var r = Assert.Single(Run(relative), x => x.Cameo == "057");
        Assert.Equal(new[] { Abdi }, r.SourceActors);
        Assert.Equal(new[] { Sharaa }, r.TargetActors);
    }

    [Fact]
    public void A_signed_agreement_is_one_event_whichever_side_a_report_names_first()
    {
        var corpus = new Corpus();
        Link(corpus, new DocBuilder("ووقع الشرع مع عبدي في 10 آذار 2025 اتفاقاً لدمج المؤسسات.").Entity("الشرع", Sharaa).Entity("عبدي", Abdi)
            .Time("10 آذار 2025", Day(2025, 3, 10)).Outlet("a").Build("a.txt"));
        Link(corpus, new DocBuilder("ووقع عبدي مع الشرع في 10 آذار 2025 اتفاقاً لدمج المؤسسات.").Entity("الشرع", Sharaa).Entity("عبدي", Abdi)
            .Time("10 آذار 2025", Day(2025, 3, 10)).Outlet("b").Build("b.txt"));
        Assert.Equal(2, Assert.Single(corpus.Events, e => e.Cameo == "057").Documents);
    }

    private const string Aoun = "rasd:person:joseph-aoun";
    private const string Berri = "rasd:person:nabih-berri";
    private const string Salam = "rasd:person:nawaf-salam";
    private const string Mikati = "rasd:person:najib-mikati";

    [Fact]
    public void A_host_receives_both_guests_named_together()
    {
        var doc = new DocBuilder("واستقبل الرئيس جوزاف عون في قصر بعبدا رئيس مجلس النواب نبيه بري والرئيس المكلف نواف سلام.")
            .Entity("جوزاف عون", Aoun).Entity("نبيه بري", Berri).Entity("نواف سلام", Salam).Build();
        var e = Assert.Single(Run(doc), x => x.Cameo == "043");
        Assert.Equal(new[] { Aoun }, e.SourceActors);
        Assert.Equal(new[] { Berri, Salam }, e.TargetActors);
    }

    [Fact]
    public void A_meeting_at_home_is_hosted_by_the_first_named_and_his_guests_are_the_others_of_it()
    {
        var doc = new DocBuilder(
                "وعقد اجتماع في قصر بعبدا بين رئيس الجمهورية جوزاف عون ورئيس مجلس النواب نبيه بري.",
                "واستقبل عون ضيفه، ثم وقع مراسيم تشكيل الحكومة لتخلف حكومة تصريف الأعمال برئاسة نجيب ميقاتي.")
            .Entity("جوزاف عون", Aoun).Entity("نبيه بري", Berri).Entity("عون", Aoun, nth: 1).Entity("نجيب ميقاتي", Mikati)
            .Entity("قصر بعبدا", "rasd:presidency:LBN", EntityType.Organization).Build();
        var events = Run(doc);
        Assert.DoesNotContain(events, x => x.Cameo == "042");
        Assert.All(events.Where(x => x.Cameo == "043"), x => Assert.DoesNotContain(Mikati, x.TargetActors));
        Assert.Contains(events, x => x.Cameo == "043" && x.SourceActors.Contains(Aoun) && x.TargetActors.Contains(Berri));
    }

    private const string SudanArmy = "rasd:army:SDN";
    private const string Rsf = "rasd:group:rsf";
    private const string Khartoum = "rasd:loc:khartoum";

    [Theory]
    [InlineData("أعلن الجيش السوداني أمس الجمعة استعادة السيطرة على القصر الرئاسي في وسط الخرطوم من قوات الدعم السريع.", true)]
    // The battles before it are an event of their own, which ends the seizure's clause: no target.
    [InlineData("وبسط الجيش السوداني سيطرته الكاملة على القصر الجمهوري في وسط الخرطوم بعد معارك مع قوات الدعم السريع.", false)]
    public void Taking_a_place_by_force_is_an_event_of_the_forces_that_take_it_and_the_place_after_in_is_where(string text, bool target)
    {
        var doc = new DocBuilder(text).Entity("الجيش السوداني", SudanArmy, EntityType.Organization)
            .Entity("الخرطوم", Khartoum, EntityType.Location).Entity("قوات الدعم السريع", Rsf, EntityType.Group).Build();
        var e = Assert.Single(Run(doc), x => x.Cameo == "192");
        Assert.Equal(new[] { SudanArmy }, e.SourceActors);
        Assert.Equal(target ? new[] { Rsf } : [], e.TargetActors);
        Assert.Equal(Khartoum, e.Location);
    }

    [Fact]
    public void Restoring_confidence_or_control_of_prices_is_no_seizure()
    {
        var doc = new DocBuilder("وقال الوزير إن الحكومة تسعى إلى استعادة ثقة المواطنين والسيطرة على الأسعار.").Build();
        Assert.DoesNotContain(Run(doc), x => EventFamilies.Of(x.Cameo) == "force");
    }

    private const string WhiteHouse = "rasd:presidency:USA";
    private const string Treasury = "rasd:org:us-treasury";

    [Fact]
    public void A_seat_of_power_after_ila_is_where_the_visitor_goes()
    {
        var doc = new DocBuilder("السيد الرئيس أحمد الشرع يصل إلى البيت الأبيض في العاصمة الأمريكية واشنطن.")
            .Entity("أحمد الشرع", Sharaa).Entity("البيت الأبيض", WhiteHouse, EntityType.Organization).Build();
        var e = Assert.Single(Run(doc), x => x.Cameo == "042");
        Assert.Equal(new[] { Sharaa }, e.SourceActors);
        Assert.Contains(WhiteHouse, e.TargetActors);
    }

    [Theory]
    [InlineData("وأعلنت وزارة الخزانة الأمريكية تعليق العمل بعقوبات \"قانون قيصر\" على سوريا.")]
    [InlineData("وأعلنت وزارة الخزانة الأمريكية تعليق عقوبات قيصر على سوريا.")]
    public void A_law_or_sanctions_named_after_someone_name_no_party(string text)
    {
        var doc = new DocBuilder(text).Entity("وزارة الخزانة الأمريكية", Treasury, EntityType.Organization).Entity("سوريا", Syria, EntityType.Country).Build();
        doc.Entities.Add(new EntityMention { Span = new Span(text.IndexOf("قيصر"), text.IndexOf("قيصر") + 4), Text = "قيصر", Type = EntityType.Person, EntityId = "rasd:قيصر", Source = "ner" });
        doc.Entities.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var e = Assert.Single(Run(doc), x => x.Cameo == "085");
        Assert.Equal(new[] { Syria }, e.TargetActors);
    }

    [Fact]
    public void What_a_report_comes_after_is_background()
    {
        var doc = new DocBuilder("وتأتي الزيارة بعد أيام من تصويت مجلس الأمن على رفع اسم الشرع من قائمة العقوبات.")
            .Entity("مجلس الأمن", "rasd:org:unsc", EntityType.Organization).Entity("الشرع", Sharaa).Build();
        Assert.All(Run(doc), e => Assert.True(e.Background || EventFamilies.Of(e.Cameo) == "consult" && !e.SourceActors.Contains("rasd:org:unsc")));
    }

    [Fact]
    public void Praise_of_ones_guest_is_praise_of_the_visitor()
    {
        var doc = new DocBuilder("استقبل ترامب الشرع في البيت الأبيض.", "وأشاد ترامب بعده بضيفه ووصفه بالقائد القوي.")
            .EntityAll("ترامب", Trump).Entity("الشرع", Sharaa).Entity("البيت الأبيض", WhiteHouse, EntityType.Organization).Build();
        var e = Assert.Single(Run(doc), x => x.Cameo == "051");
        Assert.Equal(new[] { Sharaa }, e.TargetActors);
    }

    private const string Katz = "rasd:person:israel-katz";
    private const string Netanyahu = "rasd:person:benjamin-netanyahu";

    [Fact]
    public void A_joined_verb_of_saying_keeps_the_sentences_subject()
    {
        var doc = new DocBuilder("وأعلن مكتب نتنياهو أن إسرائيل وافقت على الاقتراح.", "لكن وزير الدفاع يسرائيل كاتس اتهم طهران بخرق الاتفاق، وقال إنه أوعز للجيش بالرد بقوة.")
            .Entity("نتنياهو", Netanyahu).Entity("إسرائيل", Israel, EntityType.Country).Entity("يسرائيل كاتس", Katz)
            .Entity("طهران", "rasd:loc:tehran", EntityType.Location).Build();
        var e = Assert.Single(Run(doc), x => x.Plover == "ACCUSE");
        Assert.Equal(Katz, e.Attribution);
    }

    [Fact]
    public void The_same_day_is_the_day_just_spoken_of()
    {
        var doc = new DocBuilder("جرى أمس الأربعاء اتصال هاتفي بين بوتين وترامب.", "وفي اليوم نفسه، تلقى الشرع اتصالاً هاتفياً من بوتين.")
            .EntityAll("بوتين", Putin).Entity("ترامب", Trump).Entity("الشرع", Sharaa)
            .Time("أمس الأربعاء", Day(2025, 2, 12)).Published(Day(2025, 2, 13)).Build();
        var call = Assert.Single(Run(doc), x => x.Cameo == "041" && x.TargetActors.Contains(Sharaa));
        Assert.Equal("2025-02-12", call.Date.Iso);
    }

    [Fact]
    public void A_response_and_the_aggression_it_answers_are_two_attacks_each_by_its_own_agent()
    {
        var doc = new DocBuilder("أعلن حرس الثورة الإسلامية أنه شن ليل أمس هجمات صاروخية على أهداف عسكرية، رداً على العدوان الذي شنه الكيان الصهيوني فجر الجمعة على مواقع نووية في إيران.")
            .Entity("حرس الثورة الإسلامية", "rasd:group:irgc", EntityType.Organization).Entity("الكيان الصهيوني", Israel, EntityType.Country)
            .Entity("إيران", Iran, EntityType.Country).Build();
        var force = Run(doc).Where(x => EventFamilies.Of(x.Cameo) == "force").ToList();
        Assert.Contains(force, x => x.SourceActors.SequenceEqual(new[] { "rasd:group:irgc" }) && !x.TargetActors.Contains(Iran));
        Assert.Contains(force, x => x.SourceActors.SequenceEqual(new[] { Israel }) && x.Background);
    }

    [Fact]
    public void Names_of_israel_in_iranian_and_resistance_media_are_israel()
    {
        var d = Rasd.Actors.ActorDictionary.Default;
        Assert.Equal(Israel, d.ResolveId("الكيان الصهيوني"));
        Assert.Equal(Israel, d.ResolveId("العدو الإسرائيلي"));
    }

    [Theory]
    [InlineData("حطت طائرة الرئيس الأمريكي دونالد ترامب أمس في مطار بن غوريون.", "مطار بن غوريون")]
    [InlineData("استنكر الأهالي إزالة أشجار من شارع فرحات حشاد.", "فرحات حشاد")]
    public void A_place_named_after_someone_names_no_party(string text, string name)
    {
        var doc = new DocBuilder(text).Entity("الرئيس الأمريكي دونالد ترامب", Trump).Build();
        doc.Entities.Add(new EntityMention { Span = new Span(text.IndexOf(name), text.IndexOf(name) + name.Length), Text = name, Type = EntityType.Person, EntityId = "rasd:" + name, Source = "ner" });
        doc.Entities.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        Assert.All(Run(doc), e => Assert.DoesNotContain("rasd:" + name, e.SourceActors.Concat(e.TargetActors)));
        if (name.StartsWith("مطار")) Assert.Equal(new[] { Trump }, Assert.Single(Run(doc), e => e.Cameo == "042").SourceActors);
    }

    [Fact]
    public void Who_condemns_it_too_condemns_the_one_just_condemned()
    {
        var doc = new DocBuilder("وأدانت قطر الهجوم الإيراني على أراضيها، كما أدانته السعودية أمس وعبرت عن تضامنها مع الدوحة.")
            .Entity("قطر", "Q846", EntityType.Country).Entity("السعودية", "Q851", EntityType.Country).Entity("الدوحة", "Q3861", EntityType.Location).Build();
        var saudi = Assert.Single(Run(doc), x => x.Plover == "ACCUSE" && x.SourceActors.Contains("Q851"));
        Assert.Equal(new[] { Iran }, saudi.TargetActors);
    }

    [Fact]
    public void A_verb_of_saying_inside_a_sentence_speaks_for_its_subject()
    {
        var doc = new DocBuilder("وقال كاتس إن الجيش سيرد.", "وكان الحرس الثوري قد أطلق أمس صواريخ على قاعدة العديد في هجوم قال إنه رد على الضربات الأمريكية.")
            .Entity("كاتس", Katz).Entity("الحرس الثوري", "rasd:group:irgc", EntityType.Organization).Build();
        var attack = Assert.Single(Run(doc), x => x.SourceActors.Contains("rasd:group:irgc"));
        Assert.Equal("rasd:group:irgc", attack.Attribution);
    }

    private const string Medinsky = "rasd:person:vladimir-medinsky";
    private const string Umerov = "rasd:person:rustem-umerov";

    [Fact]
    public void Talks_during_whose_round_something_is_agreed_are_an_event_of_their_own()
    {
        var doc = new DocBuilder("وأعلن ميدينسكي أن موسكو وكييف اتفقتا خلال جولة المفاوضات المباشرة التي جرت اليوم في إسطنبول على تبادل ألف أسير.")
            .Entity("ميدينسكي", Medinsky).Entity("موسكو", "Q649", EntityType.Location).Entity("كييف", "Q1899", EntityType.Location)
            .Entity("إسطنبول", "rasd:loc:istanbul", EntityType.Location).Build();
        var events = Run(doc);
        Assert.Contains(events, x => x.Cameo == "046");
        Assert.Contains(events, x => x.Cameo == "0353");
    }

    [Fact]
    public void Each_sides_report_of_talks_held_in_one_place_on_one_day_is_one_event()
    {
        var corpus = new Corpus();
        Link(corpus, new DocBuilder("وأجرى ميدينسكي في 16 أيار 2025 جولة من مفاوضات إسطنبول.").EntityAll("ميدينسكي", Medinsky)
            .Entity("إسطنبول", "rasd:loc:istanbul", EntityType.Location).Time("16 أيار 2025", Day(2025, 5, 16)).Outlet("a").Build("a.txt"));
        Link(corpus, new DocBuilder("وقال عمروف، الذي ترأس وفد بلاده إلى محادثات إسطنبول في 16 أيار 2025، إن الوفد اقترح وقفاً لإطلاق النار.").EntityAll("عمروف", Umerov)
            .Entity("إسطنبول", "rasd:loc:istanbul", EntityType.Location).Time("16 أيار 2025", Day(2025, 5, 16)).Outlet("b").Build("b.txt"));
        var talks = Assert.Single(corpus.Events, e => EventFamilies.Of(e.Cameo) == "consult");
        Assert.Equal(2, talks.Documents);
        Assert.Equal("rasd:loc:istanbul", talks.Location);
    }

    [Fact]
    public void An_exchange_of_prisoners_is_one_event_whichever_side_a_report_names_first()
    {
        var corpus = new Corpus();
        Link(corpus, new DocBuilder("واتفقت روسيا مع أوكرانيا في 16 أيار 2025 على تبادل ألف أسير.").Entity("روسيا", Russia, EntityType.Country)
            .Entity("أوكرانيا", Ukraine, EntityType.Country).Time("16 أيار 2025", Day(2025, 5, 16)).Outlet("a").Build("a.txt"));
        Link(corpus, new DocBuilder("واتفقت أوكرانيا مع روسيا في 16 أيار 2025 على تبادل ألف أسير.").Entity("روسيا", Russia, EntityType.Country)
            .Entity("أوكرانيا", Ukraine, EntityType.Country).Time("16 أيار 2025", Day(2025, 5, 16)).Outlet("b").Build("b.txt"));
        Assert.Equal(2, Assert.Single(corpus.Events, e => e.Cameo == "0353").Documents);
    }

    private const string Tunisia = "Q948";
    private const string Imf = "rasd:org:imf";
    private const string Levy = "rasd:person:bernard-henri-levy";

    [Fact]
    public void Visits_of_two_visitors_to_one_host_stay_two_events()
    {
        var corpus = new Corpus();
        Link(corpus, new DocBuilder("وتواصل بعثة صندوق النقد الدولي زيارتها إلى تونس هذا الشهر.").Entity("صندوق النقد الدولي", Imf, EntityType.Organization)
            .Entity("تونس", Tunisia, EntityType.Country).Time("هذا الشهر", DateValue.OfMonth(2017, 4, "relative")).Outlet("a").Build("a.txt"));
        Link(corpus, new DocBuilder("وكان ليفي قد زار تونس هذا الشهر.").Entity("ليفي", Levy).Entity("تونس", Tunisia, EntityType.Country)
            .Time("هذا الشهر", DateValue.OfMonth(2017, 4, "relative")).Published(Day(2017, 4, 20)).Outlet("b").Build("b.txt"));
        Assert.Equal(2, corpus.Events.Count(e => e.Cameo == "042"));
    }

    [Fact]
    public void A_visit_with_only_its_host_or_only_a_year_joins_no_other_documents_visit()
    {
        var corpus = new Corpus();
        Link(corpus, new DocBuilder("وزار ليفي تونس في 5 أبريل 2017.").Entity("ليفي", Levy).Entity("تونس", Tunisia, EntityType.Country)
            .Time("5 أبريل 2017", Day(2017, 4, 5)).Outlet("a").Build("a.txt"));
        Link(corpus, new DocBuilder("وجرت زيارة إلى تونس في 5 أبريل 2017.").Entity("تونس", Tunisia, EntityType.Country)
            .Time("5 أبريل 2017", Day(2017, 4, 5)).Outlet("b").Build("b.txt"));
        Link(corpus, new DocBuilder("وقد زار ليفي المنطقة مرات هذا العام.").Entity("ليفي", Levy)
            .Time("هذا العام", DateValue.OfYear(2017, "relative")).Outlet("c").Build("c.txt"));
        var first = Assert.Single(corpus.Events, e => e.Mentions.Any(m => m.Outlet == "a"));
        Assert.Equal(1, first.Documents);
    }
}

public class TitleNameLinkTests
{
    [Fact]
    public void A_name_after_a_title_that_begins_its_holders_name_is_the_holder()
    {
        var doc = new Document("قال العاهل الأردني الملك عبد الله في البيت الأبيض إن الأردن سيستقبل أطفالا مرضى. وقال الملك عبد الله للصحفيين إن بلاده ترفض التهجير.",
            new DocumentMeta { Source = "test", Published = DateValue.OfDay(new DateOnly(2025, 2, 11), "metadata") });
        new ActorsStage().Process(doc);
        var names = doc.Entities.Where(m => m.Text == "عبد الله").ToList();
        Assert.NotEmpty(names);
        Assert.All(names, m => Assert.Equal("rasd:person:abdullah-ii", m.EntityId));
    }
}
