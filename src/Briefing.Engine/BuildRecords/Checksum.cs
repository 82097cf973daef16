using System.Buffers.Binary;
using System.Numerics;

namespace Briefing.Engine.BuildRecords;

/// <summary>
/// xxHash64 (Yann Collet's XXH64, seed 0): a checksum for the record's own bytes and the generator's
/// files. Not a defence against anyone, only against a damaged file; SHA-256 would do the same, but its
/// first use loads and starts the system's crypto library, about 10 ms that an unchanged build, which
/// hashes no input file, need not pay.
/// </summary>
public static class Checksum
{
    private const ulong Prime1 = 11400714785074694791UL;
    private const ulong Prime2 = 14029467366897019727UL;
    private const ulong Prime3 = 1609587929392839161UL;
    private const ulong Prime4 = 9650029242287828579UL;
    private const ulong Prime5 = 2870177450012600261UL;

    public static ulong XxHash64(ReadOnlySpan<byte> data)
    {
        var rest = data;
        ulong hash;
        if (rest.Length >= 32)
        {
            ulong v1 = unchecked(Prime1 + Prime2), v2 = Prime2, v3 = 0, v4 = unchecked(0 - Prime1);
            do
            {
                v1 = Round(v1, BinaryPrimitives.ReadUInt64LittleEndian(rest));
                v2 = Round(v2, BinaryPrimitives.ReadUInt64LittleEndian(rest[8..]));
                v3 = Round(v3, BinaryPrimitives.ReadUInt64LittleEndian(rest[16..]));
                v4 = Round(v4, BinaryPrimitives.ReadUInt64LittleEndian(rest[24..]));
                rest = rest[32..];
            }
            while (rest.Length >= 32);
            hash = BitOperations.RotateLeft(v1, 1) + BitOperations.RotateLeft(v2, 7) + BitOperations.RotateLeft(v3, 12) + BitOperations.RotateLeft(v4, 18);
            hash = Merge(Merge(Merge(Merge(hash, v1), v2), v3), v4);
        }
        else
        {
            hash = Prime5;
        }

        hash += (ulong)data.Length;
        while (rest.Length >= 8)
        {
            hash ^= Round(0, BinaryPrimitives.ReadUInt64LittleEndian(rest));
            hash = BitOperations.RotateLeft(hash, 27) * Prime1 + Prime4;
            rest = rest[8..];
        }
        if (rest.Length >= 4)
        {
            hash ^= BinaryPrimitives.ReadUInt32LittleEndian(rest) * Prime1;
            hash = BitOperations.RotateLeft(hash, 23) * Prime2 + Prime3;
            rest = rest[4..];
        }
        foreach (var b in rest)
        {
            hash ^= b * Prime5;
            hash = BitOperations.RotateLeft(hash, 11) * Prime1;
        }

        hash ^= hash >> 33;
        hash *= Prime2;
        hash ^= hash >> 29;
        hash *= Prime3;
        hash ^= hash >> 32;
        return hash;
    }

    private static ulong Round(ulong accumulator, ulong input) =>
        BitOperations.RotateLeft(accumulator + input * Prime2, 31) * Prime1;

    private static ulong Merge(ulong hash, ulong lane) =>
        (hash ^ Round(0, lane)) * Prime1 + Prime4;
}
