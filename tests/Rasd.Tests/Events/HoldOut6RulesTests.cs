using Rasd.Model;
using static Rasd.Tests.Events.Ids;

namespace Rasd.Tests.Events;

/// <summary>General rules found on the misses of the sixth held-out set (tests/Rasd.Tests/Events/holdout6), after its blind runs.</summary>
public class HoldOut6RulesTests
{
    private const string Tebboune = "rasd:person:abdelmadjid-tebboune", Barrot = "rasd:person:jean-noel-barrot";
    private const string Algeria = "Q262", France = "Q142";

    [Fact]
    public void A_dateline_place_is_no_subject_a_title_and_comma_may_precede_the_host_and_the_guest_is_the_person_named()
    {
        var found = Extraction.Run(new DocBuilder("الجزائر - استقبل رئيس الجمهورية، السيد عبد المجيد تبون، اليوم الأحد، وزير الخارجية للجمهورية الفرنسية، السيد جان نويل بارو.")
            .Entity("الجزائر", Algeria, EntityType.Country).Entity("عبد المجيد تبون", Tebboune)
            .Entity("لجمهورية الفرنسية", France, EntityType.Country).Entity("جان نويل بارو", Barrot).Build());
        var hosting = Assert.Single(found, m => m.Cameo == "043");
        Assert.Equal(new[] { Tebboune }, hosting.SourceActors);
        Assert.Equal(new[] { Barrot }, hosting.TargetActors);
    }

    [Fact]
    public void An_armed_group_takes_and_storms_places_and_a_conjoined_verb_keeps_the_subject_of_the_verb_before()
    {
        const string Rsf = "rasd:group:rsf";
        var taken = Extraction.Run(new DocBuilder("أعلنت قوات الدعم السريع، الأحد، سيطرتها الكاملة على مدينة الفاشر.")
            .Entity("قوات الدعم السريع", Rsf, EntityType.Group).Build());
        Assert.Contains(taken, m => m.Cameo == "192" && m.SourceActors.SequenceEqual(new[] { Rsf }));
        var stormed = Extraction.Run(new DocBuilder("وجاء الخطاب بعد أن دخلت ميليشيا الدعم السريع مدينة الفاشر أمس واقتحمت مقر الفرقة السادسة مشاة.")
            .Entity("ميليشيا الدعم السريع", Rsf, EntityType.Group).Build());
        Assert.Contains(stormed, m => m.Cameo == "192" && m.SourceActors.SequenceEqual(new[] { Rsf }));
    }

    [Fact]
    public void Danat_is_a_condemnation_and_a_group_that_controls_a_place_takes_nothing()
    {
        const string Oic = "rasd:org:oic";
        var found = Extraction.Run(new DocBuilder("دانت منظمة التعاون الإسلامي الغارة الإسرائيلية التي استهدفت الضاحية الجنوبية لبيروت.")
            .Entity("منظمة التعاون الإسلامي", Oic, EntityType.Organization).Build());
        Assert.DoesNotContain(Extraction.Run(new DocBuilder("أعدمت حركة حماس التي تسيطر على قطاع غزة ثلاثة أشخاص.")
            .Entity("حركة حماس", "rasd:group:hamas", EntityType.Group).Build()), m => m.Cameo == "192");
        var c = Assert.Single(found, m => m.Cameo == "111");
        Assert.Equal(new[] { Oic }, c.SourceActors);
        Assert.Equal(new[] { Israel }, c.TargetActors);
    }

    [Fact]
    public void What_a_visit_comes_after_dates_the_earlier_visit_not_this_one()
    {
        const string Aoun = "rasd:person:joseph-aoun";
        var found = Extraction.Run(new DocBuilder("استقبل الرئيس إيمانويل ماكرون الرئيس جوزاف عون في قصر الإليزيه اليوم.",
                "وتأتي زيارة الرئيس عون إلى باريس بعد زيارته المملكة العربية السعودية مطلع الشهر الجاري.")
            .Entity("إيمانويل ماكرون", "rasd:person:emmanuel-macron").EntityAll("عون", Aoun).Entity("باريس", "Q90", EntityType.Location)
            .Entity("المملكة العربية السعودية", "Q851", EntityType.Country)
            .Time("اليوم", Day(2025, 3, 28)).Time("مطلع الشهر الجاري", DateValue.OfMonth(2025, 3, "relative")).Published(Day(2025, 3, 28)).Build());
        Assert.DoesNotContain(found, m => m.Cameo is "042" or "043" && m.TargetActors.Any(t => t is "Q90" or "rasd:government:FRA") && m.Date.Precision == DatePrecision.Month);
    }

