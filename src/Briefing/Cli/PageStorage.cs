using Briefing.Engine.Documents;
using Briefing.Engine.Execution;

namespace Briefing.Cli;

/// <summary>
/// From which size of Markdown a build's pages wait on disk between phases rather than in memory
/// (bench/README.md, "Pages on disk").
/// </summary>
/// <param name="SpillFrom">
/// Each page's Markdown and rendered HTML wait in a spill file beside the output. From 32 MB, about 3,700 pages
/// of bench/'s corpus: at 10,000 pages this lowered the peak from 656 to about 500 MB in the same time, at 4,000
/// pages from 400 to 280 MB for 4 to 6 % more time.
/// </param>
/// <param name="WriteAtOnceFrom">
/// Each laid-out page is also written to the staging folder as soon as it is laid out. From 128 MB, about 15,000
/// pages: held in memory a build takes about 8.6 bytes for each byte of Markdown, so from here on it would pass
/// 1 GB; written at once it stays under 2 GiB at 100,000 pages. Below that, writing them at once was slower.
/// </param>
public sealed record PageStorage(long SpillFrom, long WriteAtOnceFrom)
{
    public static readonly PageStorage BySize = new(32L * 1024 * 1024, 128L * 1024 * 1024);

    public static readonly PageStorage InMemory = new(long.MaxValue, long.MaxValue);

    public static readonly PageStorage OnDisk = new(0, 0);

    public EngineRunOptions OptionsFor(long pageBytes, SpillFile? spill) =>
        EngineRunOptions.Build with { Spill = spill, WriteFinalAtOnce = pageBytes >= WriteAtOnceFrom };
}
