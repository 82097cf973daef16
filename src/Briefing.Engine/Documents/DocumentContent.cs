namespace Briefing.Engine.Documents;

/// <summary>What a document holds: text produced in memory, or a file copied as it is.</summary>
public abstract record DocumentContent
{
    public static readonly DocumentContent Empty = new TextContent(string.Empty);

    /// <summary>The content as text (a copied file is read as UTF-8).</summary>
    public abstract string ReadText();

    /// <summary>The content as UTF-8 bytes, as written to disk.</summary>
    public abstract byte[] ReadUtf8();

    /// <summary>The content from a byte offset on (a page's body after its front matter), without copying it where it is kept on disk.</summary>
    public virtual DocumentContent From(int utf8Offset) => new Utf8Content(ReadUtf8()[utf8Offset..]);

    public abstract void WriteTo(string path);
}

public sealed record TextContent(string Text) : DocumentContent
{
    public override string ReadText() => Text;

    public override byte[] ReadUtf8() => Utf8.NoBom.GetBytes(Text);

    public override void WriteTo(string path) => Utf8.WriteWithoutPreallocation(path, Utf8.NoBom.GetBytes(Text));
}

/// <summary>
/// Text held as UTF-8 bytes: half the memory of a string for the mostly-ASCII pages a site holds
/// between phases, and written to disk without encoding again.
/// </summary>
public sealed record Utf8Content(byte[] Bytes) : DocumentContent
{
    public static Utf8Content Of(string text) => new(Utf8.NoBom.GetBytes(text));

    public override string ReadText() => Utf8.NoBom.GetString(Bytes);

    public override byte[] ReadUtf8() => Bytes;

    public override void WriteTo(string path) => Utf8.WriteWithoutPreallocation(path, Bytes);
}

/// <summary>A file that is published byte for byte, never loaded into memory by the engine.</summary>
public sealed record FileContent(string FullPath) : DocumentContent
{
    public override string ReadText() => File.ReadAllText(FullPath, Utf8.NoBom);

    public override byte[] ReadUtf8() => File.ReadAllBytes(FullPath);

    public override void WriteTo(string path) => File.Copy(FullPath, path, overwrite: true);
}

/// <summary>
/// A document's final text, already written at its place in the (staging) output folder by the module that made it,
/// and read back from there by later modules; writing it out again is nothing.
/// </summary>
public sealed record WrittenContent(string FullPath) : DocumentContent
{
    public override string ReadText() => File.ReadAllText(FullPath, Utf8.NoBom);

    public override byte[] ReadUtf8() => File.ReadAllBytes(FullPath);

    public override void WriteTo(string path)
    {
        if (!Path.GetFullPath(path).Equals(FullPath, StringComparison.Ordinal))
            File.Copy(FullPath, path, overwrite: true);
    }
}

/// <summary>UTF-8 text kept in a <see cref="SpillFile"/>, read back each time it is asked for.</summary>
public sealed record SpilledContent(SpillFile File, long Offset, int Length) : DocumentContent
{
    public override string ReadText() => Utf8.NoBom.GetString(ReadUtf8());

    public override byte[] ReadUtf8() => File.Read(Offset, Length);

    public override DocumentContent From(int utf8Offset) => new SpilledContent(File, Offset + utf8Offset, Length - utf8Offset);

    public override void WriteTo(string path) => Utf8.WriteWithoutPreallocation(path, ReadUtf8());
}

internal static class Utf8
{
    public static readonly System.Text.UTF8Encoding NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes a whole file without asking the file system to reserve its size first, as File.WriteAllBytes
    /// does: on ext4 every reserved extent is converted again on write-back, which measured as most of the
    /// cost of writing thousands of small pages.
    /// </summary>
    public static void WriteWithoutPreallocation(string path, byte[] bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None, FileOptions.None, preallocationSize: 0);
        RandomAccess.Write(handle, bytes, fileOffset: 0);
    }
}
