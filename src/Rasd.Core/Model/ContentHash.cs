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

    public static string Full(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
