using System.Runtime.CompilerServices;
using Rasd.Data;
using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Time;

/// <summary>
/// The "time" stage: decides the publication date (document and items), then finds and resolves every time
/// expression of each sentence against its item's date and the sentence's tense, into Document.Times.
/// </summary>
public sealed class TimeStage : IDocumentStage
{
    public string Name => "time";

    /// <summary>A resolved date this long before the publication date is background, not news of the day.</summary>
    private const int BackgroundDays = 31;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Process(Document doc)
    {
        // One scan of the whole text, read unit by unit (sentence, paragraph or line) in token windows; the
        // expressions of the units serve the publication date, the items' dates and the mentions (each unit parsed once).
        var units = Units(doc);
        var scanner = string.IsNullOrEmpty(doc.Text) ? null : TimeScanner.Rent(doc.Text, 0, doc.Text.Length);
        try
        {
            Process(doc, units, scanner);
        }
        finally
        {
            scanner?.Return();
        }
    }

    private static readonly List<TimeExpr> None = new();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Process(Document doc, List<(Span Span, string? Item)> units, TimeScanner? scanner)
    {
        var windows = new (int Lo, int Hi, List<TimeExpr> Exprs)[units.Count];
        var all = new List<TimeExpr>();
        if (scanner is not null)
        {
            var parser = new TimeParser(scanner);
            for (var u = 0; u < units.Count; u++)
            {
                var span = units[u].Span;
                var (lo, hi) = scanner.TokensIn(Math.Clamp(span.Start, 0, doc.Text.Length), Math.Clamp(span.End, 0, doc.Text.Length));
                var exprs = parser.ParseWindow(lo, hi) ?? None;
                windows[u] = (lo, hi, exprs);
                all.AddRange(exprs);
            }
            scanner.SetWindow(0, scanner.TokCount);
        }
        var published = PublicationDate.Decide(doc, scanner is null ? null : (scanner, all));
        doc.Meta.Published = published;
        if (!published.Resolved)
            doc.Warnings.Add("publication date unknown: " + (published.Note ?? "no evidence") + "; relative dates stay unresolved");

        if (scanner is not null)
            for (var i = 0; i < doc.Items.Count; i++) ItemDate(doc, i, scanner, all);

        doc.Times.Clear();
        if (scanner is null) return;
        // The day the text last named, per item: what "اليوم التالي" counts from.
        string? namedIn = null;
        DateOnly? named = null;
        for (var u = 0; u < units.Count; u++)
        {
            var (lo, hi, exprs) = windows[u];
            if (exprs.Count == 0) continue;
            var itemId = units[u].Item;
            if (itemId != namedIn) { namedIn = itemId; named = null; }
            var item = itemId is null ? null : FindItem(doc.Items, itemId);
            var reference = item?.Published is { } ip && (ip.Resolved || !published.Resolved) ? ip : published;
            scanner.SetWindow(lo, hi);
            // the tense is read only for units that hold a time expression (most hold none)
            var ctx = new TimeContext(reference, TenseDetector.Detect(scanner));
            List<int>? markers = null;
            foreach (var e in exprs)
            {
                var m = TimeRecognizer.ToMention(e, scanner, TimeRecognizer.CountedFrom(e, TenseDetector.Local(scanner, e, ctx, ref markers), named));
                named = TimeRecognizer.NamedDay(m) ?? named;
                var background = m.Background;
                if (!background && reference.AsDate is { } rd && m.Value.Resolved)
                {
                    var last = (m.End ?? m.Value).Range?.Last;
                    if (last is { } l && l.DayNumber < rd.DayNumber - BackgroundDays) background = true;
                }
                doc.Times.Add(background == m.Background ? m : m with { Background = true });
            }
        }
        scanner.SetWindow(0, scanner.TokCount);
    }

    private static Item? FindItem(List<Item> items, string id)
    {
        foreach (var it in items) if (it.Id == id) return it;
        return null;
    }

