using Briefing.Data;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Markdown.Citations;

/// <summary>
/// Numbers a parsed page's citations and footnotes in reading order, one sequence, when Markdig has
/// finished the document (as its footnotes are numbered at the end of inline processing), and gathers
/// them in a <see cref="NotesBlock"/> at the end in place of Markdig's footnote group. A citation of a
/// source the parser context does not know keeps no marker (it prints as written; the site reports it).
/// </summary>
internal static class NoteNumbering
{
    public static void Number(MarkdownDocument document)
    {
        var find = document.GetData(SourceCitationParser.SourcesKey) as Func<string, Source?> ?? SourceNamedBy;
        var notes = new PageNotes();
        foreach (var node in document.Descendants())
        {
            if (node is SourceCitation { IsInText: false } or FootnoteLink { IsBackLink: false })
                TrimSpaceBefore((Inline)node);
            if (node is SourceCitation citation && !(citation.IsInText && InsideLink(citation)))
            {
                foreach (var item in citation.Items)
                {
                    if (find(item.Id) is not { } cited)
                        continue;
                    item.Marker = notes.CiteSource(cited, item.Locator);
                    item.InTextLabel = cited.Author ?? cited.Title;
                }
            }
            else if (node is FootnoteLink { IsBackLink: false } link)
            {
                link.SetData(typeof(NoteMarker), notes.ReferFootnote(link.Footnote.Label ?? ""));
            }
        }
        if (notes.All.Count == 0)
            return;

        var block = new NotesBlock(notes);
        foreach (var group in document.OfType<FootnoteGroup>().ToList())
        {
            document.Remove(group);
            foreach (var footnote in group.OfType<Footnote>().ToList())
            {
                group.Remove(footnote);
                block.Add(footnote);
            }
        }
        document.Add(block);
    }

    /// <summary>Outside a site, a key is a source of its own name, as in Pandoc without a bibliography.</summary>
    private static Source SourceNamedBy(string id) => new() { Id = id, Title = id, Description = "" };

    /// <summary>In a link's words (<c>[see @id](url)</c>) an in-text key is the link's text, not a citation; it prints as written.</summary>
    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
                return true;
        }
        return false;
    }

    /// <summary>"text [@id]" reads as "text¹": as in Pandoc, a note marker takes the space before it.</summary>
    private static void TrimSpaceBefore(Inline marker)
    {
        if (marker.PreviousSibling is LiteralInline literal)
            literal.Content.TrimEnd();
    }
}
