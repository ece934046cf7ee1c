using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Clean;

/// <summary>Document stage "clean": lines classified as headline, body or removed furniture; metadata from furniture lines.</summary>
public sealed class CleanStage : IDocumentStage
{
    private readonly Cleaner _cleaner;
    public CleanStage(Cleaner? cleaner = null) { _cleaner = cleaner ?? new Cleaner(); }
    public string Name => "clean";
    public void Process(Document doc) => _cleaner.Clean(doc);
}