    /// <summary>
    /// A post that opens with its own date ("🗓 28 يناير") is dated by it; the year, when missing, comes from the
    /// document's date or the weekday and years of the post. An unknown year keeps month and day. The post's
    /// expressions are those the document's scan found (<paramref name="all"/>, in text order).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ItemDate(Document doc, int index, TimeScanner sc, List<TimeExpr> all)
    {
        var item = doc.Items[index];
        if (item.Published is { Resolved: true }) return;
        var paras = item.Paragraphs;
        // A post's foot ("👁 5.1K  📅 2 شباط") dates it, whether it ends the post or the scraper left it at the head of the next.
        var next = index + 1;
        Span? foot = paras.Count > 1 && IsFoot(doc, paras[^1]) ? paras[^1]
            : next < doc.Items.Count && doc.Items[next].Paragraphs is { Count: > 1 } np && IsFoot(doc, np[0]) ? np[0] : null;
        var head = paras.Count == 0 ? item.Span : paras.Count > 1 && IsFoot(doc, paras[0]) ? paras[1] : paras[0];
        TimeExpr? e = null;
        if (foot is { } f)
        {
            var (flo, fhi) = sc.TokensIn(f.Start, f.End);
            foreach (var x in all)
                if (x.T0 >= flo && x.T0 < fhi && x.Kind == ExprKind.Explicit && x.Month > 0 && x.Day > 0) e = x;
        }
        if (e is null)
        {
            var (lo, hi) = sc.TokensIn(head.Start, Math.Min(head.End, head.Start + LeadChars));
            foreach (var x in all)
            {
                if (x.T0 < lo) continue;
                if (x.T0 < hi) e = x;
                break;
            }
            // the date must open the post: only symbols or punctuation before it
            if (e is not null)
                for (var i = lo; i < e.T0; i++)
                    if (sc.Toks[i].K != TK.Punct && !sc.Is(i, "في")) { e = null; break; }
            // "📅 14.03.2025" on a line of its own just before the post's first kept line, removed by the cleaner as
            // metadata (so no sentence of it was scanned): the post's header.
            e ??= RemovedHeader(doc, item, head);
            // A story appended after "اقرأ أيضاً" (an item after the first, under a headline of its own) is of the day its lead
            // names in full ("وقّع الوزيران في جدة، يوم الخميس 27 آذار 2025، اتفاقاً"), not of the page it was appended to.
            if (e is null && index > 0 && paras.Count > 1 && item.TitleSpan is { } ts && ts == paras[0]
                && doc.Blocks.Any(b => b.Span == paras[0] && b.Kind == BlockKind.Headline && b.ItemStart))
            {
                var (llo, lhi) = sc.TokensIn(paras[1].Start, Math.Min(paras[1].End, paras[1].Start + LeadChars * 2));
                foreach (var x in all)
                    if (x.T0 >= llo && x.T0 < lhi && x.Kind == ExprKind.Explicit && x.Year > 0 && x.Month > 0 && x.Day > 0 && !x.Hijri) { e = x; break; }
            }
            if (e is null) return;
        }
        if (e.Kind != ExprKind.Explicit || e.Month == 0 || e.Day == 0) return;
        var docDate = doc.Meta.Published;
        var r = TimeResolver.Resolve(e, new TimeContext(docDate, Tense.Past));
        if (r.Value.Resolved)
        {
            item.Published = r.Value;
            return;
        }
        if (e.Weekday > 0 && e.Year == 0 && !e.Hijri)
        {
            var fromText = PublicationDate.FromText(doc.Text, item.Span);
            if (fromText.Precision >= DatePrecision.Year && e.Day <= DateTime.DaysInMonth(fromText.Year, e.Month))
            {
                item.Published = DateValue.OfDay(new DateOnly(fromText.Year, e.Month, e.Day), "weekday", fromText.Note);
                return;
            }
        }
        item.Published = r.Value with { Note = "the post is dated " + e.Day + "/" + e.Month + " without a year" + (docDate.Resolved ? "" : ", and the document has no date") };
    }

    private static TimeExpr? RemovedHeader(Document doc, Item item, Span head)
    {
        if (head.Start <= item.Span.Start) return null;
        var lineStart = doc.Text.LastIndexOf('\n', Math.Max(0, head.Start - 2)) + 1;
        if (lineStart < item.Span.Start || head.Start - lineStart > 40) return null;
        var (_, exprs) = TimeRecognizer.Parse(doc.Text, new Span(lineStart, head.Start));
        // (the hour beside the day is no second date: "📅 18.10.2025 | 16:05")
        exprs.RemoveAll(x => x.Kind == ExprKind.Time);
        return exprs.Count == 1 && exprs[0] is { Kind: ExprKind.Explicit, Month: > 0, Day: > 0 } x ? x : null;
    }

    private static readonly string[] FootMarks = DataFiles.ReadTsv("time/post_feet.tsv").Select(r => r[0].Trim()).Where(m => m.Length > 0).ToArray();

    /// <summary>A short line opening with a post-foot mark (a view count before the post's date).</summary>
    private static bool IsFoot(Document doc, Span p)
    {
        var t = doc.View(p).Trim();
        if (t.Length == 0 || t.Length > 60) return false;
        foreach (var m in FootMarks) if (t.StartsWith(m, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>How far into a post its opening date may start.</summary>
    private const int LeadChars = 80;

    /// <summary>Sentences when the sentence splitter ran; else the kept paragraphs of each item; else the lines of the text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(Span Span, string? Item)> Units(Document doc)
    {
        var units = new List<(Span, string?)>();
        if (doc.Sentences.Count > 0)
        {
            foreach (var s in doc.Sentences) units.Add((s.Span, s.ItemId));
            return units;
        }
        if (doc.Items.Count > 0)
        {
            foreach (var it in doc.Items)
            {
                if (it.TitleSpan is { } ts) units.Add((ts, it.Id));
                foreach (var p in it.Paragraphs) if (it.TitleSpan is not { } t || !t.Overlaps(p)) units.Add((p, it.Id));
            }
            if (units.Count > 0) return units;
        }
        var text = doc.Text;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            if (i > start) units.Add((new Span(start, i), null));
            start = i + 1;
        }
        return units;
    }
}
