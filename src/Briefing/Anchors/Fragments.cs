namespace Briefing.Anchors;

/// <summary>
/// How a browser finds the element a #fragment names, for the anchor checks: an empty fragment and
/// "top" (any case) are the top of the page; otherwise the fragment, percent-decoded, is an element's
/// id. Ids and fragments are compared as Unicode-normalised text, so "ü" typed either way matches; and,
/// as GitHub finds a heading whatever the case of the fragment ("#Install" for "## Install"), ignoring
/// case when nothing matches exactly (the theme's script then scrolls to it, as GitHub's does).
/// </summary>
public static class Fragments
{
    /// <summary>True where the fragment (already percent-decoded) lands on a page with these ids (<see cref="Normalize"/>d).</summary>
    public static bool Lands(string decodedFragment, IReadOnlySet<string> ids)
    {
        if (IsTopOfPage(decodedFragment))
            return true;
        var normalized = Normalize(decodedFragment);
        return ids.Contains(normalized) || ids.Any(id => id.Equals(normalized, StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsTopOfPage(string decodedFragment) =>
        decodedFragment.Length == 0 || decodedFragment.Equals("top", StringComparison.OrdinalIgnoreCase);

    /// <summary>A fragment as written in an href (after HTML decoding), percent-decoded as a browser decodes it.</summary>
    public static string Decode(string fragment) => fragment.Contains('%') ? Uri.UnescapeDataString(fragment) : fragment;

    /// <summary>
    /// The form ids and fragments are compared in: canonically decomposed, which makes equal exactly the
    /// strings whose NFC forms are equal (see <see cref="CanonicalForm"/>).
    /// </summary>
    public static string Normalize(string idOrFragment) => CanonicalForm.Decomposed(idOrFragment);
}
