namespace Rasd.Ingest;

/// <summary>Limits and choices for <see cref="Inputs.Read"/>.</summary>
public sealed record InputOptions
{
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>Files (and downloads) larger than this are rejected without being read.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;
    /// <summary>Time allowed for a URL: connecting, and receiving the whole answer.</summary>
    public TimeSpan HttpTimeout { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>When false, the TREC reader ignores TIME, so the publication date has to be inferred from the text.</summary>
    public bool IncludeTrecTime { get; init; } = true;
    /// <summary>Skip files and folders whose name starts with a dot when walking a folder (a path given explicitly is always read).</summary>
    public bool SkipHidden { get; init; } = true;

    /// <summary>How many files a background thread may read ahead of the caller (results still come in order); 1 reads inline, on demand.</summary>
    public int ReadAhead { get; init; } = 16;

    public static InputOptions Default { get; } = new();
}
