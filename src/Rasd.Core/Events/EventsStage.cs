using Rasd.Actors;
using Rasd.Language;
using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// The "events" document stage: finds event triggers in each sentence of each item (verbs and nominalisations from
/// Data/events/triggers.tsv), reads their arguments (source and target actors from the actors stage's mentions,
/// location, date from the time stage, modality), the attribution frame that governs the sentence, and writes
/// <see cref="Document.Events"/>. A sentence with a reporting verb and nothing else to report is a plain statement (010).
/// </summary>
public sealed class EventsStage : IDocumentStage
{
    public string Name => "events";
    private readonly EventLexicon _lex;
    private readonly ActorDictionary? _dict;

    public EventsStage() : this(EventLexicon.Default, SafeDictionary()) { }
    public EventsStage(EventLexicon lex, ActorDictionary? dict)
    {
        _lex = lex;
        _dict = dict;
    }

    private static ActorDictionary? SafeDictionary()
    {
        try { return ActorDictionary.Default; }
        catch (Exception ex) when (ex is FileNotFoundException or FormatException or InvalidDataException) { return null; }
    }

    public void Process(Document doc)
    {
        doc.Events.Clear();
        doc.Events.AddRange(new Extraction(doc, _lex, _dict).Run());
    }

    /// <summary>An actor mention in a sentence, by word positions.</summary>
    internal sealed record ActorRef(int Start, int End, string Id, EntityType Type, bool IsPlace, string? Stands);

    /// <summary>Words after a trigger searched for its context words.</summary>
    public const int ContextWindow = 20;

    /// <summary>041 is more specific than 040, 0333 than 033.</summary>
    internal static bool MoreSpecific(string a, string b) =>
        (b == "040" && a != "040") || (a.Length > b.Length && a.StartsWith(b, StringComparison.Ordinal)) || (b.EndsWith('0') && a.Length == b.Length && a[..^1] == b[..^1] && a != b);

    internal sealed record FrameRef(int Start, int End, FrameKind Kind, string? Actor, Span Text, bool Inherited);

    private sealed class Extraction(Document doc, EventLexicon lex, ActorDictionary? dict)
    {
        private readonly List<EventMention> _out = new();
        // Cue lookups of the current sentence, memoised: clause, modality and pair checks ask for the same words often.
        private readonly Dictionary<(string Kind, int At), bool> _cueMemo = new();
        private List<string>? _memoFor;

        private bool Cue(string kind, List<string> norms, int at)
        {
            if (!ReferenceEquals(_memoFor, norms)) { _cueMemo.Clear(); _memoFor = norms; }
            if (_cueMemo.TryGetValue((kind, at), out var v)) return v;
            v = lex.IsCue(kind, norms, at);
            _cueMemo[(kind, at)] = v;
            return v;
        }
        private DateValue? _context;

        public List<EventMention> Run()
        {
            if (doc.Items.Count == 0) return _out;
            foreach (var item in doc.Items) RunItem(item);
            return _out;
        }

        private IEnumerable<Sentence> SentencesOf(Item item)
        {
            var s = doc.Sentences.Where(x => x.ItemId == item.Id).ToList();
            if (s.Count > 0) return s;
            var paras = item.Paragraphs.Count > 0 ? item.Paragraphs : new List<Span> { item.Span };
            return paras.Select((p, i) => new Sentence(p, item.Id, i));
        }