    [Fact]
    public void Syrias_ministry_by_its_full_name_welcomes_and_a_waiver_of_sanctions_eases_them()
    {
        Assert.Equal("rasd:mfa:SYR", Rasd.Actors.ActorDictionary.Default.ResolveId("وزارة الخارجية والمغتربين"));
        const string Rubio = "rasd:person:marco-rubio";
        var found = Extraction.Run(new DocBuilder("وأصدر وزير الخارجية الأمريكي ماركو روبيو، الجمعة، إعفاء لمدة 180 يوما من العقوبات المفروضة على سوريا.")
            .Entity("ماركو روبيو", Rubio).Entity("سوريا", Syria, EntityType.Country).Build());
        var eased = Assert.Single(found, m => m.Cameo == "085");
        Assert.Equal(new[] { Rubio }, eased.SourceActors);
    }

    [Fact]
    public void A_reception_in_the_passive_is_hosted_by_its_agent_and_is_the_news_not_background()
    {
        var found = Extraction.Run(new DocBuilder("وأدلى بارو بتصريحه اليوم عقب استقباله من قبل الرئيس الجزائري عبد المجيد تبون في قصر المرادية.")
            .Entity("بارو", Barrot).Entity("الرئيس الجزائري عبد المجيد تبون", Tebboune)
            .Time("اليوم", Day(2025, 4, 6)).Published(Day(2025, 4, 6)).Build());
        var hosting = Assert.Single(found, m => m.Cameo == "043");
        Assert.Equal(new[] { Tebboune }, hosting.SourceActors);
        Assert.Equal(new[] { Barrot }, hosting.TargetActors);
        Assert.False(hosting.Background);
        // Without the agent it stays as it was: a reception that names no host is no hosting by the subject.
        Assert.DoesNotContain(Extraction.Run(new DocBuilder("وأدلى بارو بتصريحه اليوم عقب استقباله في قصر المرادية.")
            .Entity("بارو", Barrot).Time("اليوم", Day(2025, 4, 6)).Published(Day(2025, 4, 6)).Build()),
            m => m.Cameo == "043" && m.SourceActors.Contains(Barrot));
    }

    [Fact]
    public void Dan_condemns_only_with_what_is_condemned_and_not_as_a_brand()
    {
        const string Macron = "rasd:person:emmanuel-macron";
        var found = Extraction.Run(new DocBuilder("وخلال المؤتمر، دان الرئيس ماكرون الغارة الإسرائيلية على الضاحية الجنوبية لبيروت.")
            .Entity("ماكرون", Macron).Build());
        var c = Assert.Single(found, m => m.Cameo == "111");
        Assert.Equal(new[] { Macron }, c.SourceActors);
        Assert.Equal(new[] { Israel }, c.TargetActors);
        Assert.DoesNotContain(Extraction.Run(new DocBuilder("وقالت شركة دانون الفرنسية إن مبيعاتها ارتفعت هذا العام.").Build()), m => m.Cameo == "111");
    }

