namespace Briefing.Markdown.Headings;

/// <summary>
/// Letters, marks and digits that Unicode assigned after version 13.0, the version GitHub's anchors in
/// github-slugger's fixtures were made with: GitHub dropped them as unassigned, where .NET, on a later
/// version, counts them as letters. Ranges are inclusive and sorted; the gaps merged into them hold only
/// characters that are dropped anyway. Made by comparing .NET 10's categories with Unicode 13.0's.
/// </summary>
public static class NewerThanUnicode13
{
    private static readonly (int First, int Last)[] Ranges =
    [
        (0x0870, 0x089F),
        (0x08B5, 0x08B5),
        (0x08C8, 0x08D2),
        (0x0C3C, 0x0C3C),
        (0x0C5D, 0x0C5D),
        (0x0CDD, 0x0CDD),
        (0x0CF3, 0x0CF3),
        (0x0ECE, 0x0ECE),
        (0x170D, 0x170D),
        (0x1715, 0x171F),
        (0x180F, 0x180F),
        (0x1AC1, 0x1ACE),
        (0x1B4C, 0x1B4C),
        (0x1C89, 0x1C8A),
        (0x1DFA, 0x1DFA),
        (0x2C2F, 0x2C2F),
        (0x2C5F, 0x2C5F),
        (0x9FFD, 0x9FFF),
        (0xA7C0, 0xA7C1),
        (0xA7CB, 0xA7F4),
        (0x10570, 0x105F3),
        (0x10780, 0x107BA),
        (0x10D40, 0x10D85),
        (0x10EC2, 0x10EFF),
        (0x10F70, 0x10F85),
        (0x11070, 0x11075),
        (0x110C2, 0x110C2),
        (0x1123F, 0x11241),
        (0x11380, 0x113E2),
        (0x116D0, 0x116E3),
        (0x11740, 0x11746),
        (0x11AB0, 0x11ABF),
        (0x11BC0, 0x11BF9),
        (0x11F00, 0x11F5A),
        (0x12F90, 0x12FF0),
        (0x1342F, 0x143FA),
        (0x16100, 0x16139),
        (0x16A70, 0x16AC9),
        (0x16D40, 0x16D79),
        (0x18CFF, 0x18CFF),
        (0x1AFF0, 0x1AFFE),
        (0x1B11F, 0x1B132),
        (0x1B155, 0x1B155),
        (0x1CCF0, 0x1CF46),
        (0x1DF00, 0x1DF2A),
        (0x1E030, 0x1E08F),
        (0x1E290, 0x1E2AE),
        (0x1E4D0, 0x1E7FE),
        (0x2A6DE, 0x2A6DF),
        (0x2B735, 0x2B739),
        (0x2EBF0, 0x2EE5D),
        (0x31350, 0x323AF),
    ];

    public static bool Contains(int codePoint)
    {
        int low = 0, high = Ranges.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var (first, last) = Ranges[middle];
            if (codePoint < first)
                high = middle - 1;
            else if (codePoint > last)
                low = middle + 1;
            else
                return true;
        }
        return false;
    }
}