        private void RunItem(Item item)
        {
            var published = item.Published ?? doc.Meta.Published;
            var titleParagraph = item.TitleSpan is { } ts && item.Paragraphs.Count > 0 && item.Paragraphs[0] == ts ? 0 : -1;
            var leadParagraph = titleParagraph + 1;
            FrameRef? paragraphFrame = null;
            var paragraph = -1;
            string? lastSpeaker = null;
            EventMention? lastConsult = null;
            EventMention? lastEvent = null;
            DateValue? lastDate = null;
            foreach (var sent in SentencesOf(item))
            {
                _context = lastDate;
                if (sent.Paragraph != paragraph) { paragraph = sent.Paragraph; paragraphFrame = null; }
                var toks = Tokenizer.Tokenize(doc.Text, sent.Span);
                if (toks.Count == 0) continue;
                var norms = toks.Select(t => t.Norm).ToList();
                var actors = Actors(toks);
                var frames = Frames(toks, norms, actors, lastSpeaker);
                var frame = frames.FirstOrDefault(f => f.Actor != null);
                if (frame != null)
                {
                    paragraphFrame = frame;
                    if (frame.Kind is FrameKind.Statement or FrameKind.Verb && dict?.Get(frame.Actor!) is not { Type: EntityType.Location }) lastSpeaker = frame.Actor;
                }
                var governing = frame ?? paragraphFrame;
                var found = new List<EventMention>();
                var used = new bool[toks.Count];
                var families = new HashSet<string>();
                for (var i = 0; i < toks.Count; i++)
                {
                    if (used[i] || toks[i].Kind != TokenKind.Word) continue;
                    if (frames.Any(f => f.Start <= i && i < f.End && !f.Inherited)) continue;
                    var best = lex.TriggersAt(norms, i, EventLexicon.EndsWithTaMarbuta(toks[i].Text))
                        .Where(t => EventLexicon.ContextHolds(t.Row, norms, i + t.Length, Math.Min(norms.Count, i + t.Length + ContextWindow)))
                        .OrderBy(t => t.Row.Index).ThenByDescending(t => t.Length).FirstOrDefault();
                    if (best.Row == null) continue;
                    for (var k = i; k < i + best.Length; k++) used[k] = true;
                    // Context words belong to this event ("دعا ... إلى زيارة موسكو" is an invitation, not a visit).
                    foreach (var k in EventLexicon.ContextAt(best.Row, norms, i + best.Length, Math.Min(norms.Count, i + best.Length + ContextWindow)) ?? new List<int>()) used[k] = true;
                    var m = Build(item, sent, toks, norms, actors, frames, governing, i, i + best.Length, best.Row, best.Future, best.ObjectSuffix, best.Proclitic.Length > 0 && best.Proclitic[0] is 'و' or 'ف',
                        published, sent.Paragraph == leadParagraph, lastConsult, lastEvent);
                    if (m == null) continue;
                    // One report of an event family per sentence ("مستعدة لمواصلة المساعدة ... تقديم المساعدات"):
                    // a more specific code (the call after "exchange of views", humanitarian aid) refines the first.
                    if (!families.Add(EventFamilies.Of(m.Cameo)))
                    {
                        var at = found.FindIndex(x => EventFamilies.Of(x.Cameo) == EventFamilies.Of(m.Cameo));
                        var old = found[at];
                        if (MoreSpecific(m.Cameo, old.Cameo))
                        {
                            found[at] = m.SourceActors.Count + m.TargetActors.Count >= old.SourceActors.Count + old.TargetActors.Count
                                ? m
                                : old with { Type = m.Type, Cameo = m.Cameo, Plover = m.Plover, PloverMode = m.PloverMode, Trigger = m.Trigger };
                            if (found[at].Plover == "CONSULT" && found[at].SourceActors.Count + found[at].TargetActors.Count >= 2) lastConsult = found[at];
                            lastEvent = found[at];
                        }
                        continue;
                    }
                    found.Add(m);
                    lastEvent = m;
                    if (m.Plover == "CONSULT" && m.SourceActors.Count + m.TargetActors.Count >= 2) lastConsult = m;
                }
                if (found.Count == 0 && frame is { Kind: FrameKind.Statement, Actor: not null, Inherited: false } && sent.Paragraph != titleParagraph)
                {
                    var m = Statement(item, sent, toks, norms, actors, frame, published, sent.Paragraph == leadParagraph);
                    if (m != null) found.Add(m);
                }
                _out.AddRange(found);
                // The date a sentence states carries over to the next sentences that state none ("وأكد بوتين ..." after the call's date).
                var stated = found.FirstOrDefault(f => f.DateSource is "sentence" or "today" && (f.Date.Resolved || f.Date.Month > 0));
                var own = doc.Times.FirstOrDefault(t => sent.Span.Covers(t.Span) && !t.Background && t.Type is TimeType.Date or TimeType.DateRange
                                                        && (t.Value.Resolved || t.Value.Month > 0));
                if (stated != null) lastDate = stated.Date;
                else if (own != null) lastDate = own.Value;
                // The date runs on through the sentences that follow; one that only recalls earlier events ends it.
                else if (found.Count > 0 && found.All(f => f.Background)) lastDate = null;
            }
        }

