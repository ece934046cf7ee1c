using System.CommandLine;
using Rasd.Search;
using Rasd.Store;

namespace Rasd.Cli.Commands;

/// <summary>`rasd reindex`: rebuilds the search index from the store.</summary>
public static class ReindexCommand
{
    public static Command Create()
    {
        var store = CliCommon.StoreOption();
        var quiet = CliCommon.QuietOption();
        var cmd = new Command("reindex", "rebuild the search index from the store") { store, quiet };
        cmd.SetAction(pr =>
        {
            using var s = CliCommon.OpenStore(pr, store, "reindex");
            if (s == null) return 1;
            try
            {
                using var index = new LuceneSearchIndex(LuceneSearchIndex.DefaultPathFor(s));
                var total = s.Stats().Documents;
                var r = index.Rebuild(s, n =>
                {
                    if (!pr.GetValue(quiet) && n % 1000 == 0) CliCommon.Err(pr).WriteLine($"rasd reindex: {n}/{total} documents");
                });
                CliCommon.Out(pr).WriteLine($"indexed {r.Items} items and {r.Events} events from {s.Location} into {index.Path} in {r.Elapsed.TotalSeconds:F1} s");
                return 0;
            }
            catch (SearchIndexException e)
            {
                CliCommon.Err(pr).WriteLine("rasd reindex: " + e.Message);
                return 1;
            }
        });
        return cmd;
    }
}
