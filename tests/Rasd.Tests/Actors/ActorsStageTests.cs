using Rasd.Actors;
using Rasd.Model;

namespace Rasd.Tests.Actors;

public class ActorsStageTests
{
    private static Document Analyse(string text, DateOnly? published = null)
    {
        var doc = new Document(text, new DocumentMeta { Source = "test" });
        if (published is { } p) doc.Meta.Published = DateValue.OfDay(p, "metadata");
        new ActorsStage().Process(doc);
        return doc;
    }

    private static List<EntityMention> Of(Document d, string id) => d.Entities.Where(e => e.EntityId == id).ToList();

    private const string Sharaa = "rasd:person:ahmed-al-sharaa", Maher = "rasd:person:maher-al-sharaa";

    [Fact]
    public void A_word_that_heads_organisations_names_is_no_organisation_alone()
    {
        var d = Analyse("دعا زعيم تنظيم \"بي كا كا\" الإرهابي عبد الله أوجلان التنظيم إلى إلقاء السلاح. وقالت الوزارة إن الحزب وافق.", new DateOnly(2025, 2, 27));
        Assert.DoesNotContain(d.Entities, m => m.Text is "تنظيم" or "التنظيم" or "الوزارة" or "الحزب" && m.EntityId != null && m.EntityId.StartsWith("rasd:ت", StringComparison.Ordinal));
        Assert.DoesNotContain(d.Entities, m => m.Text == "تنظيم");
        Assert.NotEmpty(Of(d, "rasd:group:pkk"));
        Assert.NotEmpty(Of(d, "rasd:person:abdullah-ocalan"));
    }

    [Fact]
    public void Links_spelling_variants_and_clitics_to_one_entity()
    {
        var d = Analyse("أجرى الرئيس الروسي فلاديمير بوتين اتصالا مع الشرع. وأكد فلاديمير بوتن دعمه، وقال لبوتين مسؤول إن الكرملين راض. وأكد ترمب وبوتين ذلك.",
            new DateOnly(2025, 2, 12));
        var putin = Of(d, "Q7747").Select(m => m.Text).ToList();
        Assert.Contains("فلاديمير بوتين", putin);
        Assert.Contains("فلاديمير بوتن", putin);
        Assert.Contains("بوتين", putin); // from لبوتين / وبوتين: span excludes the clitic
        Assert.DoesNotContain("لبوتين", putin);
        Assert.Contains("الرئيس الروسي", putin);
        Assert.Single(Of(d, "Q22686"));
        Assert.Single(Of(d, "rasd:presidency:RUS"));
        foreach (var m in d.Entities) Assert.Equal(m.Text, d.Text.Substring(m.Span.Start, m.Span.Length));
    }

    [Fact]
    public void Two_people_sharing_a_family_name_stay_two_and_the_bare_name_follows_context()
    {
        var d = Analyse("استقبل رئيس الإدارة السورية الجديدة أحمد الشرع الوفد بحضور وزير الخارجية أسعد الشيباني ووزير الصحة ماهر الشرع.\nوقال الشرع إن المحادثات مثمرة.",
            new DateOnly(2025, 1, 28));
        var ahmed = Of(d, Sharaa);
        var maher = Of(d, Maher);
        Assert.Contains(ahmed, m => m.Text == "أحمد الشرع");
        Assert.Contains(maher, m => m.Text == "ماهر الشرع");
        Assert.DoesNotContain(maher, m => m.Text == "أحمد الشرع");
        // The bare "الشرع" goes to the head of the administration: named first, holder of the leading role.
        var bare = d.Entities.Single(m => m.Text == "الشرع");
        Assert.NotNull(bare.EntityId);
        Assert.Contains(maher, m => m.Role?.Title == "وزير الصحة");
    }

    [Fact]
    public void Bare_family_name_after_a_fitting_title_goes_to_that_person()
    {
        var d = Analyse("التقى أحمد الشرع مع ماهر الشرع. وقال وزير الصحة الشرع إن المستشفيات تعمل.", new DateOnly(2025, 1, 28));
        var bare = d.Entities.Last(m => m.Text == "الشرع");
        Assert.Equal(Maher, bare.EntityId);
    }