        private List<ActorRef> Actors(List<Token> toks)
        {
            var result = new List<ActorRef>();
            if (toks.Count == 0) return result;
            var span = new Span(toks[0].Span.Start, toks[^1].Span.End);
            foreach (var m in EntitiesIn(span))
            {
                if (m.EntityId == null || !span.Overlaps(m.Span)) continue;
                var s = toks.FindIndex(t => t.Span.End > m.Span.Start);
                var e = toks.FindLastIndex(t => t.Span.Start < m.Span.End);
                if (s < 0 || e < s) continue;
                var entry = dict?.Get(m.EntityId);
                var type = entry?.Type ?? m.Type;
                var place = type == EntityType.Location;
                result.Add(new ActorRef(s, e + 1, m.EntityId, type, place, entry?.StandsFor));
            }
            // Nested mentions (a role phrase around a name): keep the outer one.
            result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
            var kept = new List<ActorRef>();
            foreach (var a in result)
            {
                var outer = kept.LastOrDefault();
                // A title and the name it introduces ("الرئيس الروسي فلاديمير بوتين", "نائب وزير الخارجية، ميخائيل بوغدانوف") are one mention.
                if (outer != null && a.Id == outer.Id && a.Start >= outer.End && a.Start - outer.End <= 1
                    && (a.Start == outer.End || toks[outer.End].Norm is "," or "-"))
                {
                    kept[^1] = outer with { End = Math.Max(outer.End, a.End) };
                    continue;
                }
                if (outer != null && a.Start < outer.End)
                {
                    // The name inside a role phrase is the more precise id when they differ.
                    if (a.Id != outer.Id && a.Type == EntityType.Person && outer.Type != EntityType.Person) kept[^1] = outer with { Id = a.Id, Type = a.Type, IsPlace = false, Stands = null };
                    continue;
                }
                kept.Add(a);
            }
            return kept;
        }

        private List<EntityMention>? _sortedEntities;

        /// <summary>Entity mentions overlapping a span (mentions sorted once by start).</summary>
        private IEnumerable<EntityMention> EntitiesIn(Span span)
        {
            _sortedEntities ??= doc.Entities.OrderBy(m => m.Span.Start).ToList();
            var list = _sortedEntities;
            int lo = 0, hi = list.Count;
            while (lo < hi) { var mid = (lo + hi) / 2; if (list[mid].Span.Start < span.Start - 200) lo = mid + 1; else hi = mid; }
            for (var i = lo; i < list.Count && list[i].Span.Start < span.End; i++) yield return list[i];
        }

        /// <summary>Attribution frames of a sentence, each with the actor whose account follows.</summary>
        private List<FrameRef> Frames(List<Token> toks, List<string> norms, List<ActorRef> actors, string? lastSpeaker)
        {
            var frames = new List<FrameRef>();
            for (var i = 0; i < toks.Count; i++)
            {
                if (toks[i].Kind != TokenKind.Word) continue;
                if (lex.FrameAt(norms, i) is not { } f) continue;
                var end = i + f.Length;
                string? actor = null;
                var textEnd = end;
                var inherited = false;
                switch (f.Kind)
                {
                    case FrameKind.Prep:
                    {
                        // "وفقاً للبيان الصادر عن الرئاسة": the source within a few words, before any comma.
                        var a = actors.FirstOrDefault(x => x.Start >= end && x.Start <= end + 5 && !Blocked(toks, end, x.Start, comma: true));
                        if (Anonymous(norms, toks, end) is { } anon) { actor = anon.Id; textEnd = anon.End; }
                        else if (a != null) { actor = ActorId(a, organisation: true); textEnd = a.End; }
                        break;
                    }
                    case FrameKind.Relay:
                    {
                        var agency = actors.FirstOrDefault(x => x.Start >= end && x.Start <= end + 2);
                        if (agency == null) break;
                        actor = ActorId(agency, organisation: true);
                        textEnd = agency.End;
                        var an = Enumerable.Range(agency.End, Math.Max(0, Math.Min(toks.Count, agency.End + 3) - agency.End)).FirstOrDefault(k => norms[k] == "عن", -1);
                        if (an >= 0)
                        {
                            var quoted = actors.FirstOrDefault(x => x.Start > an && x.Start <= an + 4);
                            if (quoted != null) { actor = ActorId(quoted, organisation: true); textEnd = quoted.End; }
                            else if (Anonymous(norms, toks, an + 1) is { } anon) { actor = anon.Id; textEnd = anon.End; }
                            else textEnd = an + 1;
                        }
                        break;
                    }
                    default:
                    {
                        // VSO: the speaker right after the verb; SVO: right before it; no subject: the previous speaker.
                        var after = SpeakerAfter(toks, norms, actors, end);
                        var before = actors.LastOrDefault(x => x.End <= i && x.End >= i - 1);
                        var a = after ?? before;
                        if (a != null)
                        {
                            actor = ActorId(a, organisation: true);
                            textEnd = a == after ? a.End : end;
                        }
                        else if (lastSpeaker != null && i + f.Length < toks.Count && Cue("complementizer", norms, end))
                        {
                            actor = lastSpeaker;
                            inherited = true;
                        }
                        break;
                    }
                }
                var textStart = toks[i].Span.Start;
                if (f.Kind is FrameKind.Statement or FrameKind.Verb && actor != null && !inherited)
                {
                    var before = actors.LastOrDefault(x => x.End <= i && x.End >= i - 1);
                    if (before != null && SpeakerAfter(toks, norms, actors, end) == null) textStart = toks[before.Start].Span.Start;
                }
                // Closing quotation marks and brackets belong to the frame words: وبحسب "الكرملين"
                while (textEnd < toks.Count && toks[textEnd].Kind == TokenKind.Punct && toks[textEnd].Norm is "\"" or ")" or "'") textEnd++;
                // "قالت الرئاسة السورية في بيان": the frame words run to the statement noun.
                if (textEnd < toks.Count - 1 && norms[textEnd] == "في" && norms[textEnd + 1].StartsWith("بيان", StringComparison.Ordinal)) textEnd += 2;
                var text = new Span(textStart, toks[Math.Min(textEnd, toks.Count) - 1].Span.End);
                frames.Add(new FrameRef(i, Math.Max(end, textEnd), f.Kind, actor, text, inherited));
                i = Math.Max(i, end - 1);
            }
            return frames;
        }

