#!/usr/bin/env python3
"""Deterministic Markdown corpus for the build benchmark (bench/run.sh).

    python3 bench/corpus.py N OUTDIR [--seed 42] [--github-style]

Writes N pages as OUTDIR/section-S/page-I.md (about sqrt(N) sections), each 600 to 1,500 words of
prose with YAML front matter (title, description, date, tags), ## and ### headings, a pipe table,
bullet and numbered lists, 2 to 5 footnotes, and relative GitHub-style links to other pages of the
corpus (`../section-3/page-42.md`), some with a `#heading-id` fragment that exists on the target page
(ids as GitHub makes them: lowercase, punctuation dropped, spaces to hyphens, repeats suffixed -1, -2).

--github-style adds what a repository of notes on GitHub has (issue 13): about a third of the pages
have no front matter (the title is their first `# heading`); every folder has a README.md as its
index (the root one included); reference-style links (`[text][ref]` with `[ref]: other.md#id`);
raw HTML `<img src="img/pic.svg" alt="...">` with the image written beside the page; explicit
`<a id="custom-anchor"></a>` targets that other pages link to; a heading repeated on one page
(the second gets the id `name-1`, and a link points at it).

The same N, seed and style always give byte-identical files. OUTDIR is emptied first.
"""

import argparse
import math
import os
import random
import re
import shutil
import sys

WORDS = """
ability absolute access account accuracy action adapter address advance agent algorithm align
allocate amount analysis anchor answer archive argument array aspect asset attention audit
balance bandwidth baseline batch behaviour benchmark binary block boundary branch budget buffer
cache capacity capital carbon catalogue channel chapter cheap checkpoint choice cluster code
cohort column commit compiler component compute concept config connect context contract control
corpus cost counter coverage cycle data dataset deadline decision default delay demand deploy
design detail device diagram digest direction disk document domain draft driver edge effect
energy engine entry error estimate event evidence example export factor feature feedback field
figure filter finance flag format forecast fraction frame function gateway graph growth handle
hardware header history horizon host impact import index input insight instance interface
inventory issue item kernel label language latency layer layout ledger level library licence
limit linear list load locale logic margin market matrix measure memory merge method metric
model module monitor network node notice object offset operator option order output owner
package packet parameter partner patch pattern payload people period pipeline platform policy
pool portfolio power price primary priority process product profile program project prompt
protocol provider quality query queue random range ratio reader record region release replica
report request research resource result revenue review risk route runtime sample scale schema
scope screen search season section segment sensor sequence server service session shard signal
source stack stage standard state storage strategy stream structure supply support surface
switch system table target task team template tensor test thread token tool topic trace traffic
training trend trigger update upgrade usage user value vector vendor version volume window
worker workload yield zone quickly slowly often rarely carefully openly steadily broadly
clearly roughly nearly simply largely mostly the a of to and in for on with by from as at
that this which under over between through after before while because although when where
""".split()
NOUNS = WORDS[:-41]  # the rest are adverbs and small glue words

ADJECTIVES = """
open closed early late small large fast slow central local global private public shared hidden
stable volatile hybrid custom native dense sparse modern legacy primary secondary annual weekly
""".split()

TAGS = """
infrastructure models chips cloud pricing research policy energy markets open-source inference
training datacenters agents hardware software regulation investment talent supply-chain
""".split()

# Headings carry punctuation GitHub drops from ids: , & : ? ' ( ) . and digits it keeps.
HEADING_SHAPES = [
    "{A} {n}",
    "{A} and {b}",
    "{A}, {b} & {c}",
    "{A}: {b} {c}",
    "Why {b} {c}?",
    "{A}'s {b}",
    "{A} ({y})",
    "{A} {b} v{d}.{e}",
    "The {adj} {b}",
    "{A} {b}-{c}",
]


def prose_words(markdown):
    """Words a reader reads: front matter, link targets and footnote markers not counted."""
    text = re.sub(r"\A---\n.*?\n---\n", "", markdown, flags=re.S)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"^\[[^\]]+\]:.*$", "", text, flags=re.M)
    text = re.sub(r"<[^>]+>", "", text)
    return len(re.findall(r"[A-Za-z][A-Za-z'_-]*", text))


def slug(text):
    """GitHub's heading id: lowercase, punctuation other than - and _ dropped, spaces to hyphens."""
    s = text.strip().lower()
    s = re.sub(r"[^\w\- ]", "", s)
    return s.replace(" ", "-")


