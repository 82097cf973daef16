namespace Briefing.BrowserTests.Support;

/// <summary>A window size the site is checked at.</summary>
public sealed record Viewport(string Name, int Width, int Height)
{
    /// <summary>A wide desktop window: the reading column with its margin of sidenotes.</summary>
    public static readonly Viewport Desktop = new("desktop", 1440, 900);

    /// <summary>A phone's width as a plain narrow window, not mobile emulation: an emulated phone widens its
    /// layout viewport to fit content that overflows, which would hide exactly the overflow we look for.</summary>
    public static readonly Viewport Phone = new("phone", 390, 844);

    public static readonly IReadOnlyList<Viewport> All = [Desktop, Phone];

    public override string ToString() => $"{Name} {Width}x{Height}";
}
