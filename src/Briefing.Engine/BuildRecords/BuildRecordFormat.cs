using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace Briefing.Engine.BuildRecords;

/// <summary>
/// A record as bytes: a small binary layout, because the record is read at the start of every build and a
/// 10,000-page site's is about a megabyte. Little-endian integers, strings as a length and UTF-8, and the
/// xxHash64 of everything before it at the end (System.IO.Hashing's), so a damaged file is known before
/// anything in it is believed. Reading returns null for anything it does not recognise; it never throws.
/// </summary>
public static class BuildRecordFormat
{
    private static ReadOnlySpan<byte> Magic => "briefing-build-record\n"u8;

    private const int ChecksumSize = 8;

    public static byte[] Encode(BuildRecord record)
    {
        var writer = new Writer();
        writer.Bytes(Magic);
        writer.Int32(BuildRecord.FormatVersion);
        writer.String(record.Generator);
        writer.String(record.Options);
        writer.Int64(record.ListedAtTicks);
        writer.Int32(record.Inputs.Count);
        foreach (var input in record.Inputs)
        {
            writer.String(input.Path);
            writer.Int64(input.Size);
            writer.Int64(input.LastWriteTicks);
            writer.Int32(input.Hash.Length);
            writer.Bytes(input.Hash);
        }
        writer.Int32(record.Outputs.Count);
        foreach (var output in record.Outputs)
        {
            writer.String(output.Path);
            writer.Int64(output.Size);
            writer.Int64(output.LastWriteTicks);
        }
        writer.Int32(record.Messages.Count);
        foreach (var message in record.Messages)
            writer.String(message);
        writer.String(record.Summary);
        writer.UInt64(XxHash64.HashToUInt64(writer.Written));
        return writer.Written.ToArray();
    }

    public static BuildRecord? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Magic.Length + ChecksumSize || !bytes.StartsWith(Magic))
            return null;
        var body = bytes[..^ChecksumSize];
        if (XxHash64.HashToUInt64(body) != BinaryPrimitives.ReadUInt64LittleEndian(bytes[^ChecksumSize..]))
            return null;

        var reader = new Reader(body[Magic.Length..]);
        if (reader.Int32() != BuildRecord.FormatVersion)
            return null;
        var generator = reader.String();
        var options = reader.String();
        var listedAt = reader.Int64();
        var inputs = new RecordedInput[reader.Count(minimumBytesEach: 24)];
        for (var i = 0; i < inputs.Length; i++)
            inputs[i] = new RecordedInput(reader.String(), reader.Int64(), reader.Int64(), reader.Bytes(reader.Count(minimumBytesEach: 1)));
        var outputs = new RecordedOutput[reader.Count(minimumBytesEach: 20)];
        for (var i = 0; i < outputs.Length; i++)
            outputs[i] = new RecordedOutput(reader.String(), reader.Int64(), reader.Int64());
        var messages = new string[reader.Count(minimumBytesEach: 4)];
        for (var i = 0; i < messages.Length; i++)
            messages[i] = reader.String();
        var summary = reader.String();
        return reader.Failed || !reader.AtEnd ? null : new BuildRecord(generator, options, listedAt, inputs, outputs, messages, summary);
    }

    private sealed class Writer
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

        public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

        public void Bytes(ReadOnlySpan<byte> bytes) => _buffer.Write(bytes);

        public void Int32(int value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(_buffer.GetSpan(4), value);
            _buffer.Advance(4);
        }

        public void Int64(long value)
        {
            BinaryPrimitives.WriteInt64LittleEndian(_buffer.GetSpan(8), value);
            _buffer.Advance(8);
        }

        public void UInt64(ulong value)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(_buffer.GetSpan(8), value);
            _buffer.Advance(8);
        }

        public void String(string value)
        {
            var length = Encoding.UTF8.GetByteCount(value);
            Int32(length);
            Encoding.UTF8.GetBytes(value, _buffer.GetSpan(length));
            _buffer.Advance(length);
        }
    }

    /// <summary>
    /// Reads forward; past the end, or on a length that cannot fit, it marks itself failed and returns empty
    /// values, so a damaged record is one check at the end rather than an exception in the middle.
    /// </summary>
    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _position;

        public bool Failed { get; private set; }

        public readonly bool AtEnd => _position == _bytes.Length;

        public int Int32() => Take(4) is { Length: 4 } span ? BinaryPrimitives.ReadInt32LittleEndian(span) : 0;

        public long Int64() => Take(8) is { Length: 8 } span ? BinaryPrimitives.ReadInt64LittleEndian(span) : 0;

        /// <summary>A count of items, each at least this many bytes: a count the rest cannot hold fails here, before anything is allocated for it.</summary>
        public int Count(int minimumBytesEach)
        {
            var count = Int32();
            if (count >= 0 && (long)count * minimumBytesEach <= _bytes.Length - _position)
                return count;
            Failed = true;
            return 0;
        }

        public string String() => Encoding.UTF8.GetString(Take(Count(minimumBytesEach: 1)));

        public byte[] Bytes(int count) => Take(count).ToArray();

        private ReadOnlySpan<byte> Take(int count)
        {
            if (Failed || count > _bytes.Length - _position)
            {
                Failed = true;
                return [];
            }
            var span = _bytes.Slice(_position, count);
            _position += count;
            return span;
        }
    }
}
