namespace Rasd.Pipeline;

/// <summary>The stages of the default pipeline, in order. Each later issue adds its stage here.</summary>
public static class StageRegistry
{
    public static IEnumerable<IDocumentStage> DocumentStages()
    {
        // clean → items → language → time → actors → events
        yield return new Rasd.Clean.CleanStage();
        yield return new Rasd.Items.ItemsStage();
        yield return new Rasd.Time.TimeStage();
        yield return new Rasd.Actors.ActorsStage();
        yield return new Rasd.Events.EventsStage();
    }

    public static IEnumerable<ICorpusStage> CorpusStages()
    {
        // near-duplicates → entities → events → stories
        yield return new Rasd.Clean.RecurringLinesStage();
        yield return new Rasd.Items.NearDuplicateStage();
        yield return new Rasd.Actors.EntitiesStage();
        yield return new Rasd.Events.EventCorefStage();
        yield return new Rasd.Stories.StoriesStage();
    }
}