    [Fact]
    public void Roles_from_titles_and_apposition()
    {
        var d = Analyse("وقال وزير الدفاع السوري، مرهف أبو قصرة، إن موقف روسيا تحسن. " +
                        "وقال المتحدث باسم الكرملين دميتري بيسكوف إن الحوار مستمر. " +
                        "وقال المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط، ونائب وزير الخارجية، ميخائيل بوغدانوف إن العقوبات فقدت معناها. " +
                        "وقال وزير الخارجية أسعد الشيباني إن العلاقات جيدة.",
            new DateOnly(2025, 2, 12));
        var qasra = Of(d, "rasd:person:murhaf-abu-qasra").Single(m => m.Text == "مرهف أبو قصرة");
        Assert.Equal(new Role("وزير الدفاع", "Q858"), qasra.Role);
        var peskov = Of(d, "rasd:person:dmitry-peskov").Single(m => m.Text == "دميتري بيسكوف");
        Assert.Equal("المتحدث باسم الكرملين", peskov.Role!.Title);
        Assert.Equal("rasd:presidency:RUS", peskov.Role.Of);
        var bogdanov = Of(d, "rasd:person:mikhail-bogdanov").Single(m => m.Text == "ميخائيل بوغدانوف");
        var titles = new[] { bogdanov.Role! }.Concat(bogdanov.OtherRoles).Select(r => r.Title).ToList();
        Assert.Contains("نائب وزير الخارجية", titles);
        Assert.Contains(titles, t => t.StartsWith("المبعوث الخاص"));
        Assert.All(new[] { bogdanov.Role! }.Concat(bogdanov.OtherRoles), r => Assert.Equal("Q159", r.Of));
        Assert.Equal(new Role("وزير الخارجية", "Q858"), Of(d, "rasd:person:asaad-al-shaibani").Single(m => m.Text == "أسعد الشيباني").Role);
    }

    [Fact]
    public void Role_phrases_and_sides_resolve_in_the_document()
    {
        var d = Analyse("بحث الرئيس السوري أحمد الشرع مع نظيره الروسي العلاقات. وأكد الجانب الروسي دعمه. وقال سيد الكرملين إن موسكو مستعدة.",
            new DateOnly(2025, 2, 12));
        Assert.Contains(d.Entities, m => m.Text == "نظيره الروسي" && m.EntityId == "Q7747");
        Assert.Contains(d.Entities, m => m.Text == "الجانب الروسي" && m.EntityId == "Q159");
        Assert.Contains(d.Entities, m => m.Text == "سيد الكرملين" && m.EntityId == "Q7747");
        Assert.Contains(d.Entities, m => m.Text == "الرئيس السوري" && m.EntityId == Sharaa);
    }

    [Fact]
    public void An_office_of_the_country_stands_for_its_holder_named_in_the_document_and_for_nobody_otherwise()
    {
        const string tamim = "rasd:person:tamim-bin-hamad", abdullah = "rasd:person:abdullah-ii";
        var d = Analyse("وصل الشيخ تميم بن حمد آل ثاني إلى دمشق.\nوعقد أمير البلاد المفدى جلسة مباحثات مع الرئيس أحمد الشرع.", new DateOnly(2025, 1, 30));
        Assert.Contains(d.Entities, m => m.Text == "أمير البلاد" && m.EntityId == tamim);
        // The king named here is the holder "عاهل البلاد" means, not another king of the dictionary.
        d = Analyse("استقبل الملك عبدالله الثاني الوفد في عمان.\nوأكد عاهل البلاد دعم الأردن.", new DateOnly(2025, 2, 11));
        Assert.Contains(d.Entities, m => m.Text == "عاهل البلاد" && m.EntityId == abdullah);
        // No emir named: the phrase is nobody's, not the dictionary's only emir.
        d = Analyse("وأكد أمير البلاد أهمية الحوار.", new DateOnly(2025, 1, 30));
        Assert.DoesNotContain(d.Entities, m => m.EntityId == tamim);
    }

    [Fact]
    public void A_bare_title_is_the_last_person_named_with_that_office()
    {
        const string shaibani = "rasd:person:asaad-al-shaibani";
        var d = Analyse("تلا وزير الدفاع ياسين إبراهيم البيان في التلفزيون. واتهم الوزير أبو ظبي بانتهاك سيادة السودان.", new DateOnly(2025, 5, 6));
        var minister = Assert.Single(d.Entities, m => m.Text == "الوزير");
        Assert.Equal(Assert.Single(d.Entities, m => m.Text == "ياسين إبراهيم").EntityId, minister.EntityId);
        // The last minister named, not a president named after him; clitics allowed.
        d = Analyse("التقى وزير الخارجية أسعد الشيباني الرئيس أحمد الشرع. وقال للوزير إن الزيارة مهمة.", new DateOnly(2025, 3, 1));
        Assert.Equal(shaibani, Assert.Single(d.Entities, m => m.Text == "وزير" && m.Source == "coreference").EntityId);
        // Before an adjective it is another office ("الوزير الأول"); with nobody so titled before it, nobody.
        d = Analyse("التقى وزير الخارجية أسعد الشيباني الوزير الأول الجزائري.", new DateOnly(2025, 3, 1));
        Assert.DoesNotContain(d.Entities, m => m.Text == "الوزير");
        d = Analyse("وقال الوزير إن الزيارة مهمة.", new DateOnly(2025, 3, 1));
        Assert.DoesNotContain(d.Entities, m => m.Text == "الوزير");
    }

