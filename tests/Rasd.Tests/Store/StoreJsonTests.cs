using Rasd.Model;
using Rasd.Store;

namespace Rasd.Tests.Store;

public class StoreJsonTests
{
    public static Document SampleDocument(string text = "عنوان الخبر\nاتصل الرئيس هاتفياً يوم 12 شباط.\nالمصدر: وكالة")
    {
        var meta = new DocumentMeta
        {
            Source = "/tmp/a.txt", Format = "html", Url = "https://example.org/a", Outlet = "وكالة", Byline = "كاتب",
            Title = "عنوان الخبر", Published = DateValue.OfDay(new DateOnly(2025, 2, 12), "metadata"),
            PublishedAt = new DateTimeOffset(2025, 2, 12, 10, 30, 0, TimeSpan.FromHours(2)), Channel = "c", Language = "ar",
        };
        meta.DateEvidence.Add(new DateEvidence(DateValue.OfMonth(2025, 2, "url"), "url", new Span(0, 3), "2025/02"));
        var doc = new Document(text, meta);
        doc.Blocks.Add(new Block(new Span(0, 11), BlockKind.Headline));
        doc.Blocks.Add(new Block(new Span(43, text.Length), BlockKind.Removed, RemovedKind.Metadata));
        doc.Removed.Add(new RemovedSpan(new Span(43, text.Length), RemovedKind.Metadata, "source line"));
        var item = new Item { Id = doc.Id + "-0", DocumentId = doc.Id, Span = new Span(0, 42), Title = "عنوان الخبر", TitleSpan = new Span(0, 11), CleanText = "x", Story = "s1", NearDuplicateOf = null, Published = DateValue.OfYear(2025, "explicit") };
        item.Paragraphs.Add(new Span(0, 11));
        item.Paragraphs.Add(new Span(12, 42));
        doc.Items.Add(item);
        doc.Sentences.Add(new Sentence(new Span(12, 42), item.Id, 1));
        doc.Times.Add(new TimeMention { Span = new Span(30, 37), Text = "12 شباط", Type = TimeType.DateRange, Value = DateValue.OfDay(new DateOnly(2025, 2, 12), "explicit"), End = DateValue.Unknown("open"), Iso = "2025-02-12", Background = true });
        doc.Entities.Add(new EntityMention { Span = new Span(16, 22), Text = "الرئيس", Type = EntityType.Person, NerLabel = "PERS", EntityId = "e1", Source = "role", Role = new Role("رئيس", "SYR") });
        doc.Events.Add(new EventMention
        {
            ItemId = item.Id, Span = new Span(12, 42), Trigger = new Span(12, 15), Type = "telephone", Cameo = "041", Plover = "CONSULT", PloverMode = "phone",
            SourceActors = { "e1" }, TargetActors = { "e2" }, Location = "l", Date = DateValue.Unknown("no anchor", "weekday"), Modality = Modality.Denied,
            Attribution = "e3", AttributionText = "قال", Summary = "sum", Background = true,
        });
        doc.Warnings.Add("w");
        return doc;
    }

    [Fact]
    public void Document_round_trips_with_every_annotation()
    {
        var doc = SampleDocument();
        var json = StoreJson.SerializeDocument(doc);
        var back = StoreJson.DeserializeDocument(json);
        Assert.Equal(doc.Id, back.Id);
        Assert.Equal(doc.Text, back.Text);
        Assert.Equal(json, StoreJson.SerializeDocument(back));
        Assert.Equal(2, back.Meta.DateEvidence[0].Date.Month);
        Assert.Equal(doc.Meta.PublishedAt, back.Meta.PublishedAt);
        Assert.Equal(doc.Meta.Published, back.Meta.Published);
        Assert.Equal(2, back.Items[0].Paragraphs.Count);
        Assert.Equal(new Span(12, 42), back.Items[0].Paragraphs[1]);
        Assert.Equal(doc.Removed, back.Removed);
        Assert.Equal(doc.Blocks, back.Blocks);
        Assert.Equal(doc.Sentences, back.Sentences);
        Assert.Equal(doc.Times, back.Times);
        Assert.Equal(doc.Entities.Select(e => (e.Span, e.EntityId, e.Role)), back.Entities.Select(e => (e.Span, e.EntityId, e.Role)));
        Assert.Equal(new[] { "e1" }, back.Events[0].SourceActors);
        Assert.Equal(Modality.Denied, back.Events[0].Modality);
        Assert.Equal("w", back.Warnings.Single());
        // Arabic is stored readable, enums by name, computed values not at all.
        Assert.Contains("شباط", json);
        Assert.Contains("\"Denied\"", json);
        Assert.DoesNotContain("\"Length\"", json);
        Assert.DoesNotContain("\"Iso\":\"2025-02", json.Replace("\"Iso\":\"2025-02-12\"", ""));
    }

