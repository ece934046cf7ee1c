using Rasd.Actors;
using Rasd.Language;
using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Events;

public sealed partial class EventsStage
{
    private sealed partial class Extraction
    {
        // Reporting frames ("قال ...", "نقلت ... عن", "بحسب ...") and who speaks in them.
        private int NextTrigger(List<Token> toks, List<string> norms, int from)
        {
            for (var i = from; i < toks.Count; i++)
                if (toks[i].Kind == TokenKind.Word && lex.MayTriggerAt(norms, i)) return i;
            return toks.Count;
        }

        private int NextFrame(List<Token> toks, List<string> norms, int from, out (FrameKind Kind, int Length) frame)
        {
            for (var i = from; i < toks.Count; i++)
                if (toks[i].Kind == TokenKind.Word && lex.FrameAt(norms, i) is { } f) { frame = f; return i; }
            frame = default;
            return toks.Count;
        }

        /// <summary>Attribution frames of a sentence, each with the actor whose account follows.</summary>
        private List<FrameRef> Frames(List<Token> toks, List<string> norms, List<ActorRef> actors, string? lastSpeaker, FrameRef? lastFrame)
        {
            var frames = new List<FrameRef>();
            // Words no frame starts at are skipped in the loop header: the body's lambdas capture its locals, an allocation per entry.
            for (var i = NextFrame(toks, norms, 0, out var f); i < toks.Count; i = NextFrame(toks, norms, i + 1, out f))
            {
                var end = i + f.Length;
                string? actor = null;
                var textEnd = end;
                var inherited = false;
                switch (f.Kind)
                {
                    case FrameKind.Prep:
                    {
                        // "وفق مقترح ترامب", "بموجب الاتفاق": according to a plan or a text, not to someone's account
                        if (end < toks.Count && Cue("plan-noun", norms, end)) break;
                        // A one-word frame is in the construct state ("إعلان الرئاسة أن"): "الإعلان الدستوري الذي وقعه" is a document.
                        if (f.Length == 1 && Definite(toks[i].Norm)) break;
                        // "وفقاً للبيان الصادر عن الرئاسة": the source within a few words, before any comma.
                        // ("حسب ما أفاد به اليوم الأربعاء بيان لرئاسة الجمهورية": further on after ما and its verb)
                        var reach = end < toks.Count && Cue("reported-what", norms, end) ? 10 : 5;
                        var a = actors.FirstOrDefault(x => x.Start >= end && x.Start <= end + reach && !Blocked(toks, end, x.Start, comma: true));
                        if (Anonymous(norms, toks, actors, end) is { } anon) { actor = anon.Id; textEnd = anon.End; }
                        else if (a != null) { actor = ActorId(a, organisation: true); textEnd = a.End; }
                        else if (end < toks.Count && Cue("source-anaphor", norms, end) && lastFrame?.Actor is { } prev) { actor = prev; textEnd = end + 1; inherited = true; }
                        break;
                    }
                    case FrameKind.Relay:
                    {
                        var agency = actors.FirstOrDefault(x => x.Start >= end && x.Start <= end + 2);
                        if (agency == null) break;
                        // ("ونقلت وكالة الأنباء السورية (سانا) عن نوفاك": past the agency's short name in brackets)
                        var an = Enumerable.Range(agency.End, Math.Max(0, Math.Min(toks.Count, agency.End + (norms[Math.Min(agency.End, toks.Count - 1)] == "(" ? 5 : 3)) - agency.End)).FirstOrDefault(k => norms[k] == "عن", -1);
                        // With no عن, what is relayed follows ("نقلت سانا أن ...", "نقلت الوكالة تصريحات"); "أعلن نقل السفارة
                        // الأمريكية إلى القدس" is a move, no frame.
                        if (an < 0 && !Enumerable.Range(agency.End, Math.Max(0, Math.Min(toks.Count, agency.End + 3) - agency.End))
                                .Any(k => norms[k] == ":" || Cue("complementizer", norms, k) || Cue("relayed", norms, k))) break;
                        actor = ActorId(agency, organisation: true);
                        textEnd = agency.End;
                        if (an >= 0)
                        {
                            var quoted = actors.FirstOrDefault(x => x.Start > an && x.Start <= an + 4);
                            if (quoted != null) { actor = ActorId(quoted, organisation: true); textEnd = quoted.End; }
                            else if (Anonymous(norms, toks, actors, an + 1) is { } anon) { actor = anon.Id; textEnd = anon.End; }
                            else textEnd = an + 1;
                        }
                        break;
                    }
                    default:
                    {
                        // VSO: the speaker right after the verb; SVO: right before it; an unnamed source ("قال مصدر سوري");
                        // "وأضاف البيان": the source just named; no subject: the previous speaker.
                        var after = SpeakerAfter(toks, norms, actors, end);
                        // "بوتين يجري اتصالاً مع الشرع ويؤكد": a verb joined by و has no subject right before it.
                        // ("استقبل السيسي ضيفه عراقجي، وحذر": nor after a comma, where the guest's name ends the clause before)
                        var joined = toks[i].Norm.Length > 3 && toks[i].Norm[0] == 'و' && i > 0 && (toks[i - 1].Kind == TokenKind.Word || toks[i - 1].Norm == ",");
                        var before = joined ? null : actors.LastOrDefault(x => x.End <= i && x.End >= i - 1 && !x.Where);
                        // ("بأن الرئيس أكد موقف مصر": after a complementizer the subject comes first; the name after the verb is its object)
                        // ("يحيى سريع يعلن استهداف حاملة الطائرات الأمريكية "هاري ترومان"": a subject right before the verb, with
                        // no name within the few words after it (a title may come first), speaks; a name further on is what is said)
                        var a = before != null && (before.Start > 0 && Cue("complementizer", norms, before.Start - 1) || before.End == i && (after == null || after.Start > end + 3))
                            ? before : after ?? before;
                        var anonBefore = Enumerable.Range(Math.Max(0, i - 4), Math.Min(4, i)).Select(k => Anonymous(norms, toks, actors, k)).FirstOrDefault(x => x is { } ab && ab.End <= i && ab.End >= i - 2);
                        if (Anonymous(norms, toks, actors, end) is { } anon && (after == null || after.Start >= anon.End)) { actor = anon.Id; textEnd = anon.End; }
                        else if (anonBefore is { } ab0 && before == null) { actor = ab0.Id; textEnd = end; }
                        else if (a != null)
                        {
                            actor = ActorId(a, organisation: true);
                            textEnd = a == after ? a.End : end;
                        }
                        else if (end < toks.Count && Cue("source-anaphor", norms, end) && lastFrame?.Actor is { } prev)
                        {
                            actor = prev;
                            textEnd = end + 1;
                            inherited = true;
                        }
                        else if (Institution(norms, toks, end) is { } inst) { actor = inst.Id; textEnd = inst.End; }
                        // "كاتس اتهم طهران بخرق الاتفاق، وقال إنه ...": a joined verb of saying keeps the sentence's subject.
                        else if (toks[i].Norm.Length > 3 && toks[i].Norm[0] == 'و' && actors.FirstOrDefault(x => x.End <= i && !x.Where && !x.InTitle && !x.IsPlace
                                                                               && (x.Type is EntityType.Person
                                                                                   // (or a movement the dictionary knows: "رفضت حركة حماس القرار ... وقالت إنه")
                                                                                   || x.Type is EntityType.Group && dict?.Get(x.Id) != null)) is { } subject
                                 && i + f.Length < toks.Count && Cue("complementizer", norms, end))
                        {
                            actor = ActorId(subject, organisation: true);
                        }
                        // "في هجوم قال إنه رد على ...": a verb of saying inside the sentence speaks for its subject, not for the
                        // previous sentence's speaker.
                        // "افتتح أمير قطر القمة بكلمة قال فيها إن ...": the same, the speech named before the verb.
                        else if (i > 2 && !(toks[i].Norm.Length > 3 && toks[i].Norm[0] == 'و')
                                 && (Cue("complementizer", norms, end) || end + 1 < toks.Count && Cue("speech-in", norms, end) && Cue("complementizer", norms, end + 1))
                                 && actors.FirstOrDefault(x => x.End <= i && !x.Where && !x.InTitle && !x.IsPlace) is { } inner)
                        {
                            actor = ActorId(inner, organisation: true);
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
            // (a title before a name opens a sentence: "البيت الأبيض: المبعوث ستيف ويتكوف تحدث ...")
            bool Described(int k) => TitleWord(norms[k]) && !actors.Any(a => a.Type == EntityType.Person && a.Start > k && a.Start <= k + 4) || Cue("description-head", norms, k)
                                     || dict?.MatchAt(norms, k, p => p.Kind == PhraseKind.Demonym) != null
                                     || norms[k].Length > 3 && dict?.MatchAt(new List<string> { "ال" + norms[k] }, 0, p => p.Kind == PhraseKind.Demonym) != null;
            // "🇺🇸 ترامب: قرار الضربة ... لم يكن قراري", "البرهان: وافقنا على ...": a name opening the sentence before a colon
            // says what follows.
            var lead = 0;
            while (lead < toks.Count && toks[lead].Kind != TokenKind.Word) lead++;
            // ("الجيش الإسرائيلي في بيان: ضربنا هدفا": the medium may stand before the colon)
            // ("🗣 نائب رئيس المجلس السياسي في حزب الله محمود قماطي من موقع الغارة: ...": a person after his title, and the
            // place he speaks from)
            var colonSpeaker = actors.FirstOrDefault(a => a.Start == lead)
                               ?? actors.FirstOrDefault(a => a.Type == EntityType.Person && a.Start > lead && a.Start <= lead + 10 && !a.InTitle
                                                             && actors.All(b => b.Start >= a.Start || b.InTitle) && TitleWord(norms[lead])
                                                             && Enumerable.Range(lead, a.Start - lead).All(k => toks[k].Kind == TokenKind.Word));
            // ("ترامب في مقابلة مع شبكة "فوكس بيزنس" بثت اليوم: ...", "خامنئي أمام طلاب جامعيين: ...": the occasion's words run
            // to the colon, words and quotation marks only)
            var colon = colonSpeaker == null ? -1
                : colonSpeaker.End < toks.Count && toks[colonSpeaker.End].Norm == ":" ? colonSpeaker.End
                : colonSpeaker.End + 2 < toks.Count && Cue("medium-in", norms, colonSpeaker.End) && Cue("medium", norms, colonSpeaker.End + 1)
                  ? ColonWithin(colonSpeaker.End + 2, 9)
                : colonSpeaker.End < toks.Count && Cue("speaking-from", norms, colonSpeaker.End) ? ColonWithin(colonSpeaker.End + 1, 6)
                // ("لامي للصحفيين: ...": whom he tells)
                : colonSpeaker.End + 1 < toks.Count && lex.CueAt("told-to", norms, colonSpeaker.End) is var tt and > 0 ? ColonWithin(colonSpeaker.End + tt, 1)
                // ("#ترامب على منصة «تروث سوشال»: ...": where he posts it)
                : colonSpeaker.End < toks.Count && lex.CueAt("posted-on", norms, colonSpeaker.End) is var po and > 0 ? ColonWithin(colonSpeaker.End + po, 6)
                : -1;
            int ColonWithin(int from, int reach)
            {
                for (var k = from; k < toks.Count && k <= from + reach; k++)
                {
                    if (toks[k].Norm == ":") return k;
                    // (a hashtag's mark too: "#عراقجي أمام مجلس حقوق الإنسان في #جنيف:")
                    if (toks[k].Kind != TokenKind.Word && toks[k].Norm is not ("\"" or "'" or "#")) return -1;
                }
                return -1;
            }
            if (colonSpeaker != null && colon >= 0
                && !colonSpeaker.IsPlace && !colonSpeaker.Where && colonSpeaker.Type is EntityType.Person or EntityType.Organization or EntityType.Group
                && !colonSpeaker.Id.StartsWith("rasd:media:", StringComparison.Ordinal) && (frames.Count == 0 || frames[0].Start > colon)
                // not a list of who is who ("وجدي غنيم : مصري يعيش في قطر", "عبد الكريم الهاروني: رئيس المجلس")
                && colon + 1 < toks.Count && !Described(colon + 1))
                frames.Insert(0, new FrameRef(colonSpeaker.Start, colon + 1, FrameKind.Statement, ActorId(colonSpeaker, organisation: true),
                    new Span(toks[colonSpeaker.Start].Span.Start, toks[colon].Span.End), false));
            // "... يسلّم عراقجي رسالة ترامب (إرنا).": a news agency in brackets closing a sentence that names no source is
            // whose report it relays.
            if (!frames.Any(f => f.Actor != null))
            {
                var close = toks.Count - 1;
                while (close > 0 && toks[close].Kind != TokenKind.Word && toks[close].Norm != ")") close--;
                if (close > 1 && toks[close].Norm == ")"
                    && actors.FirstOrDefault(a => a.End == close && a.Start > 0 && toks[a.Start - 1].Norm == "(" && a.Id.StartsWith("rasd:media:", StringComparison.Ordinal)) is { } agency)
                    frames.Add(new FrameRef(agency.Start - 1, close + 1, FrameKind.Prep, agency.Id,
                        new Span(toks[agency.Start - 1].Span.Start, toks[close].Span.End), false));
            }
            return frames;
        }

        /// <summary>
        /// The speaker after a reporting verb: right after it, or a person further on past a title, before any "أن"
        /// ("قال وزير الداخلية في حكومة دمشق المؤقتة، علي كده").
        /// </summary>
        private ActorRef? SpeakerAfter(List<Token> toks, List<string> norms, List<ActorRef> actors, int end)
        {
            // Nobody after a complementizer speaks: "يذكر أن طهران والرياض ..." is impersonal.
            // ("وأفاد بلاغ لوزارة الخارجية الروسية بأن": after the document the verb's subject is, the one it is of issues it)
            var first = actors.FirstOrDefault(x => x.Start >= end && x.Start <= end + 14 && !Blocked(toks, end, x.Start) && (!x.Dative || x.Start == end + 1 && Cue("medium", norms, end))
                                                   && !Enumerable.Range(end, x.Start - end).Any(k => Cue("complementizer", norms, k)));
            if (first == null) return null;
            // ("أعلن نقل السفارة الأمريكية إلى القدس": a verbal noun between says what is announced, not who announces it)
            if (first.Start == end + 1 && lex.FrameAt(norms, end) != null) return null;
            if (first.Start <= end + 1 && !(first.IsPlace || first.Type == EntityType.Country)) return first;
            // A person's title may run long ("رئيس الوفد الروسي في مفاوضات إسطنبول، مساعد الرئيس الروسي فلاديمير ميدينسكي").
            var person = actors.FirstOrDefault(x => x.Start >= end && x.Start <= end + 14 && x.Type == EntityType.Person && !Blocked(toks, end, x.Start)
                                                     && !Enumerable.Range(end, x.Start - end).Any(k => Cue("complementizer", norms, k)));
            if (person != null) return person;
            if (first.Start <= end + 1) return first;
            // "وأفاد المكتب الصحفي للكرملين": an organisation closing the subject's words.
            if (first.Start <= end + 3 && first.Type is EntityType.Organization && !first.Where
                && Enumerable.Range(end, first.Start - end).All(k => toks[k].Kind == TokenKind.Word && !(norms[k] is "ان" or "انه" or "علي" or "عن" or "في" or "مع" or "الي" or "من")))
                return first;
            return null;
        }

        /// <summary>"مصادر دبلوماسية", "مسؤول روسي": an unnamed source, as a group id of its normalised words.</summary>
        private (string Id, int End)? Anonymous(List<string> norms, List<Token> toks, List<ActorRef> actors, int at)
        {
            if (at >= norms.Count || !Cue("anonymous", norms, at)) return null;
            var end = at + 1;
            while (end < norms.Count && end < at + 3 && toks[end].Kind == TokenKind.Word && !(norms[end] is "ان" or "انه" or "في" or "عن")) end++;
            // "مصدر في الكرملين": an unnamed source inside an organisation gives that organisation's account.
            if (end + 1 < norms.Count && norms[end] == "في" && actors.FirstOrDefault(x => x.Start == end + 1 && x.Type == EntityType.Organization) is { } org)
                return (org.Id, org.End);
            return ("rasd:anonymous:" + string.Join('-', norms.GetRange(at, end - at)), end);
        }

        /// <summary>
        /// "ذكرت رئاسة الجمهورية في بيان": an institution the dictionary does not know, named by its words (an unlinked
        /// source, kept as a group entity like unnamed sources).
        /// </summary>
        private (string Id, int End)? Institution(List<string> norms, List<Token> toks, int at)
        {
            if (at >= norms.Count || toks[at].Kind != TokenKind.Word || !Cue("institution", norms, at)) return null;
            var end = at + 1;
            while (end < norms.Count && end < at + 4 && toks[end].Kind == TokenKind.Word && !Cue("complementizer", norms, end)
                   && !(norms[end] is "في" or "عن" or "علي" or "مع" or "الي" or "ان")) end++;
            if (end < norms.Count && !(Cue("complementizer", norms, end) || norms[end] is "في" or "," || toks[end].Kind == TokenKind.Punct)) return null;
            return ("rasd:anonymous:" + string.Join('-', toks.GetRange(at, end - at).Select(t => t.Text)), end);
        }

        private static bool Blocked(List<Token> toks, int from, int to, bool comma = false)
        {
            for (var k = from; k < to; k++) if (toks[k].Kind == TokenKind.Punct && (toks[k].Norm is "." or ";" or ":" || comma && toks[k].Norm == ",")) return true;
            return false;
        }

        /// <summary>The id an actor reference stands for as a participant: places stand for their governments.</summary>
        private static bool Definite(string norm) =>
            norm.StartsWith("ال", StringComparison.Ordinal) || norm.StartsWith("لل", StringComparison.Ordinal)
            || norm.Length > 3 && norm[0] is 'و' or 'ف' or 'ب' or 'ك' && (norm.AsSpan(1).StartsWith("ال", StringComparison.Ordinal) || norm.AsSpan(1).StartsWith("لل", StringComparison.Ordinal));

        private static string ActorId(ActorRef a, bool organisation = false) => a.IsPlace && a.Stands != null ? a.Stands : a.Id;
    }
}
