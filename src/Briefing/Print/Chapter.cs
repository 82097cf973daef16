using Briefing.Html;

namespace Briefing.Print;

/// <summary>
/// One page of the site as a chapter of a single-page edition: <paramref name="Id"/> ("c3") is the
/// chapter's anchor and the prefix of every id inside it; <paramref name="Html"/> is the page's main
/// content, rewritten to live beside the other chapters (see <see cref="PrintChapters"/>).
/// Layouts read it as <c>chapter.number</c>, <c>chapter.id</c>, <c>chapter.title</c>, <c>chapter.url</c>, <c>chapter.html</c>.
/// </summary>
public sealed record Chapter(int Number, string Id, string Title, string Url, TrustedHtml Html);