    [Fact]
    public void Document_without_text_takes_the_text_given()
    {
        var doc = SampleDocument();
        var json = StoreJson.SerializeDocument(doc, includeText: false);
        Assert.DoesNotContain("اتصل الرئيس", json);
        var back = StoreJson.DeserializeDocument(json, doc.Text);
        Assert.Equal(doc.Id, back.Id);
        Assert.Throws<System.Text.Json.JsonException>(() => StoreJson.DeserializeDocument(json));
    }

    [Fact]
    public void Corpus_objects_round_trip()
    {
        var e = new Entity { Id = "putin", Type = EntityType.Person, Name = "بوتين", NameEn = "Vladimir Putin", Country = "RUS" };
        e.AddAlias("بوتن"); e.AddAlias("بوتين"); e.AddRole(new Role("رئيس", "RUS"));
        var eb = StoreJson.Deserialize<Entity>(StoreJson.Serialize(e));
        Assert.Equal(e.Aliases, eb.Aliases);
        Assert.Equal(e.Roles, eb.Roles);
        Assert.Equal("RUS", eb.Country);

        var ev = new Event { Id = "ev1", Story = "s1", Type = "telephone", Cameo = "041", Date = DateValue.OfDay(new DateOnly(2025, 2, 12), "explicit"), Modality = Modality.Planned, Summary = "call" };
        ev.SourceActors.Add("putin"); ev.TargetActors.Add("sharaa");
        ev.Mentions.Add(new Mention { Document = "d1", Item = "d1-0", Span = new Span(1, 5), Text = "اتصل", Attribution = "kremlin", Outlet = "o1" });
        ev.Mentions.Add(new Mention { Document = "d2", Item = "d2-0", Span = new Span(3, 9), Text = "اتصال", Outlet = "o2", Modality = Modality.Future });
        var evb = StoreJson.Deserialize<Event>(StoreJson.Serialize(ev));
        Assert.Equal(ev.Mentions, evb.Mentions);
        Assert.Equal(ev.SourceActors, evb.SourceActors);
        Assert.Equal(2, evb.Outlets);
        Assert.Equal(ev.Date, evb.Date);
        Assert.Equal(Modality.Planned, evb.Modality);

        var s = new Story { Id = "s1", Title = "روسيا وسوريا", First = DateValue.OfMonth(2025, 1, "explicit") };
        s.Items.Add("d1-0"); s.Events.Add("ev1");
        var sb = StoreJson.Deserialize<Story>(StoreJson.Serialize(s));
        Assert.Equal(s.Items, sb.Items);
        Assert.Equal(s.Events, sb.Events);
        Assert.Equal(s.First, sb.First);
        Assert.Null(sb.Last);

        var item = SampleDocument().Items[0];
        var ib = StoreJson.Deserialize<Item>(StoreJson.Serialize(item));
        Assert.Equal(item.Paragraphs, ib.Paragraphs);
        Assert.Equal(item.Published, ib.Published);
        Assert.Equal(item.TitleSpan, ib.TitleSpan);
    }

    [Fact]
    public void Dates_of_every_precision_round_trip()
    {
        foreach (var d in new[] { DateValue.Unknown("why"), DateValue.OfYear(2024, "url"), DateValue.OfMonth(2024, 12, "feed", "n"), DateValue.OfDay(new DateOnly(2024, 12, 8), "dateline") })
            Assert.Equal(d, StoreJson.Deserialize<DateValue>(StoreJson.Serialize(d)));
    }
}