def unique_id(base, seen):
    """GitHub suffixes repeats: text, text-1, text-2 ..."""
    if base not in seen:
        seen[base] = 0
        return base
    while True:
        seen[base] += 1
        candidate = f"{base}-{seen[base]}"
        if candidate not in seen:
            seen[candidate] = 0
            return candidate


class Page:
    def __init__(self, index, section, has_front_matter, is_readme=False):
        self.index = index
        self.section = section
        self.is_readme = is_readme
        self.has_front_matter = has_front_matter
        self.headings = []          # (level, text, id) in document order
        self.custom_anchor = None   # id of an explicit <a id> target, github style
        self.repeat = None          # (level, text, first id, second id), github style
        self.title = ""
        self.target_words = 0

    @property
    def folder(self):
        return "" if self.section is None else f"section-{self.section}"

    @property
    def name(self):
        return "README.md" if self.is_readme else f"page-{self.index}.md"

    @property
    def path(self):
        return f"{self.folder}/{self.name}" if self.folder else self.name


def heading_text(rng):
    shape = rng.choice(HEADING_SHAPES)
    word = lambda: rng.choice(NOUNS)
    return shape.format(
        A=word().capitalize(), b=word(), c=word(), adj=rng.choice(ADJECTIVES),
        n=rng.randint(1, 99), y=rng.randint(2015, 2026), d=rng.randint(1, 9), e=rng.randint(0, 9))