    [Fact]
    public void A_national_security_council_is_not_the_un_security_council()
    {
        var d = Analyse("أعلن وزير الدفاع قرار مجلس الأمن والدفاع قطع العلاقات مع الإمارات. ودعا مجلس الأمن الدولي إلى التهدئة.", new DateOnly(2025, 5, 6));
        Assert.Contains(d.Entities, m => m.EntityId == "rasd:org:sudan-security-defence-council");
        Assert.Single(d.Entities, m => m.EntityId == "rasd:org:unsc");
    }

    [Fact]
    public void The_office_of_a_head_of_state_named_without_his_country_is_the_presidency_of_the_first_named_holder()
    {
        var d = Analyse("استقبل الرئيس عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون.\nوصرح المتحدث الرسمي باسم رئاسة الجمهورية بأن الرئيسين بحثا العلاقات مع الرئيس الأمريكي دونالد ترامب وماكرون.",
            new DateOnly(2025, 4, 7));
        Assert.Contains(d.Entities, m => m.Text == "رئاسة الجمهورية" && m.EntityId == "rasd:presidency:EGY" && m.Type == EntityType.Organization);
        d = Analyse("ووفقا لبيان صادر عن الديوان الملكي، شارك الملك عبدالله الثاني في القمة.", new DateOnly(2025, 4, 7));
        Assert.Contains(d.Entities, m => m.Text == "الديوان الملكي" && m.EntityId == "rasd:presidency:JOR");
        // No president named: the phrase names no country's presidency.
        d = Analyse("وصرح المتحدث باسم رئاسة الجمهورية بأن الاجتماع كان مثمرا.", new DateOnly(2025, 4, 7));
        Assert.DoesNotContain(d.Entities, m => m.EntityId != null && m.EntityId.StartsWith("rasd:presidency:", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_names_become_new_entities_merged_across_documents()
    {
        var corpus = new Corpus();
        var stage = new EntitiesStage();
        var a = Analyse("وقال المهندس سمير الحلبي إن المشروع سينتهي قريبا في دمشق.");
        var b = Analyse("وأكد سمير الحلبي أن العمل مستمر. وقال الحلبي إن التمويل متوفر.");
        stage.Process(a, corpus);
        stage.Process(b, corpus);
        var ids = a.Entities.Concat(b.Entities).Where(m => m.Type == EntityType.Person).Select(m => m.EntityId).Distinct().ToList();
        Assert.Single(ids);
        Assert.StartsWith("rasd:", ids[0]);
        var e = corpus.Entities[ids[0]!];
        Assert.Equal("سمير الحلبي", e.Aliases[0]);
        Assert.Contains("الحلبي", e.Aliases);
    }

    [Fact]
    public void Entities_stage_keeps_dictionary_facts_aliases_in_order_and_roles()
    {
        var corpus = new Corpus();
        var doc = Analyse("أجرى الرئيس الروسي، فلاديمير بوتين، اتصالا. وأكد بوتين دعمه. وقال فلاديمير بوتن إن روسيا مستعدة.", new DateOnly(2025, 2, 12));
        new EntitiesStage().Process(doc, corpus);
        var putin = corpus.Entities["Q7747"];
        Assert.Equal("Q7747", putin.Wikidata);
        Assert.Equal("RUS", putin.Country);
        Assert.Equal("Vladimir Putin", putin.NameEn);
        Assert.Equal(new[] { "الرئيس الروسي", "فلاديمير بوتين", "بوتين", "فلاديمير بوتن" }, putin.Aliases);
        Assert.Contains(new Role("الرئيس", "Q159"), putin.Roles);
        Assert.Equal("country", corpus.Entities["Q159"].Type.ToString().ToLowerInvariant());
    }

    [Fact]
    public void Bad_input_never_throws()
    {
        foreach (var text in new[]
        {
            "", "\n\n\n", "Путин встретился с аль-Шараа в Москве.", "普京在莫斯科会见了沙拉。",
            "قال Vladimir Putin إن Damascus مهمة، وأكد Ahmed al-Sharaa ذلك.",
            "وقال " + new string('ب', 10_000) + " إن الأمر مهم.", "😀🤝📞 #روسيا_سوريا", "،،، . . ؟",
        })
        {
            var d = Analyse(text);
            foreach (var m in d.Entities) Assert.True(m.Span.End <= text.Length && m.Span.Start >= 0);
        }
        var empty = new Document("x", new DocumentMeta { Source = "t" });
        empty.Sentences.Add(new Sentence(new Span(0, 0), "i", 0));
        new ActorsStage().Process(empty);
        Assert.Empty(empty.Entities);
    }

    [Fact]
    public void Uses_sentences_from_the_clean_stage_when_present()
    {
        const string text = "اعلان\nوقال لافروف إن الحوار مستمر.";
        var doc = new Document(text, new DocumentMeta { Source = "t" });
        var start = text.IndexOf("وقال", StringComparison.Ordinal);
        doc.Sentences.Add(new Sentence(new Span(start, text.Length), "i1", 0));
        new ActorsStage().Process(doc);
        Assert.All(doc.Entities, m => Assert.True(m.Span.Start >= start));
        Assert.Contains(doc.Entities, m => m.EntityId == "rasd:person:sergey-lavrov");
    }

    [Fact]
    public void Attribution_names_the_organisation_or_the_government_a_place_stands_for()
    {
        var d = Analyse("وقال الكرملين في بيان إن الاتصال كان بناء. ونقلت وكالة تاس عن مصدر قوله. وأكدت موسكو استعدادها.", new DateOnly(2025, 2, 12));
        var first = new Span(0, d.Text.IndexOf('.'));
        Assert.Equal("rasd:presidency:RUS", ActorQueries.AttributionIn(d, first));
        var second = new Span(first.End + 1, d.Text.IndexOf('.', first.End + 1));
        Assert.Equal("rasd:media:tass", ActorQueries.AttributionIn(d, second));
        var third = new Span(second.End + 1, d.Text.Length);
        Assert.Equal("rasd:government:RUS", ActorQueries.AttributionIn(d, third));
        Assert.Null(ActorQueries.AttributionIn(d, new Span(0, 0)));
    }

    [Theory]
    [InlineData("استقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء - حفظه الله - في الرياض اليوم الرئيس أحمد الشرع.")]
    [InlineData("استقبل أمير البلاد المفدى الشيخ تميم بن حمد آل ثاني حفظه الله اليوم الرئيس السوري أحمد الشرع.")]
    [InlineData("وقال الملك محمد السادس نصره الله في برقية إن المغرب يدعم الشعب السوري.")]
    [InlineData("وأكد سمو الأمير حفظه الله، رعاه الله، أن قطر تقف مع سوريا.")]
    public void Blessings_beside_a_rulers_name_are_no_names(string text)
    {
        var d = Analyse(text, new DateOnly(2025, 1, 30));
        foreach (var m in d.Entities)
            Assert.DoesNotMatch("(حفظه|نصره|رعاه) الله|المفدى", m.Text);
    }

    private const string Salam = "rasd:person:nawaf-salam", Aoun = "rasd:person:joseph-aoun", Berri = "rasd:person:nabih-berri";

    [Fact]
    public void A_family_name_that_is_a_common_word_names_the_person_only_in_a_name_place_of_a_document_naming_him()
    {
        var d = Analyse("صدرت مراسيم تشكيل الحكومة برئاسة نواف سلام بعد لقاء الرئيس جوزاف عون ونبيه بري.\n" +
            "الصورة: الرؤساء عون وبري وسلام في بعبدا.\nوقال سلام إن حكومته ستعمل من أجل السلام، وإن اتفاق سلام دائماً هو الهدف.\n" +
            "وأكد الرئيس عون أن الدولة تحتاج إلى عون أشقائها.", new DateOnly(2025, 2, 8));
        var salam = Of(d, Salam).Select(m => d.Text[..m.Span.Start].Split('\n').Length).ToList();
        // Full name (line 1), the caption (line 2) and the speaker of line 3; not "السلام", not "اتفاق سلام".
        Assert.Equal(new[] { 1, 2, 3 }, salam);
        Assert.Equal(2, Of(d, Berri).Count);
        // "الرئيس عون" is the president, "عون أشقائها" (their help) is nobody.
        Assert.Equal(3, Of(d, Aoun).Count);
        Assert.DoesNotContain(d.Entities, e => e.Span.Start > d.Text.IndexOf("إلى عون", StringComparison.Ordinal) && e.EntityId == Aoun);
    }

    [Fact]
    public void A_common_word_family_name_names_nobody_where_the_person_is_not_named_in_full()
    {
        var d = Analyse("وقال سلام إن الاتفاق صامد. ودعا الأمين العام إلى سلام شامل.", new DateOnly(2025, 2, 8));
        Assert.Empty(Of(d, Salam));
    }
}