        /// <summary>
        /// The speaker after a reporting verb: right after it, or a person a few words on past a title
        /// ("قال وزير الداخلية في حكومة دمشق المؤقتة، علي كده").
        /// </summary>
        private static ActorRef? SpeakerAfter(List<Token> toks, List<string> norms, List<ActorRef> actors, int end)
        {
            var first = actors.FirstOrDefault(x => x.Start >= end && x.Start <= end + 8 && !Blocked(toks, end, x.Start));
            if (first == null) return null;
            if (first.Start <= end + 1 && !(first.IsPlace || first.Type == EntityType.Country)) return first;
            var person = actors.FirstOrDefault(x => x.Start >= end && x.Start <= end + 8 && x.Type == EntityType.Person && !Blocked(toks, end, x.Start)
                                                     && !Enumerable.Range(end, x.Start - end).Any(k => norms[k] is "ان" or "انه" or "إن"));
            if (person != null) return person;
            return first.Start <= end + 1 ? first : null;
        }

        /// <summary>"مصادر دبلوماسية", "مسؤول روسي": an unnamed source, as a group id of its normalised words.</summary>
        private static (string Id, int End)? Anonymous(List<string> norms, List<Token> toks, int at)
        {
            if (at >= norms.Count) return null;
            var w = norms[at];
            var head = w.StartsWith("ال", StringComparison.Ordinal) ? w[2..] : w;
            if (head is not ("مصادر" or "مصدر" or "مسوول" or "مسوولين" or "مسوولون" or "مراقبين" or "مراقبون" or "دبلوماسيين" or "دبلوماسي")) return null;
            var end = at + 1;
            while (end < norms.Count && end < at + 3 && toks[end].Kind == TokenKind.Word && !(norms[end] is "ان" or "انه" or "في" or "عن")) end++;
            return ("rasd:anonymous:" + string.Join('-', norms.GetRange(at, end - at)), end);
        }

        private static bool Blocked(List<Token> toks, int from, int to, bool comma = false)
        {
            for (var k = from; k < to; k++) if (toks[k].Kind == TokenKind.Punct && (toks[k].Norm is "." or ";" or ":" || comma && toks[k].Norm == ",")) return true;
            return false;
        }

        /// <summary>The id an actor reference stands for as a participant: places stand for their governments.</summary>
        private static string ActorId(ActorRef a, bool organisation = false) => a.IsPlace && a.Stands != null ? a.Stands : a.Id;

