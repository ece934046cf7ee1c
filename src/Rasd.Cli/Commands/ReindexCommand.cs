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
            var total = s.Stats().Documents;
            if (Rebuild(s, CliCommon.Err(pr), "reindex", n =>
                {
                    if (!pr.GetValue(quiet) && n % 1000 == 0) CliCommon.Err(pr).WriteLine($"rasd reindex: {n}/{total} documents");
                }) is not var (r, path)) return 1;
            CliCommon.Out(pr).WriteLine($"indexed {r.Items} items and {r.Events} events from {s.Location} into {path} in {r.Elapsed.TotalSeconds:F1} s");
            return 0;
        });
        return cmd;
    }

    /// <summary>Rebuilds the search index beside the store; null (with the reason on <paramref name="err"/>) when it cannot.</summary>
    internal static (RebuildSummary Summary, string Path)? Rebuild(IStore s, TextWriter err, string command, Action<int>? progress = null)
    {
        try
        {
            using var index = new LuceneSearchIndex(LuceneSearchIndex.DefaultPathFor(s));
            return (index.Rebuild(s, progress), index.Path);
        }
        catch (Exception e) when (e is SearchIndexException or IOException or UnauthorizedAccessException)
        {
            err.WriteLine($"rasd {command}: search index not rebuilt: {e.Message}");
            return null;
        }
    }
}
