using Rasd.Model;

namespace Rasd.Pipeline;

/// <summary>
/// A stage that works on one document alone (cleaning, time, NER, event extraction).
/// It must be thread-safe: the pipeline runs documents in parallel.
/// </summary>
public interface IDocumentStage
{
    string Name { get; }
    void Process(Document doc);
}

/// <summary>
/// A stage that relates a document to everything seen before (near-duplicates, entity merging,
/// event coreference, stories). Runs one document at a time, in order.
/// </summary>
public interface ICorpusStage
{
    string Name { get; }
    void Process(Document doc, Corpus corpus);
}