        private EventMention? Build(Item item, Sentence sent, List<Token> toks, List<string> norms, List<ActorRef> actors, List<FrameRef> frames,
            FrameRef? governing, int ts, int te, TriggerRow row, bool futurePrefix, bool objectSuffix, bool withConjunction, DateValue published, bool lead,
            EventMention? lastConsult, EventMention? lastEvent)
        {
            var (cs, ce) = Clause(norms, ts, te);
            // Places and countries after "في" say where, not who.
            bool AfterFi(ActorRef a) => a.Start > 0 && norms[a.Start - 1] is "في" or "وفي";
            var participants = actors.Where(a => !(a.IsPlace && a.Stands == null) && !IsAgencyOfFrame(a, frames) && !AfterFi(a)).ToList();
            var before = participants.Where(a => a.End <= ts && a.Start >= cs).ToList();
            // Targets are not looked for past "منذ" / "بعد" clauses of time ("منذ سقوط الأسد", "منذ عودة ترامب إلى البيت الأبيض").
            var te2 = Enumerable.Range(te, Math.Max(0, ce - te)).FirstOrDefault(k => Cue("target-stop", norms, k), ce);
            var after = participants.Where(a => a.Start >= te && a.Start < te2).ToList();
            var sources = new List<string>();
            var targets = new List<string>();
            string? location = null;
            var between = Enumerable.Range(te, Math.Max(0, Math.Min(norms.Count, te + 4) - te)).FirstOrDefault(k => norms[k] is "بين" or "وبين", -1);
            if (between >= 0)
            {
                var pair = participants.Where(a => a.Start > between && a.Start < ce).Select(a => ActorId(a)).Distinct().Take(2).ToList();
                if (pair.Count > 0) sources.Add(pair[0]);
                if (pair.Count > 1) targets.Add(pair[1]);
            }
            if (sources.Count == 0 && row.Frame == "visit")
            {
                var dest = actors.FirstOrDefault(a => a.Start >= te && a.Start < ce && a.IsPlace);
                var subj = actors.Where(a => a.Start >= te && (dest == null || a.Start < dest.Start) && !a.IsPlace).ToList();
                var visitor = subj.LastOrDefault(a => a.Type == EntityType.Person) ?? subj.FirstOrDefault() ?? before.LastOrDefault();
                if (visitor != null) sources.Add(ActorId(visitor));
                if (dest != null)
                {
                    location = dest.Id;
                    var host = dest.Stands ?? dest.Id;
                    if (!sources.Contains(host)) targets.Add(host);
                }
                else if (after.FirstOrDefault(a => visitor == null || a.Start > visitor.Start) is { } t) targets.Add(ActorId(t));
            }
            var conjoined = row.Verb && withConjunction;
            // The nearest speaker before the trigger ("قال الكرملين إن بوتين أكد ... وأبدى"): the subject carried by a
            // conjoined verb; the attribution stays with the outer frame.
            var speaker = frames.LastOrDefault(f => f.Actor != null && f.Start < ts && f.Kind is FrameKind.Statement or FrameKind.Verb) ?? governing;
            var lightAt = Enumerable.Range(Math.Max(cs, ts - 3), ts - Math.Max(cs, ts - 3)).Where(k => Cue("light", norms, k)).DefaultIfEmpty(-1).Last();
            var light = lightAt >= 0;
            // "وأبدى استعداد بلاده": a light verb joined by و with nobody between it and the noun keeps the sentence's subject.
            if (light && toks[lightAt].Norm.StartsWith('و') && !actors.Any(a => a.Start > lightAt && a.Start < ts)) conjoined = true;
            if (between < 0 && sources.Count == 0)
            {
                // The subject right after a verb (VSO), allowing a title word between ("استقبل الرئيس السوري أحمد الشرع").
                bool Right(ActorRef a) => a.Start == te || (a.Start == te + 1 && (norms[te].StartsWith("ال", StringComparison.Ordinal) || toks[te].Kind == TokenKind.Punct));
                // The subject after a verb may sit behind a title ("واستقبل قائد الإدارة السورية الجديدة أحمد الشرع"): the first person within a few words.
                ActorRef? VsoSubject()
                {
                    var first = after.FirstOrDefault();
                    if (first == null) return null;
                    var person = after.FirstOrDefault(a => a.Type == EntityType.Person && a.Start <= te + 5 && !Blocked(toks, te, a.Start, comma: true));
                    if (person != null && (first.Type != EntityType.Person || person == first) && !Right(first)) return person;
                    if (person != null && first.Type != EntityType.Person && Right(first) && person.Start <= te + 5 && first.End >= person.Start - 1) return person;
                    return Right(first) ? first : null;
                }
                ActorRef? src = null;
                var adjacentBefore = before.LastOrDefault() is { } ab && ab.End == ts ? ab : null;
                // "بوتين والشرع يجريان ...": coordinated subjects before the verb are the two parties.
                // (titles may stand between: "بوتين والرئيس الأمريكي دونالد ترامب")
                var coordinated = before.Count >= 2 && Coordinated(toks, before[^2], before[^1]);
                if (coordinated && (before[^1].End >= ts - 4 || light))
                {
                    sources.Add(ActorId(before[^2]));
                    if (row.Frame != "visit") targets.Add(ActorId(before[^1])); else sources.Add(ActorId(before[^1]));
                }
                else if (row.Verb && adjacentBefore != null && !conjoined) src = adjacentBefore;                // SVO: "بوتين دعا الشيباني"
                else if (row.Verb && VsoSubject() is { } a0) src = a0;                                     // VSO
                else if (!row.Verb && after.FirstOrDefault() is { } g && g.Start == te && !light) src = g;  // genitive: "اتصال بوتين والشرع", "استعداد روسيا"
                else if (!row.Verb && objectSuffix && before.LastOrDefault() is { } pb && pb.End >= ts - 1 && !Blocked(toks, pb.End, ts, comma: true)) src = pb; // "أبدت وزارة الدفاع استعدادها"
                else if (conjoined || (!row.Verb && objectSuffix)) src = null;                          // "ودعا ...", "استعداده": the subject of the sentence
                else if (before.LastOrDefault() is { } b0) src = b0;                                    // SVO, or the subject of a light verb
                if (coordinated && sources.Count > 0) { }
                else if (src != null) sources.Add(ActorId(src));
                else if ((conjoined || (!row.Verb && objectSuffix))
                         && (lastEvent != null && lastEvent.Span == sent.Span && lastEvent.SourceActors.Count > 0 ? lastEvent.SourceActors[0]
                             : speaker is { Actor: { } sp0, Kind: FrameKind.Statement or FrameKind.Verb } ? sp0 : lastEvent?.SourceActors.FirstOrDefault()) is { } carried)
                    sources.Add(carried);
                if (row.Verb && row.Frame == "host" && objectSuffix && lastEvent != null)
                    targets.AddRange(lastEvent.SourceActors.Where(x => !sources.Contains(x)));   // "واستقبله": the one just named
                else if (coordinated) { }
                else
                {
                    // After a subject that follows the verb, the object comes after the subject.
                    var tgt = after.FirstOrDefault(a => a != src && (src == null || src.Start < ts || a.Start >= src.End) && ActorId(a) != (src == null ? null : ActorId(src)));
                    if (tgt != null) targets.Add(ActorId(tgt));
                }
                // "استقبل الشرع الوفد الروسي": an unnamed guest is the visitor just reported.
                if (row.Frame == "host" && targets.Count == 0 && lastEvent is { Cameo: "042" }) targets.AddRange(lastEvent.SourceActors.Where(x => !sources.Contains(x)));
                // The speaker of the sentence acts when the clause names nobody ("وأن بلاده مستعدة ...").
                if (sources.Count == 0 && !light && row.Plover != "CONSULT" && speaker is { Actor: { } sp, Kind: FrameKind.Statement or FrameKind.Verb }) sources.Add(sp);
            }
            // "خلال الاتصال": a reference to the consultation just reported, with its parties.
            var during = Enumerable.Range(Math.Max(cs, ts - 2), ts - Math.Max(cs, ts - 2)).Any(k => norms[k] is "خلال" or "اثناء" or "وخلال");
            if (during && lastConsult != null && row.Plover == "CONSULT" && !row.Verb)
            {
                sources.Clear(); targets.Clear();
                sources.AddRange(lastConsult.SourceActors);
                targets.AddRange(lastConsult.TargetActors);
            }
            // "اتفق الطرفان", "بين القائدين", "وجرى تبادل للآراء": the two parties of the consultation just reported.
            var pairCue = Enumerable.Range(Math.Max(cs, ts - 2), Math.Min(ce, te + 3) - Math.Max(cs, ts - 2)).Any(k => Cue("pair", norms, k));
            if (lastConsult != null && (pairCue || sources.Count == 0 && (light || row.Plover == "CONSULT")))
            {
                sources.Clear(); targets.Clear();
                sources.AddRange(lastConsult.SourceActors);
                targets.AddRange(lastConsult.TargetActors);
            }
            // Aid, support and appeals aimed at a country named as where ("المساعدة في سوريا").
            if (targets.Count == 0 && row.Plover != "CONSULT")
            {
                var at = actors.FirstOrDefault(a => a.Start >= te && a.Start < ce && AfterFi(a) && a.Type == EntityType.Country);
                if (at != null && !sources.Contains(at.Id)) targets.Add(at.Id);
            }
            targets.RemoveAll(sources.Contains);
            if (location == null)
            {
                var fi = Enumerable.Range(te, Math.Max(0, ce - te)).FirstOrDefault(k => norms[k] is "في" or "وفي" && actors.Any(a => a.Start == k + 1 && (a.IsPlace || a.Type == EntityType.Country)), -1);
                if (fi >= 0) location = actors.First(a => a.Start == fi + 1).Id;
            }
            var (type, cameo, mode) = (row.Type, row.Cameo, row.Mode);
            if (row.Cameo == "044")
            {
                // A meeting is at a third location only when the place belongs to neither party; in one party's
                // country it is the other's visit; with no place known it is a plain consultation.
                var placeCountry = location == null ? null : dict?.Get(location)?.Country;
                string? Country(string id) => dict?.Get(id)?.Country;
                var all = sources.Concat(targets).ToList();
                var host = placeCountry == null ? null : all.FirstOrDefault(a => Country(a) == placeCountry);
                if (location == null || placeCountry == null) { cameo = "040"; mode = null; }
                else if (host != null && all.Count >= 2)
                {
                    (type, cameo, mode) = ("visit", "042", "visit");
                    sources.Clear(); sources.AddRange(all.Where(a => a != host));
                    targets.Clear(); targets.Add(host);
                }
            }
            var background = Background(norms, ts, te, cs) || SentenceBackground(norms);
            var modality = Modality(norms, ts, te, cs, ce, row, futurePrefix);
            var (date, dateSource) = Date(sent, toks, ts, published, lead && !background && modality == Model.Modality.Asserted, norms);
            var attribution = governing?.Actor;
            return new EventMention
            {
                ItemId = item.Id,
                Span = sent.Span,
                Trigger = new Span(toks[ts].Span.Start, toks[te - 1].Span.End),
                Type = type,
                Cameo = cameo,
                Plover = row.Plover,
                PloverMode = mode,
                SourceActors = sources.Distinct().ToList(),
                TargetActors = targets.Distinct().ToList(),
                Location = location,
                Date = date,
                DateSource = dateSource,
                Modality = modality,
                Attribution = attribution,
                AttributionText = governing == null ? null : doc.Slice(governing.Text),
                Summary = Summary(toks, cs, ce, ts),
                Background = background,
            };
        }

