using Rasd.Model;
using Rasd.Search;
using Rasd.Store;

namespace Rasd.Cli.Commands;

/// <summary>
/// Keeps the search index beside the store in step while a command saves analyses. When the index cannot be
/// opened (a running `rasd serve` holds it) the command goes on and says how to catch up.
/// </summary>
public sealed class SearchHook : IDisposable
{
    private readonly LuceneSearchIndex _index;
    private readonly TextWriter _err;
    private readonly string _command;
    private bool _failed;

    private SearchHook(LuceneSearchIndex index, TextWriter err, string command)
    {
        _index = index;
        _err = err;
        _command = command;
    }

    public static SearchHook? Open(IStore store, TextWriter err, string command)
    {
        try
        {
            return new SearchHook(new LuceneSearchIndex(LuceneSearchIndex.DefaultPathFor(store)), err, command);
        }
        catch (Exception e) when (e is SearchIndexException or IOException or UnauthorizedAccessException)
        {
            err.WriteLine($"rasd {command}: search index not updated ({e.Message}); run `rasd reindex` later");
            return null;
        }
    }

    /// <summary>Indexes a saved document; an index failure never fails the document's analysis.</summary>
    public void OnSaved(Document doc, Corpus corpus)
    {
        if (_failed) return;
        try
        {
            _index.OnSaved(doc, corpus);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException or Lucene.Net.Index.CorruptIndexException)
        {
            _failed = true;
            _err.WriteLine($"rasd {_command}: search index not updated from {doc.Id} on ({e.Message}); run `rasd reindex`");
        }
    }

    public void Dispose() => _index.Dispose();
}