    [Fact]
    public void A_time_or_the_forces_of_a_country_may_stand_between_a_light_verb_and_its_attack_noun()
    {
        const string IsraeliArmy = "rasd:army:ISR";
        var army = Extraction.Run(new DocBuilder("وكان الجيش الإسرائيلي قد شن في وقت سابق اليوم غارة على مبنى في منطقة الحدث في الضاحية الجنوبية.")
            .Entity("الجيش الإسرائيلي", IsraeliArmy, EntityType.Organization).Entity("الضاحية الجنوبية", "rasd:loc:dahiyeh", EntityType.Location).Build());
        var strike = Assert.Single(army, m => m.Cameo == "195");
        Assert.Equal(new[] { IsraeliArmy }, strike.SourceActors);
        // where it struck, a place of another country than the attacker's, is what it struck
        Assert.Equal(new[] { "rasd:loc:dahiyeh" }, strike.TargetActors);
        Assert.Equal("rasd:loc:dahiyeh", strike.Location);
        var airForce = Extraction.Run(new DocBuilder("شن الطيران الحربي الإسرائيلي اليوم الجمعة غارة على مبنى في مدينة حلب.")
            .Entity("حلب", "rasd:loc:aleppo", EntityType.Location).Build());
        var s2 = Assert.Single(airForce, m => m.Cameo == "195");
        Assert.Equal(new[] { Israel }, s2.SourceActors);
        Assert.Equal(new[] { "rasd:loc:aleppo" }, s2.TargetActors);
        // "أعربت وزارة الخارجية عن إدانة المملكة": words other than a time between the light verb and the noun end the search
        const string Saudi = "Q851";
        var condemned = Extraction.Run(new DocBuilder("أعربت وزارة الخارجية عن إدانة المملكة العربية السعودية للاعتداءات الإسرائيلية على سوريا.")
            .Entity("المملكة العربية السعودية", Saudi, EntityType.Country).Entity("سوريا", Syria, EntityType.Country).Build());
        Assert.Contains(condemned, m => m.Cameo == "111" && m.SourceActors.SequenceEqual(new[] { Saudi }));
    }

    [Fact]
    public void A_state_does_not_strike_its_own_army()
    {
        var found = Extraction.Run(new DocBuilder("شنت إسرائيل غارة على مبنى، بعد إنذار وجهه المتحدث باسم الجيش الإسرائيلي إلى السكان.")
            .Entity("إسرائيل", Israel, EntityType.Country).Entity("الجيش الإسرائيلي", "rasd:army:ISR", EntityType.Organization).Build());
        var strike = Assert.Single(found, m => m.Cameo == "195");
        Assert.DoesNotContain("rasd:army:ISR", strike.TargetActors);
    }

    [Fact]
    public void Who_denies_denies_his_own_act_but_not_what_he_goes_on_to_affirm()
    {
        const string Hezbollah = "rasd:group:hezbollah";
        var found = Extraction.Run(new DocBuilder("ونفى حزب الله أن يكون قد أطلق الصواريخ، مؤكداً التزامه بالاتفاق مع الحكومة.")
            .Entity("حزب الله", Hezbollah, EntityType.Group).Build());
        var fire = Assert.Single(found, m => m.Cameo == "190");
        Assert.Equal(Modality.Denied, fire.Modality);
        Assert.Equal(new[] { Hezbollah }, fire.SourceActors);
        Assert.DoesNotContain(found, m => m.Cameo != "190" && m.Modality == Modality.Denied);
    }

    [Fact]
    public void The_ceasefire_in_force_is_no_new_agreement()
    {
        var found = Extraction.Run(new DocBuilder("وشدد الرئيس على ضرورة احترام وقف إطلاق النار، في أول غارة منذ دخول وقف إطلاق النار حيز التنفيذ.").Build());
        Assert.DoesNotContain(found, m => m.Cameo == "0871");
        Assert.Contains(Extraction.Run(new DocBuilder("أعلنت قطر التوصل إلى وقف إطلاق النار في غزة.").Entity("قطر", "Q846", EntityType.Country).Build()),
            m => m.Cameo == "0871");
    }

    [Theory]
    [InlineData("وقالت الوزارة إن الوفد وصل إلى باريس كما أعلن")]
    [InlineData("الرئيسية وطني دولي اقتصاد رياضة ثقافة مجتمع رأي")]
    [InlineData("قال")]
    public void A_reporting_verb_that_ends_the_text_is_read_without_looking_past_it(string text)
    {
        // Found by the seventh held-out set: a verb of saying as the last word asked about the word after it.
        var found = Extraction.Run(new DocBuilder(text).Entity("باريس", "Q90", EntityType.Location).Build());
        Assert.DoesNotContain(found, m => m.Trigger.End > text.Length);
    }
}