        /// <summary>"X و Y", "X والرئيس الأمريكي Y": two actors joined by و with at most a title between.</summary>
        private static bool Coordinated(List<Token> toks, ActorRef x, ActorRef y)
        {
            var gap = y.Start - x.End;
            if (gap < 0 || gap > 4) return false;
            if (gap == 0) return toks[y.Start].Norm.StartsWith('و') && toks[y.Start].Norm.Length > 2;
            for (var k = x.End; k < y.Start; k++) if (toks[k].Kind != TokenKind.Word) return false;
            return toks[x.End].Norm.StartsWith('و');
        }

        private static bool IsAgencyOfFrame(ActorRef a, List<FrameRef> frames) =>
            frames.Any(f => f.Kind is FrameKind.Prep or FrameKind.Relay && f.Start <= a.Start && a.End <= f.End);

        private EventMention? Statement(Item item, Sentence sent, List<Token> toks, List<string> norms, List<ActorRef> actors, FrameRef frame, DateValue published, bool lead)
        {
            var ts = frame.Start;
            var (cs, ce) = (0, toks.Count);
            var modality = Modality(norms, ts, ts + 1, cs, ce, null, false);
            var (date, dateSource) = Date(sent, toks, ts, published, lead && modality == Model.Modality.Asserted, norms);
            return new EventMention
            {
                ItemId = item.Id,
                Span = sent.Span,
                Trigger = toks[ts].Span,
                Type = "statement",
                Cameo = "010",
                Plover = null,
                SourceActors = new List<string> { frame.Actor! },
                Date = date,
                DateSource = dateSource,
                Modality = modality,
                Attribution = frame.Actor,
                AttributionText = doc.Slice(frame.Text),
                Summary = Summary(toks, cs, ce, ts),
            };
        }

