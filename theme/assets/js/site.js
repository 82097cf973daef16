/* Progressive enhancement for the briefing: sidenotes, note previews and the matrix and timeline filters.
   CSP-safe: no inline styles, no innerHTML, no eval. Without this file every
   note marker is still a plain link to its note and the filter stays hidden. */
(() => {
  'use strict';

  /* ---------- 0. Sidenotes ---------- */

  // Where a marker sits in running text, its note is copied beside it as a sidenote, which the
  // stylesheet floats into the margin on wide screens and hides elsewhere. Markers in tables, cards
  // and headings keep only their preview. A note cited again in the same paragraph is not repeated,
  // unless that marker has a locator of its own.
  // The print edition keeps its notes at the end of each chapter, as on paper: no copies in the margin.
  const NOT_IN_TEXT = 'table, figure, .cards, .figure-cards, .verdicts, .notes, .toc, h1, h2, h3, h4, h5, h6, .print-edition';

  function noteFor(link) {
    const hash = link.hash;
    if (!hash || hash.length < 2) return null;
    try {
      return document.getElementById(decodeURIComponent(hash.slice(1)));
    } catch (e) {
      return null;
    }
  }

  // The locator this marker gives, as the note's back-reference to it shows it.
  function locatorFor(note, link) {
    if (!link.id) return '';
    const back = Array.from(note.querySelectorAll('.backrefs a')).find((a) => a.hash === `#${link.id}`);
    const locator = back && back.querySelector('.locator');
    return locator ? locator.textContent.trim() : '';
  }

  // The first sidenote of a note on the page is the whole note; later ones give its number, the
  // source's title and the marker's locator, so the margin stays close to the text.
  function makeSidenote(note, link, whole) {
    const side = document.createElement('span');
    side.className = 'sidenote';
    // A copy for the eye; screen readers follow the marker to the note itself.
    side.setAttribute('aria-hidden', 'true');
    const number = document.createElement('span');
    number.className = 'sidenote-number';
    number.textContent = note.getAttribute('value') || link.textContent.trim();
    side.append(number);
    const body = note.querySelector('.note-body');
    const title = body && body.querySelector(':scope > cite');
    if (whole || !title) {
      if (body) side.append(...Array.from(body.childNodes, (node) => node.cloneNode(true)));
    } else {
      side.append(title.cloneNode(true));
    }
    const locator = locatorFor(note, link);
    if (locator) {
      const span = document.createElement('span');
      span.className = 'locator sidenote-locator';
      span.textContent = locator;
      side.append(span);
    }
    side.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
    side.querySelectorAll('a, button, input, [tabindex]').forEach((el) => el.setAttribute('tabindex', '-1'));
    return side;
  }

  const shown = new Set();    // note ids already beside the text on this page
  const seenIn = new Map();   // block element -> note ids already beside it
  document.querySelectorAll('.page sup.note-ref > a[role="doc-noteref"]').forEach((link) => {
    if (link.closest(NOT_IN_TEXT)) return;
    const note = noteFor(link);
    const sup = link.parentElement;
    if (!note || !sup) return;
    const block = sup.closest('p, li, blockquote, dd, aside') || sup.parentElement;
    const seen = seenIn.get(block) || new Set();
    seenIn.set(block, seen);
    if (seen.has(note.id) && !locatorFor(note, link)) return;
    seen.add(note.id);
    sup.after(makeSidenote(note, link, !shown.has(note.id)));
    shown.add(note.id);
  });

  const hasSidenote = (link) => {
    const next = link.parentElement && link.parentElement.nextElementSibling;
    return !!next && next.classList.contains('sidenote') && window.getComputedStyle(next).display !== 'none';
  };

  /* ---------- 1. Note previews ---------- */

  const POPOVER_ID = 'note-popover';
  const CLOSE_DELAY = 300; // ms: time to move the pointer from the marker into the popover
  const PLACEMENTS = [[], ['align-end'], ['place-above'], ['align-end', 'place-above']];

  let popover = null;   // the single popover element, created on first use
  let activeRef = null; // the marker link whose note is shown
  let closeTimer = 0;

  const cancelClose = () => {
    window.clearTimeout(closeTimer);
    closeTimer = 0;
  };

  const scheduleClose = () => {
    cancelClose();
    closeTimer = window.setTimeout(closePopover, CLOSE_DELAY);
  };

  function closePopover() {
    cancelClose();
    if (!activeRef) return;
    activeRef.removeAttribute('aria-describedby');
    const sup = activeRef.closest('sup.note-ref');
    if (sup) sup.classList.remove('has-popover');
    if (popover) {
      popover.remove();
      popover.replaceChildren();
    }
    activeRef = null;
  }

  function getPopover() {
    if (!popover) {
      popover = document.createElement('div');
      popover.className = 'note-popover';
      popover.id = POPOVER_ID;
      popover.setAttribute('role', 'tooltip');
      popover.addEventListener('mouseenter', cancelClose);
      popover.addEventListener('mouseleave', scheduleClose);
    }
    return popover;
  }

  // The note's .note-body for a marker whose href is "#note-N", or null.
  function noteBodyFor(link) {
    const hash = link.hash;
    if (!hash || hash.length < 2) return null;
    let id;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch (e) {
      return null;
    }
    const note = document.getElementById(id);
    return note ? note.querySelector('.note-body') : null;
  }

  // Is `inner` inside `outer` (both DOMRects)?
  const within = (inner, outer) =>
    inner.left >= outer.left && inner.right <= outer.right &&
    inner.top >= outer.top && inner.bottom <= outer.bottom;

  // Position with classes only (CSP forbids style attributes): try below/start,
  // below/end, above/start, above/end; fall back to a fixed sheet at the bottom
  // of the viewport when none fits sideways or a scroll container would clip it.
  function place(pop, link) {
    const setPlacement = (classes) => {
      pop.className = 'note-popover';
      if (classes.length) pop.classList.add(...classes);
    };
    const view = { left: 0, top: 0, right: document.documentElement.clientWidth, bottom: window.innerHeight };
    const clipper = link.closest('.table-scroll');
    const clipRect = clipper && window.getComputedStyle(clipper).overflowX !== 'visible'
      ? clipper.getBoundingClientRect()
      : null;

    let fallback = null;
    for (const classes of PLACEMENTS) {
      setPlacement(classes);
      const r = pop.getBoundingClientRect();
      const fitsX = r.left >= view.left && r.right <= view.right;
      const unclipped = !clipRect || within(r, clipRect);
      if (fitsX && unclipped && r.top >= view.top && r.bottom <= view.bottom) return;
      if (fitsX && unclipped && !fallback) fallback = classes;
    }
    setPlacement(fallback || ['is-sheet']);
  }

  function openPopover(link) {
    cancelClose();
    if (activeRef === link) return;
    closePopover();
    // On wide screens the note already stands beside the marker.
    if (hasSidenote(link)) return;

    const body = noteBodyFor(link);
    if (!body) return;

    const pop = getPopover();
    // Clone the note's existing DOM; never parse strings.
    pop.replaceChildren(...Array.from(body.childNodes, (node) => node.cloneNode(true)));
    pop.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));

    const sup = link.closest('sup.note-ref');
    if (sup) sup.classList.add('has-popover');
    link.after(pop);
    link.setAttribute('aria-describedby', POPOVER_ID);
    activeRef = link;
    place(pop, link);
  }

  document.querySelectorAll('a[role="doc-noteref"]').forEach((link) => {
    if (!noteBodyFor(link)) return;
    link.addEventListener('mouseenter', () => openPopover(link));
    link.addEventListener('mouseleave', scheduleClose);
    link.addEventListener('focus', () => openPopover(link));
    link.addEventListener('blur', () => {
      // Keep it while the pointer rests on the popover; otherwise close now.
      if (activeRef === link && !(popover && popover.matches(':hover'))) closePopover();
    });
    // The link still jumps to the note; the preview is no longer needed.
    link.addEventListener('click', closePopover);
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && activeRef) closePopover();
  });
  // Placement depends on the viewport width; mobile browsers also fire resize
  // when their toolbar hides, so only a change of width closes the popover.
  let lastWidth = document.documentElement.clientWidth;
  window.addEventListener('resize', () => {
    const width = document.documentElement.clientWidth;
    if (width !== lastWidth) closePopover();
    lastWidth = width;
  });

  /* ---------- 2. Matrix filter ---------- */

  const normalise = (text) => text.toLocaleLowerCase().replace(/\s+/g, ' ').trim();

  // Shared by the filters: hides the items that do not match, closes a preview left in a hidden one,
  // and says in the filter's live region how many show.
  function showOnly(items, matches, status, noun) {
    let shown = 0;
    items.forEach((item, i) => {
      const visible = matches(item, i);
      item.hidden = !visible;
      if (visible) shown += 1;
    });
    if (activeRef && activeRef.closest('[hidden]')) closePopover();
    if (status) status.textContent = `Showing ${shown} of ${items.length} ${noun}${items.length === 1 ? '' : 's'}`;
  }

  // A row's searchable text: its dimension name and cell text, without note numbers.
  function rowText(row) {
    const copy = row.cloneNode(true);
    copy.querySelectorAll('sup.note-ref, .note-popover').forEach((el) => el.remove());
    return normalise(`${row.dataset.dimension || ''} ${copy.textContent}`);
  }

  document.querySelectorAll('.matrix-filter[data-filter-for]').forEach((box) => {
    const table = document.getElementById(box.dataset.filterFor);
    const input = box.querySelector('input');
    const status = box.querySelector('.filter-status');
    if (!table || !input || !table.tBodies.length) return;

    const rows = Array.from(table.tBodies).flatMap((tbody) => Array.from(tbody.rows));
    const texts = rows.map(rowText);

    const apply = () => {
      const query = normalise(input.value);
      showOnly(rows, (row, i) => query === '' || texts[i].includes(query), status, 'dimension');
    };

    input.addEventListener('input', apply);
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && input.value !== '') {
        event.preventDefault();
        input.value = '';
        apply();
      }
    });

    box.hidden = false;
    if (input.value !== '') apply(); // a value restored by the browser
  });

  /* ---------- 3. Timeline filter ---------- */

  // The select boxes above the timeline narrow its events by company and by kind (each event carries
  // data-company and data-kind); without this script the boxes stay hidden and every event shows.
  document.querySelectorAll('.timeline-filter[data-filter-for]').forEach((box) => {
    const list = document.getElementById(box.dataset.filterFor);
    const selects = Array.from(box.querySelectorAll('select[data-filter]'));
    const status = box.querySelector('.filter-status');
    if (!list || !selects.length) return;

    const events = Array.from(list.children);
    const apply = () => showOnly(events,
      (event) => selects.every((select) => select.value === '' || event.dataset[select.dataset.filter] === select.value),
      status, 'event');

    selects.forEach((select) => select.addEventListener('change', apply));
    box.hidden = false;
    if (selects.some((select) => select.value !== '')) apply(); // a choice restored by the browser
  });
  /* ---------- end of the timeline filter ---------- */

  /* ---------- Fragments in any case ---------- */

  // GitHub finds "## Install" from a link to #Install as well as #install, and pages written for GitHub
  // rely on it (the link check accepts such links for that reason); a browser matches ids exactly, so
  // where nothing has the fragment's id, scroll to the one element whose id differs only in case.
  const landIgnoringCase = () => {
    const wanted = decodeURIComponent(location.hash.slice(1));
    if (!wanted || document.getElementById(wanted)) return;
    const lower = wanted.toLowerCase();
    const target = Array.from(document.querySelectorAll('[id]')).find((el) => el.id.toLowerCase() === lower);
    if (target) target.scrollIntoView();
  };
  window.addEventListener('hashchange', landIgnoringCase);
  landIgnoringCase();
})();
