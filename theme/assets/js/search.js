/* Search across the briefing, in the browser, from the index the build writes (search-index.json:
   {"pages":[{"u":url,"t":title,"p":[[id,heading,text],...]}]}). Loaded only by the search page.
   CSP-safe: no inline styles, no innerHTML, no eval; text goes in with textContent, so nothing in the
   index can become markup. Without this file the form stays a plain form and the page says search
   needs JavaScript, above a list of every page. */
(() => {
  'use strict';

  const form = document.querySelector('form.search-form[data-index]');
  const input = document.getElementById('search-query');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!form || !input || !status || !list) return;

  const MAX_RESULTS = 50;
  const PER_PAGE = 3;
  const CONTEXT = 90; // characters shown either side of the first match

  // Case- and accent-insensitive text, with where each of its characters came from in the original,
  // so a match found in the folded text can be marked in the original one.
  function fold(text) {
    let folded = '';
    const from = [];
    let i = 0;
    for (const ch of text) {
      const plain = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      for (let k = 0; k < plain.length; k++) from.push(i);
      folded += plain;
      i += ch.length;
    }
    from.push(text.length);
    return { folded, from };
  }

  const words = (query) => fold(query).folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

  let index = null;
  let loading = null;
  function load() {
    if (!loading) {
      loading = fetch(form.getAttribute('data-index'), { credentials: 'same-origin' })
        .then((response) => {
          if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
          return response.json();
        })
        .then((json) => {
          // Folded once, not on every keystroke.
          index = json.pages.flatMap((page) => page.p.map(([id, heading, text]) => ({
            url: page.u,
            title: page.t,
            id,
            heading,
            text,
            own: fold(`${heading} ${text}`).folded,
            haystack: fold(`${page.t} ${heading} ${text}`).folded,
          })));
          return index;
        });
    }
    return loading;
  }

  // Ranges [start, end) of the original text where any of the words occurs.
  function ranges(text, terms) {
    const { folded, from } = fold(text);
    const found = [];
    for (const term of terms) {
      let at = folded.indexOf(term);
      while (at >= 0) {
        found.push([from[at], from[at + term.length]]);
        at = folded.indexOf(term, at + term.length);
      }
    }
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const merged = [];
    for (const r of found) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push(r.slice());
    }
    return merged;
  }

  // Text with the matches wrapped in <mark>, built node by node.
  function marked(parent, text, terms) {
    let at = 0;
    for (const [start, end] of ranges(text, terms)) {
      if (start > at) parent.append(text.slice(at, start));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      parent.append(mark);
      at = end;
    }
    if (at < text.length) parent.append(text.slice(at));
  }

  // The part of a passage around its first match, cut at spaces.
  function excerpt(text, terms) {
    const first = ranges(text, terms)[0];
    if (!first || text.length <= CONTEXT * 2) return text.length <= CONTEXT * 2 ? text : `${text.slice(0, CONTEXT * 2).replace(/\s+\S*$/u, '')} …`;
    let start = Math.max(0, first[0] - CONTEXT);
    let end = Math.min(text.length, first[1] + CONTEXT);
    if (start > 0) start = text.indexOf(' ', start) + 1 || start;
    if (end < text.length) end = text.lastIndexOf(' ', end) > first[1] ? text.lastIndexOf(' ', end) : end;
    return `${start > 0 ? '… ' : ''}${text.slice(start, end)}${end < text.length ? ' …' : ''}`;
  }

  function render(query, hits, terms) {
    list.replaceChildren();
    list.hidden = hits.length === 0;
    if (hits.length === 0) {
      status.textContent = `No results for “${query}”. Try fewer words, or another spelling.`;
      status.classList.add('search-none');
      return;
    }
    status.classList.remove('search-none');
    const shown = hits.slice(0, MAX_RESULTS);
    status.textContent = `${hits.length} passage${hits.length === 1 ? '' : 's'} match “${query}”${hits.length > shown.length ? `; the first ${shown.length} are shown` : ''}.`;
    for (const hit of shown) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = hit.id ? `${hit.url}#${encodeURIComponent(hit.id)}` : hit.url;
      link.className = 'search-result-link';
      marked(link, hit.title, terms);
      if (hit.heading && hit.heading !== hit.title) {
        const section = document.createElement('span');
        section.className = 'search-result-section';
        marked(section, hit.heading, terms);
        link.append(' › ', section);
      }
      const heading = document.createElement('h2');
      heading.className = 'search-result-title';
      heading.append(link);
      item.append(heading);
      if (hit.text) {
        const passage = document.createElement('p');
        passage.className = 'search-result-passage';
        marked(passage, excerpt(hit.text, terms), terms);
        item.append(passage);
      }
      list.append(item);
    }
  }

  let latest = 0;
  function search(query) {
    const terms = words(query);
    const run = ++latest;
    if (terms.length === 0) {
      list.replaceChildren();
      list.hidden = true;
      status.textContent = '';
      return Promise.resolve();
    }
    status.textContent = 'Searching…';
    return load().then((passages) => {
      if (run !== latest) return; // a newer query is on its way
      // Every word must occur in the passage or its page's title. Passages that hold more of the words
      // themselves come first, then the site's order; a page shows at most PER_PAGE passages, so a
      // word of one page's title does not list that whole page.
      const perPage = new Map();
      const hits = passages
        .filter((p) => terms.every((t) => p.haystack.includes(t)))
        .map((p, order) => ({ p, order, own: terms.filter((t) => p.own.includes(t)).length }))
        .sort((a, b) => b.own - a.own || a.order - b.order)
        .filter((h) => {
          const seen = perPage.get(h.p.url) || 0;
          perPage.set(h.p.url, seen + 1);
          return seen < PER_PAGE;
        })
        .map((h) => h.p);
      render(query.trim(), hits, terms);
    }).catch(() => {
      status.textContent = 'The search index could not be loaded. Every page is listed below.';
    });
  }

  // With this script running, the page no longer needs to say that search needs it.
  const message = document.getElementById('search-needs-js');
  if (message) message.hidden = true;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value;
    const url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    search(query);
  });

  let typing = 0;
  input.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => search(input.value), 200);
  });

  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    search(initial);
  }
})();
