using System.Security.Cryptography;
using System.Text;

namespace Rasd.Model;

public static class ContentHash
{
    /// <summary>First 16 hex digits of SHA-256 over the UTF-8 text: stable ids that survive re-ingestion.</summary>
    public static string Of(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        var bytes = Encoding.UTF8.GetBytes(text);
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>
    /// 16 hex digits of FNV-1a (64-bit) over the UTF-16 text: stable ids for derived objects (stories, events) made
    /// many times per document, where SHA-256 through the platform library costs more than the rest of the work.
    /// </summary>
    public static string Short(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text) { h ^= c; h *= 1099511628211UL; }
        return h.ToString("x16");
    }

    public static string Full(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
