using System.CommandLine;
using Rasd.Model;

namespace Rasd.Cli.Commands;

/// <summary>`rasd timeline [STORY]`: the events of a story (or of the whole store) in date order.</summary>
public static class TimelineCommand
{
    public static Command Create()
    {
        var story = new Argument<string?>("story") { Description = "story id (default: every event)", Arity = ArgumentArity.ZeroOrOne };
        var store = CliCommon.StoreOption();
        var cmd = new Command("timeline", "events in date order, undated ones last with the reason") { story, store };
        cmd.SetAction(pr =>
        {
            using var s = CliCommon.OpenStore(pr, store, "timeline");
            if (s == null) return 1;
            var id = pr.GetValue(story);
            var w = CliCommon.Out(pr);
            Story? st = null;
            if (id != null && (st = s.GetStory(id)) == null)
            {
                CliCommon.Err(pr).WriteLine($"rasd timeline: no story {id} (see `rasd stories`)");
                return 1;
            }
            var corpus = s.LoadCorpus();
            var events = id == null ? corpus.Events : corpus.Events.Where(e => e.Story == id).ToList();
            if (events.Count == 0 && st == null) { w.WriteLine("no events yet (ingest some documents first)"); return 0; }
            Rasd.Stories.Timeline.Render(w, events, corpus.Entities, st);
            return 0;
        });
        return cmd;
    }
}
