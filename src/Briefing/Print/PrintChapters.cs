using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Briefing.Anchors;
using Briefing.Html;

namespace Briefing.Print;

/// <summary>
/// The laid-out pages of the navigation, in its order, rewritten so that they can stand one after the
/// other on one page (a print edition): each page's main content without what is marked
/// <c>data-print-ignore</c> and without its own h1 (the layout prints the chapter's title instead),
/// headings one level down, every id prefixed with the chapter's ("c3-notes-title") so ids stay unique,
/// id references (<c>for</c>, <c>aria-labelledby</c>…) prefixed alike, and links to any chapter's page
/// pointed at that chapter within the edition. Links elsewhere on the site become root-relative, since
/// the edition's address is not the page's.
/// </summary>
public static class PrintChapters
{
    /// <summary>The attribute that keeps an element out of the edition (navigation, filters, tables of contents).</summary>
    public const string IgnoreAttribute = "data-print-ignore";

    private const string Origin = "https://site.invalid";

    // Attributes whose value is one or more ids of the same document.
    private static readonly string[] IdReferences =
        ["for", "headers", "list", "form", "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "aria-details", "aria-errormessage", "aria-activedescendant", "aria-flowto"];

    public sealed record LaidOutPage(string Url, string Title, string Html);

    /// <summary>The chapters, numbered from 1 in the order of <paramref name="pages"/> (the navigation's).</summary>
    public static IReadOnlyList<Chapter> From(IReadOnlyList<LaidOutPage> pages)
    {
        var parser = new HtmlParser();
        var parsed = pages.Select((page, i) => new Parsed(page, $"c{i + 1}", Content(parser.ParseDocument(page.Html)))).ToList();
        foreach (var chapter in parsed)
            chapter.Trim();
        var byUrl = parsed.ToDictionary(c => c.Page.Url, StringComparer.Ordinal);
        return parsed.Select((chapter, i) => new Chapter(i + 1, chapter.Id, chapter.Page.Title, chapter.Page.Url, new TrustedHtml(chapter.Rewrite(byUrl)))).ToList();
    }

    /// <summary>The page's main element, or its body when it has none.</summary>
    private static IElement Content(IHtmlDocument document) =>
        document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;

    private sealed class Parsed(LaidOutPage page, string id, IElement content)
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        /// <summary>The id of the page's h1, which the chapter's own heading stands for.</summary>
        private string? _titleId;

        public LaidOutPage Page { get; } = page;

        public string Id { get; } = id;

        /// <summary>Drops what the edition leaves out, then notes the ids that remain (links to the others land on the chapter).</summary>
        public void Trim()
        {
            foreach (var ignored in content.QuerySelectorAll($"[{IgnoreAttribute}]").ToList())
                ignored.Remove();
            if (content.QuerySelector("h1") is { } title)
            {
                _titleId = title.GetAttribute("id");
                title.Remove();
            }
            foreach (var element in content.QuerySelectorAll("[id]"))
                _ids.Add(Fragments.Normalize(element.GetAttribute("id")!));
        }

        public string Rewrite(IReadOnlyDictionary<string, Parsed> chapters)
        {
            foreach (var heading in content.QuerySelectorAll("h1, h2, h3, h4, h5").ToList())
                Demote(heading);
            foreach (var element in content.QuerySelectorAll("*"))
            {
                if (element.GetAttribute("id") is { } elementId)
                    element.SetAttribute("id", $"{Id}-{elementId}");
                foreach (var name in IdReferences)
                {
                    if (element.GetAttribute(name) is { } references)
                        element.SetAttribute(name, string.Join(' ', references.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(r => _ids.Contains(Fragments.Normalize(r)) ? $"{Id}-{r}" : r)));
                }
                if (element.GetAttribute("href") is { } href)
                    element.SetAttribute("href", Link(href, chapters));
            }
            // A main element that only wraps its content in one block (a width container) is unwrapped, so the edition's own container is the only one.
            var root = content.FirstElementChild is { LocalName: "div" } wrapper && !wrapper.HasAttribute("id")
                && content.ChildNodes.All(n => n == wrapper || n is IComment || n is IText text && string.IsNullOrWhiteSpace(text.Data)) ? wrapper : content;
            return root.InnerHtml.Trim();
        }

        /// <summary>A link to a chapter's page lands on that chapter (on the id it names when the chapter kept it); any other link on the site is made root-relative.</summary>
        private string Link(string href, IReadOnlyDictionary<string, Parsed> chapters)
        {
            var trimmed = href.Trim();
            if (trimmed.StartsWith('#'))
                return Within(this, trimmed[1..]);
            if (!Uri.TryCreate(new Uri(Origin + Page.Url), trimmed, out var resolved)
                || !resolved.GetLeftPart(UriPartial.Authority).Equals(Origin, StringComparison.OrdinalIgnoreCase))
                return href; // another site, mail, a data: URL: the same from any page
            var fragment = resolved.Fragment.Length > 0 ? resolved.Fragment[1..] : null;
            var path = resolved.AbsolutePath;
            if (resolved.Query.Length == 0 && (chapters.TryGetValue(path, out var target) || chapters.TryGetValue(path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path + "/", out target)))
                return Within(target, fragment ?? "");
            return resolved.PathAndQuery + resolved.Fragment;
        }

        private static string Within(Parsed chapter, string fragment)
        {
            var decoded = Fragments.Decode(fragment);
            if (Fragments.IsTopOfPage(decoded) || decoded == chapter._titleId || !chapter._ids.Contains(Fragments.Normalize(decoded)))
                return "#" + chapter.Id;
            return $"#{chapter.Id}-{fragment}";
        }

        /// <summary>h1 becomes h2 and so on: the chapter's title is the level above its sections.</summary>
        private static void Demote(IElement heading)
        {
            var level = heading.LocalName[1] - '0';
            var lower = heading.Owner!.CreateElement($"h{level + 1}");
            foreach (var attribute in heading.Attributes)
                lower.SetAttribute(attribute.Name, attribute.Value);
            while (heading.FirstChild is { } child)
                lower.AppendChild(child);
            heading.Replace(lower);
        }
    }
}