        /// <summary>The clause around the trigger: after the last complementizer before it, up to the next one.</summary>
        private (int Start, int End) Clause(List<string> norms, int ts, int te)
        {
            var cs = 0;
            for (var k = ts - 1; k >= 0; k--) if (Cue("complementizer", norms, k)) { cs = k + 1; break; }
            var ce = norms.Count;
            for (var k = te; k < norms.Count; k++) if (Cue("complementizer", norms, k) || norms[k] is ";" or ".") { ce = k; break; }
            return (cs, ce);
        }

        private bool SentenceBackground(List<string> norms)
        {
            for (var k = 0; k < Math.Min(2, norms.Count); k++) if (Cue("background-sentence", norms, k)) return true;
            return false;
        }

        private bool Background(List<string> norms, int ts, int te, int cs)
        {
            for (var k = Math.Max(cs, ts - 3); k < ts; k++) if (Cue("background", norms, k)) return true;
            for (var k = te; k < Math.Min(norms.Count, te + 3); k++) if (Cue("background-after", norms, k)) return true;
            return false;
        }

        private Modality Modality(List<string> norms, int ts, int te, int cs, int ce, TriggerRow? row, bool futurePrefix)
        {
            var intent = row != null && row.Cameo.StartsWith("03", StringComparison.Ordinal);
            for (var k = 0; k < ts; k++)
                if (Cue("denial", norms, k)) return Model.Modality.Denied;
            for (var k = Math.Max(cs, ts - 2); k < ts; k++)
                if (Cue("negation", norms, k)) return Model.Modality.Denied;
            for (var k = Math.Max(cs, ts - 6); k < ts; k++)
                if (Cue("hypothetical", norms, k)) return Model.Modality.Hypothetical;
            if (intent) return Model.Modality.Asserted;
            for (var k = Math.Max(0, ts - 6); k < ts; k++)
                if (Cue("planned", norms, k)) return Model.Modality.Planned;
            for (var k = te; k < Math.Min(ce, te + 5); k++)
                if (Cue("planned-after", norms, k)) return Model.Modality.Planned;
            if (futurePrefix) return Model.Modality.Future;
            for (var k = Math.Max(cs, ts - 4); k < ts; k++)
                if (Cue("future", norms, k)) return Model.Modality.Future;
            return Model.Modality.Asserted;
        }

