namespace Rasd.Model;

/// <summary>A half-open range [Start, End) of UTF-16 code units in a document's original text.</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;
    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Overlaps(Span other) => Start < other.End && other.Start < End;
    public bool Covers(Span other) => Start <= other.Start && other.End <= End;
    public override string ToString() => $"[{Start},{End})";
}