def plan(page, rng, github_style):
    """Title, word budget and headings of a page: everything another page's links need to know."""
    page.target_words = rng.randint(640, 1440)  # lands at 600 to 1,500 words in all
    topic = " ".join(rng.choice(NOUNS) for _ in range(rng.randint(2, 4)))
    if page.is_readme:
        page.title = "Index" if page.section is None else f"Section {page.section}: {topic}"
    else:
        page.title = f"Page {page.index}: {topic.capitalize()}"
    seen = {}
    if not page.has_front_matter:
        # The first '# heading' is the title, and gets an id like any heading.
        unique_id(slug(page.title), seen)
    sections = max(3, page.target_words // 170)
    for _ in range(sections):
        text = heading_text(rng)
        while slug(text) in seen:
            text = heading_text(rng)
        page.headings.append((2, text, unique_id(slug(text), seen)))
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            text = heading_text(rng)
            while slug(text) in seen:
                text = heading_text(rng)
            page.headings.append((3, text, unique_id(slug(text), seen)))
    if github_style:
        if rng.random() < 0.3:
            # A heading repeated on the page: GitHub ids it 'x' then 'x-1'.
            level, text, first = next(h for h in page.headings if h[0] == 2)
            second = unique_id(slug(text), seen)
            page.repeat = (level, text, first, second)
        if rng.random() < 0.3:
            page.custom_anchor = unique_id(f"custom-anchor-{page.index}", seen)


class Writer:
    def __init__(self, pages, by_section, readmes, rng, github_style):
        self.pages = pages
        self.readmes = readmes
        self.by_section = by_section
        self.rng = rng
        self.github_style = github_style

    def relative(self, source, target):
        """The link GitHub would follow from source's folder to target's file."""
        if source.folder == target.folder:
            return target.name
        up = "../" if source.folder else ""
        return f"{up}{target.path}"

    def link_target(self, source):
        rng = self.rng
        # Mostly the same section, sometimes anywhere.
        if rng.random() < 0.5 and source.section is not None and len(self.by_section[source.section]) > 1:
            target = rng.choice(self.by_section[source.section])
        else:
            target = rng.choice(self.pages)
        href = self.relative(source, target)
        r = rng.random()
        if r < 0.35 and target.headings:
            href += "#" + rng.choice(target.headings)[2]
        elif self.github_style and r < 0.45 and target.custom_anchor:
            href += "#" + target.custom_anchor
        elif self.github_style and r < 0.55 and target.repeat:
            href += "#" + target.repeat[3]
        return href, target

    def sentence(self, words):
        text = " ".join(self.rng.choice(WORDS) for _ in range(words))
        return text[0].upper() + text[1:] + "."

    def paragraph(self, page, budget, state):
        """A paragraph of about `budget` words with inline links, emphasis, code and footnote refs."""
        rng = self.rng
        parts, count = [], 0
        while count < budget:
            n = rng.randint(8, 18)
            words = [rng.choice(WORDS) for _ in range(n)]
            count += n
            roll = rng.random()
            if roll < 0.22:
                href, target = self.link_target(page)
                k = rng.randint(1, min(3, n))
                at = rng.randint(0, n - k)
                label = " ".join(words[at:at + k])
                if self.github_style and rng.random() < 0.35:
                    state["refs"] += 1
                    ref = f"ref-{state['refs']}"
                    state["ref_defs"].append(f"[{ref}]: {href}")
                    words[at:at + k] = [f"[{label}][{ref}]"]
                else:
                    words[at:at + k] = [f"[{label}]({href})"]
            elif roll < 0.32:
                at = rng.randrange(n)
                words[at] = f"*{words[at]}*"
            elif roll < 0.38:
                at = rng.randrange(n)
                words[at] = f"**{words[at]}**"
            elif roll < 0.43:
                at = rng.randrange(n)
                words[at] = f"`{words[at]}_{rng.randint(0, 99)}`"
            elif roll < 0.46:
                words.insert(rng.randrange(n), f"[source](https://example.org/{rng.choice(NOUNS)}/{rng.randint(1, 999)})")
            text = " ".join(words)
            text = text[0].upper() + text[1:] + "."
            if state["notes_left"] and rng.random() < 0.25:
                state["notes_left"] -= 1
                state["note"] += 1
                text += f"[^{state['note']}]"
            parts.append(text)
        return " ".join(parts), count

    def table(self):
        rng = self.rng
        cols = rng.randint(3, 5)
        rows = rng.randint(3, 8)
        header = [rng.choice(NOUNS).capitalize() for _ in range(cols)]
        align = [rng.choice(["---", ":---", "---:", ":---:"]) for _ in range(cols)]
        lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
        words = cols
        for _ in range(rows):
            cells = []
            for c in range(cols):
                if c > 0 and rng.random() < 0.4:
                    cells.append(f"{rng.randint(0, 9999)}.{rng.randint(0, 99):02d}")
                else:
                    k = rng.randint(1, 4)
                    cells.append(" ".join(rng.choice(WORDS) for _ in range(k)))
                    words += k
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines), words

    def bullets(self, numbered):
        rng = self.rng
        lines, words = [], 0
        for i in range(rng.randint(3, 7)):
            k = rng.randint(4, 14)
            words += k
            marker = f"{i + 1}." if numbered else "-"
            lines.append(f"{marker} {self.sentence(k)}")
            if not numbered and rng.random() < 0.2:
                k = rng.randint(3, 8)
                words += k
                lines.append(f"  - {self.sentence(k)}")
        return "\n".join(lines), words

    def page(self, page):
        rng = self.rng
        out = []
        if page.has_front_matter:
            description = self.sentence(rng.randint(10, 20))
            date = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            tags = sorted(set(rng.choice(TAGS) for _ in range(rng.randint(1, 4))))
            out += ["---", f'title: "{page.title}"', f'description: "{description}"', f"date: {date}",
                    f"tags: [{', '.join(tags)}]", "---", ""]
        else:
            out += [f"# {page.title}", ""]

        state = {"notes_left": rng.randint(2, 5), "note": 0, "refs": 0, "ref_defs": []}
        total_notes = state["notes_left"]
        words = 0
        intro, n = self.paragraph(page, rng.randint(40, 80), state)
        out += [intro, ""]
        words += n
        if page.is_readme:
            # A folder's index lists its pages, as a README on GitHub does.
            if page.section is None:
                members = [p for p in self.readmes if p is not page]
            else:
                members = self.by_section[page.section]
                out.append("- [Up to the index](../)")  # a folder link, as GitHub follows it
            for member in members:
                out.append(f"- [{member.title}]({self.relative(page, member)})")
            out.append("")

        blocks = len(page.headings)
        # Headings, footnote texts, tables and closing lines add about a fifth to the prose budgeted here.
        budget = max(50, (int(page.target_words * 0.82) - words) // max(1, blocks))
        # Where the table and lists go: each page has one table, one bullet and one numbered list.
        extras = {}
        for kind in ("table", "bullets", "numbered"):
            extras.setdefault(rng.randrange(blocks), []).append(kind)
        for b, (level, text, hid) in enumerate(page.headings):
            out += [f"{'#' * level} {text}", ""]
            if page.custom_anchor and b == blocks // 2:
                out += [f'<a id="{page.custom_anchor}"></a>', ""]
            spent = 0
            for kind in extras.get(b, []):
                block, n = self.table() if kind == "table" else self.bullets(kind == "numbered")
                out += [block, ""]
                spent += n
            if self.github_style and b == 0 and page.index % 5 == 0 and not page.is_readme:
                out += [f'<img src="img/pic.svg" alt="Diagram of {rng.choice(NOUNS)} flow" width="120">', ""]
            if rng.random() < 0.2:
                out += [f"> {self.sentence(rng.randint(10, 25))}", ""]
            while spent < budget:
                text, n = self.paragraph(page, min(budget - spent, rng.randint(40, 90)), state)
                out += [text, ""]
                spent += n
            words += spent
            if rng.random() < 0.3:
                # A link to a heading on this very page.
                _, _, local = rng.choice(page.headings)
                out += [f"See also [the part on {rng.choice(NOUNS)}](#{local}).", ""]
        if page.repeat:
            level, text, _, second = page.repeat
            out += [f"{'#' * level} {text}", "", self.paragraph(page, 50, state)[0], ""]
        # Any footnotes not yet placed go on a closing paragraph, so every page has 2 to 5.
        while state["notes_left"]:
            state["notes_left"] -= 1
            state["note"] += 1
            out += [f"{self.sentence(rng.randint(8, 16))}[^{state['note']}]", ""]
        if state["ref_defs"]:
            out += state["ref_defs"] + [""]
        for i in range(1, total_notes + 1):
            out.append(f"[^{i}]: {self.sentence(rng.randint(8, 20))}")
        out.append("")
        return "\n".join(out)


PIC_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60">
<rect x="1" y="1" width="118" height="58" fill="none" stroke="currentColor"/>
<path d="M10 50 L40 20 L70 35 L110 10" fill="none" stroke="currentColor" stroke-width="2"/>
</svg>
"""


def main(argv):
    parser = argparse.ArgumentParser(description="Write a deterministic Markdown corpus.")
    parser.add_argument("pages", type=int, help="number of pages (README.md files of --github-style not counted)")
    parser.add_argument("outdir")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--github-style", action="store_true")
    args = parser.parse_args(argv)
    if args.pages < 2:
        parser.error("need at least 2 pages")

    sections = max(2, math.ceil(math.sqrt(args.pages)))
    per_section = math.ceil(args.pages / sections)
    pages, by_section = [], {}
    for i in range(args.pages):
        s = i // per_section
        rng = random.Random(args.seed * 1_000_003 + i)
        page = Page(i, s, has_front_matter=not (args.github_style and rng.random() < 0.33))
        plan(page, rng, args.github_style)
        pages.append(page)
        by_section.setdefault(s, []).append(page)
    readmes = []
    if args.github_style:
        for s in [None] + sorted(by_section):
            rng = random.Random(args.seed * 1_000_003 + 10_000_000 + (s if s is not None else -1))
            page = Page(-1, s, has_front_matter=s is not None and s % 2 == 0, is_readme=True)
            plan(page, rng, github_style=False)
            readmes.append(page)
        # README pages are link targets too (folder indexes), but only through their own lists.

    if os.path.exists(args.outdir):
        shutil.rmtree(args.outdir)
    os.makedirs(args.outdir)
    for s in by_section:
        os.makedirs(os.path.join(args.outdir, f"section-{s}"))
        if args.github_style:
            os.makedirs(os.path.join(args.outdir, f"section-{s}", "img"))
            with open(os.path.join(args.outdir, f"section-{s}", "img", "pic.svg"), "w", encoding="utf-8", newline="\n") as f:
                f.write(PIC_SVG)

    total_bytes = 0
    for page in pages + readmes:
        rng = random.Random(args.seed * 7_919 + page.index * 31 + (page.section or 0) * 1_000_003 + (5 if page.is_readme else 0))
        text = Writer(pages, by_section, readmes, rng, args.github_style).page(page)
        for _ in range(5):
            # The body is drawn again (headings kept: other pages link to them) until it is 600 to 1,500 words.
            words = prose_words(text)
            if 600 <= words <= 1500:
                break
            page.target_words = int(page.target_words * min(1400, max(700, words)) / words)
            text = Writer(pages, by_section, readmes, rng, args.github_style).page(page)
        data = text.encode("utf-8")
        total_bytes += len(data)
        with open(os.path.join(args.outdir, page.path), "wb") as f:
            f.write(data)
    print(f"{args.outdir}: {len(pages)} pages{f' + {len(readmes)} README.md' if readmes else ''} "
          f"in {sections} sections, {total_bytes / 1e6:.1f} MB of Markdown", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