        /// <summary>
        /// The date of an event: the time expression governing the sentence (nearest before the trigger, else after it, on the
        /// same side of any quotation), else the publication day when the text says "today", else (for a lead sentence) the
        /// publication day, else unknown with the reason.
        /// </summary>
        private (DateValue, string) Date(Sentence sent, List<Token> toks, int ts, DateValue published, bool lead, List<string> norms)
        {
            var trig = toks[ts].Span.Start;
            var times = doc.Times.Where(t => sent.Span.Covers(t.Span) && !t.Background && t.Type is TimeType.Date or TimeType.DateRange
                                             && (t.Value.Resolved || t.Value.Month > 0 || t.Value.Note != null)
                                             && SameQuote(t.Span.Start, trig)).ToList();
            var pick = times.Where(t => t.Span.Start < trig).OrderByDescending(t => t.Span.Start).FirstOrDefault()
                       ?? times.Where(t => t.Span.Start >= trig).OrderBy(t => t.Span.Start).FirstOrDefault();
            if (pick != null) return (pick.Value, "sentence");
            var today = Enumerable.Range(0, toks.Count).Any(k => Cue("today", norms, k) && SameQuote(toks[k].Span.Start, trig));
            if (today)
            {
                if (published.Precision == DatePrecision.Day)
                    return (published with { Note = "the text says today: the publication day" }, "today");
                return (DateValue.Unknown("the text says today, but the publication date is unknown"), "none");
            }
            var anyTime = doc.Times.Any(t => sent.Span.Covers(t.Span));
            if (_context != null && !anyTime && lead is var _ && !Background(norms, ts, ts + 1, 0))
                return (_context with { Note = "date of the preceding sentence" }, "context");
            if (lead && published.Precision == DatePrecision.Day)
                return (published with { Note = "lead sentence without a date: taken as the publication day" }, "lead");
            return (DateValue.Unknown("no date in the sentence"), "none");
        }

        /// <summary>True when no quotation mark opens or closes between the two offsets.</summary>
        private bool SameQuote(int a, int b)
        {
            var (s, e) = a < b ? (a, b) : (b, a);
            var n = 0;
            for (var k = s; k < e; k++) if (doc.Text[k] is '"' or '“' or '”' or '«' or '»') n++;
            return n % 2 == 0;
        }

        private string Summary(List<Token> toks, int cs, int ce, int ts)
        {
            var from = Math.Max(cs, ts - 10);
            var to = Math.Min(ce, Math.Max(ts + 14, from + 20));
            while (to > from + 1 && toks[to - 1].Kind != TokenKind.Word && toks[to - 1].Kind != TokenKind.Number) to--;
            while (from < to - 1 && toks[from].Kind != TokenKind.Word) from++;
            return doc.Text[toks[from].Span.Start..toks[to - 1].Span.End];
        }
    }
}

/// <summary>Event families for coreference: reports of one event may use different but related codes.</summary>
public static class EventFamilies
{
    public static string Of(string cameo)
    {
        if (cameo.Length < 2) return cameo;
        var root = cameo[..2];
        return root switch
        {
            "02" or "10" => "request",
            "04" => "consult",
            "03" => cameo.Length >= 3 ? (cameo[..3] is "030" or "031" or "032" ? "cooperate" : cameo[..3]) : "cooperate",
            "05" => cameo.Length >= 3 ? cameo[..3] : root,
            "18" or "19" => "force",
            _ => root,
        };
    }
}
