/* studysite: a flashcards page as a deck. Without this script a small deck's page is a plain list: each note's
   heading, its source sections' headings, and under them the cards as term (front) and description
   (back). With it: one card at a time with its note and section above it; flip (click, Space),
   previous/next (arrow keys, buttons), shuffle, filter by tag and note, mark Known (K) or Again (A),
   and download the cards as a file for Anki. Progress is saved per card id in localStorage under a
   key namespaced by the site title and folder; if storage is unavailable it lasts for the visit.
   Text is set with textContent only; works from file:// with no network. A deck in parts has each part's
   list packed in lists/flashcards.n.js, which site.js puts in the page before this script starts. */
/* Starts once a packed list is in the page (site.js's studysite.ready), at once on other pages. */
((window.studysite && window.studysite.ready) || Promise.resolve()).then(function () {
  'use strict';

  var doc = document;
  var deck = doc.getElementById('flashcards');
  var list = doc.getElementById('flashcard-list');
  if (!deck || !list) return;

  /* ---- Cards, read from the page: see flashcards.ftlh and FlashcardGroups.code ---- */
  var KINDS = { d: 'drill', t: 'table', s: 'scenario', g: 'definition' };
  /* Source line (the first card's in a section, then steps from the card before), kind letter, table
     row, then what the Anki front adds to the front shown: a glossary term (g) adds " — " and its
     section's title unless marked "-"; "*" adds " (" note title ")"; then the card's key, which the
     build made from its front (ContentIds): 6 characters, so the row ends where they start, and a
     repeat number if any ("12g-0k3x9v", "0t2x2m0ab-2"). */
  var CODE = /^(\d+)([a-z])(\d*)(-?)(\*?)([0-9a-z]{6}(?:-\d+)?)$/;

  function tagNames(text) {
    return text ? text.split(' ').map(function (tag) { return tag.replace(/^#/, ''); }) : [];
  }

  function tagsOf(heading) {
    var tags = heading.querySelector('small');
    return tagNames(tags && tags.textContent);
  }

  /* A section heading's title: its own text, without the tags and the space before them. */
  function titleOf(heading) {
    var title = '';
    for (var node = heading.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) title += node.nodeValue;
    }
    return heading.querySelector('small') ? title.replace(/ $/, '') : title;
  }

  /* A card's back lines: the description's text, split where it has a line break. */
  function backLines(dd) {
    var lines = [''];
    for (var node = dd.firstChild; node; node = node.nextSibling) {
      if (node.nodeName === 'BR') lines.push('');
      else lines[lines.length - 1] += node.textContent;
    }
    return lines;
  }

  function readSection(dl, note, section, cards) {
    var codes = dl.getAttribute('data-c').split(' ');
    var terms = dl.getElementsByTagName('dt');
    var line = 0;
    for (var i = 0; i < terms.length; i++) {
      var code = CODE.exec(codes[i]);
      line += Number(code[1]);
      var dt = terms[i];
      cards.push({
        id: note.id + ':' + KINDS[code[2]] + ':' + code[6],
        /* The line-based id progress was saved under before issue 11: see migrate(). */
        legacyId: note.id + ':' + line + ':' + KINDS[code[2]] + (code[3] ? ':' + code[3] : ''),
        note: note,
        section: section,
        dl: dl,
        dt: dt,
        dd: dt.nextElementSibling,
        ankiFront: dt.textContent + (code[2] === 'g' && !code[4] ? ' — ' + section.title : '')
            + (code[5] ? ' (' + note.title + ')' : ''),
        back: backLines(dt.nextElementSibling),
        tags: note.tags.concat(section.tags, tagNames(dt.getAttribute('data-t'))).sort()
      });
    }
  }

  /* Every card of a deck list (this page's, or another part's), in page order. */
  function readCards(root) {
    var cards = [];
    var note = null;
    var section = null;
    for (var el = root.firstElementChild; el; el = el.nextElementSibling) {
      if (el.tagName === 'H2') {
        var link = el.querySelector('a');
        note = { id: el.getAttribute('data-note'), title: link.textContent, href: link.getAttribute('href'),
                 tags: tagsOf(el), heading: el };
      } else if (el.tagName === 'H3') {
        section = { title: titleOf(el), anchor: el.getAttribute('data-a'), tags: tagsOf(el), heading: el, note: note };
      } else if (el.tagName === 'DL') {
        readSection(el, note, section, cards);
      }
    }
    return cards;
  }

  /* A section heading's title becomes a link to the section on its note's page. */
  function linkSection(section) {
    var heading = section.heading;
    if (heading.querySelector('a')) return;
    var link = doc.createElement('a');
    link.href = section.note.href + (section.anchor ? '#' + section.anchor : '');
    link.textContent = section.title;
    while (heading.firstChild && heading.firstChild.nodeType === 3) heading.removeChild(heading.firstChild);
    heading.insertBefore(link, heading.firstChild);
    if (heading.querySelector('small')) heading.insertBefore(doc.createTextNode(' '), link.nextSibling);
  }

  var cards = readCards(list);
  cards.forEach(function (card) { linkSection(card.section); });
  var el = {
    tag: doc.getElementById('deck-tag'),
    note: doc.getElementById('deck-note'),
    hideKnown: doc.getElementById('deck-hide-known'),
    progress: doc.getElementById('deck-progress'),
    position: doc.getElementById('deck-position'),
    ankiStatus: doc.getElementById('deck-anki-status')
  };

  /* ---- Progress: { cardId: "known" | "again" }, saved as JSON ---- */
  var folder = location.pathname.replace(/[^/]*$/, '');
  var storageKey = (deck.getAttribute('data-storage-key') || 'studysite.flashcards') + '@' + folder;
  var storage = openStorage();
  var progress = load();
  migrate();

  function openStorage() {
    try {
      var s = window.localStorage;
      var probe = storageKey + '.probe';
      s.setItem(probe, '1');
      s.removeItem(probe);
      return s;
    } catch (e) {
      return null; /* blocked (privacy settings, some file:// setups): keep progress in memory */
    }
  }

  function load() {
    if (!storage) return {};
    try {
      var saved = JSON.parse(storage.getItem(storageKey) || '{}');
      return saved && typeof saved === 'object' ? saved : {};
    } catch (e) {
      return {};
    }
  }

  /* Progress saved before issue 11 is under line-based ids ("note:12:drill"). A card whose id has no
     state takes what its legacy id holds, and the legacy key goes: it names a line, so after the next
     edit it could name another card, which must not inherit it. A one-page deck then drops every
     legacy key left (cards deleted since); a deck in parts keeps them for the parts not yet opened. */
  function migrate() {
    var LEGACY_ID = /:\d+:(drill|table|scenario|definition)(:\d+)?$/;
    var moved = false;
    var has = function (key) { return Object.prototype.hasOwnProperty.call(progress, key); };
    var ids = {};
    cards.forEach(function (card) {
      ids[card.id] = true;
      if (!has(card.legacyId)) return;
      if (!has(card.id)) progress[card.id] = progress[card.legacyId];
      delete progress[card.legacyId];
      moved = true;
    });
    if (!(Number(deck.getAttribute('data-parts')) > 1)) {
      Object.keys(progress).forEach(function (key) {
        if (LEGACY_ID.test(key) && !ids[key]) { delete progress[key]; moved = true; } /* a note id may end ":12" */
      });
    }
    if (moved) save();
  }

  function save() {
    if (!storage) return;
    try {
      storage.setItem(storageKey, JSON.stringify(progress));
    } catch (e) {
      /* quota or storage revoked: progress still holds for this visit */
    }
  }

  /* ---- Filters: the notes and tags of this page's cards, with their counts ---- */
  function addOption(select, value, label) {
    var option = doc.createElement('option');
    option.value = value;
    option.textContent = label;
    select.appendChild(option);
  }

  function fillFilters() {
    var notes = [];
    var perNote = {};
    var perTag = {};
    cards.forEach(function (card) {
      if (!(card.note.id in perNote)) {
        notes.push(card.note);
        perNote[card.note.id] = 0;
      }
      perNote[card.note.id]++;
      card.tags.forEach(function (tag) { perTag[tag] = (perTag[tag] || 0) + 1; });
    });
    Object.keys(perTag).sort().forEach(function (tag) { addOption(el.tag, tag, '#' + tag + ' (' + perTag[tag] + ')'); });
    notes.forEach(function (note) { addOption(el.note, note.id, note.title + ' (' + perNote[note.id] + ')'); });
  }

  /* ---- Which cards are in play, in which order ---- */
  var order = cards.slice();
  var visible = [];
  var current = 0;
  var shown = [];

  function matches(card) {
    var tag = el.tag.value;
    var note = el.note.value;
    if (note && card.note.id !== note) return false;
    if (tag && card.tags.indexOf(tag) < 0) return false;
    return true;
  }

  function refilter(keepCard) {
    var filtered = order.filter(matches);
    visible = filtered.filter(function (card) {
      return !(el.hideKnown.checked && progress[card.id] === 'known');
    });
    var keep = keepCard ? visible.indexOf(keepCard) : -1;
    current = keep >= 0 ? keep : Math.min(current, Math.max(0, visible.length - 1));
    showProgress(filtered);
    show();
  }

  function showProgress(filtered) {
    var known = 0;
    var again = 0;
    filtered.forEach(function (card) {
      var state = progress[card.id];
      if (state === 'known') known++;
      if (state === 'again') again++;
    });
    el.progress.textContent = 'Known ' + known + ' / ' + filtered.length + ' · again ' + again
        + (storage ? '' : ' (progress is not saved: storage is unavailable)');
  }

  /* The current card, its section and its note are marked "on"; CSS hides everything else. */
  function show() {
    shown.forEach(function (part) { part.classList.remove('on', 'flipped'); part.removeAttribute('data-state'); });
    var card = visible[current];
    shown = card ? [card.note.heading, card.section.heading, card.dl, card.dt, card.dd] : [];
    shown.forEach(function (part) { part.classList.add('on'); });
    if (card && progress[card.id]) card.dl.setAttribute('data-state', progress[card.id]);
    el.position.textContent = visible.length ? 'Card ' + (current + 1) + ' of ' + visible.length : 'No cards match';
  }

  /* ---- Actions ---- */
  function flip() {
    var card = visible[current];
    if (card) card.dl.classList.toggle('flipped');
  }

  function step(by) {
    if (!visible.length) return;
    current = (current + by + visible.length) % visible.length;
    show();
  }

  function mark(state) {
    var card = visible[current];
    if (!card) return;
    progress[card.id] = state;
    save();
    var next = visible[(current + 1) % visible.length];
    refilter(next === card ? null : next);
  }

  function shuffle() {
    for (var i = order.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    current = 0;
    refilter(null);
  }

  function reset() {
    progress = {};
    if (storage) {
      try { storage.removeItem(storageKey); } catch (e) { /* nothing saved to clear */ }
    }
    refilter(visible[current] || null);
  }

  /* ---- Anki: front, back and tags a line, tab-separated, plain text (header lines say so) ---- */
  var PART = Number(deck.getAttribute('data-part')) || 1;
  var PARTS = Number(deck.getAttribute('data-parts')) || 1;

  /* Anki reads a field starting with a quote as quoted and a line starting with '#' as a comment. */
  function ankiField(text) {
    if (text.indexOf('"') < 0 && text.charAt(0) !== '#') return text;
    return '"' + text.replace(/"/g, '""') + '"';
  }

  function ankiFile(deckCards) {
    return '#separator:tab\n#html:false\n#tags column:3\n' + deckCards.map(function (card) {
      return ankiField(card.ankiFront) + '\t' + ankiField(card.back.join('; ')) + '\t' + card.tags.join(' ') + '\n';
    }).join('');
  }

  /* Part n's cards: the page's list, or, when the deck is split, its packed script (see Parts.listScript:
     lists/flashcards.js, lists/flashcards.2.js, …), a UTF-16 file calling studysitePart(count, "…"). */
  function partUrl(n) {
    var name = n === 1 ? 'flashcards' : 'flashcards.' + n;
    return list.hasAttribute('data-packed') ? 'lists/' + name + '.js' : name + '.html';
  }

  function fetchPart(n) {
    return fetch(partUrl(n)).then(function (response) {
      if (!response.ok) throw new Error(partUrl(n) + ': ' + response.status);
      return response.arrayBuffer();
    }).then(function (buffer) {
      if (!list.hasAttribute('data-packed')) return new TextDecoder().decode(buffer);
      var packed = /studysitePart\((\d+),"([^"]*)"\)/.exec(new TextDecoder('utf-16le').decode(buffer));
      if (!packed) throw new Error(partUrl(n) + ': not a packed list');
      return window.studysite.inflateText(window.studysite.bytesOf(Number(packed[1]), packed[2])).then(function (html) {
        return '<div id="flashcard-list">' + html + '</div>';
      });
    }).then(function (html) {
      var page = new DOMParser().parseFromString(html, 'text/html');
      return readCards(page.getElementById('flashcard-list'));
    });
  }

  /* Every part's cards, in order; rejects from file://, where a page may not read other files. */
  function wholeDeck() {
    if (PARTS < 2) return Promise.resolve(cards);
    if (location.protocol === 'file:' || !window.fetch) return Promise.reject(new Error('opened from disk'));
    var parts = [];
    for (var n = 1; n <= PARTS; n++) parts.push(fetchPart(n));
    return Promise.all(parts).then(function (all) { return [].concat.apply([], all); });
  }

  function saveFile(name, text) {
    var url = URL.createObjectURL(new Blob([text], { type: 'text/tab-separated-values;charset=utf-8' }));
    var link = doc.createElement('a');
    link.href = url;
    link.download = name;
    doc.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function downloadForAnki() {
    el.ankiStatus.hidden = false;
    el.ankiStatus.textContent = 'Preparing the Anki file…';
    wholeDeck().then(function (all) {
      saveFile('flashcards.tsv', ankiFile(all));
      el.ankiStatus.textContent = 'Saved flashcards.tsv: all ' + all.length + ' cards. In Anki: File → Import.';
    }, function () {
      var name = 'flashcards.' + PART + '.tsv';
      saveFile(name, ankiFile(cards));
      el.ankiStatus.textContent = 'Saved ' + name + ': the ' + cards.length + ' cards of part ' + PART + ' of ' + PARTS
          + ', as this page cannot read the other parts (a page opened from disk may not read other files).'
          + ' Download each part and import them all into one Anki deck.';
    });
  }

  /* ---- Wiring ---- */
  function on(id, handler) {
    var button = doc.getElementById(id);
    if (button) button.addEventListener('click', handler);
  }

  function preselect(select, value) {
    if (!value) return;
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) select.value = value;
    }
  }

  fillFilters();
  var params = new URLSearchParams(location.search);
  preselect(el.note, params.get('note'));
  preselect(el.tag, params.get('tag'));

  on('deck-prev', function () { step(-1); });
  on('deck-next', function () { step(1); });
  on('deck-flip', flip);
  on('deck-known', function () { mark('known'); });
  on('deck-again', function () { mark('again'); });
  on('deck-shuffle', shuffle);
  on('deck-reset', reset);
  on('deck-anki', downloadForAnki);
  [el.tag, el.note, el.hideKnown].forEach(function (control) {
    control.addEventListener('change', function () { current = 0; refilter(null); });
  });

  list.addEventListener('click', function (event) {
    if (event.target.closest('a')) return; /* a heading's link navigates, it does not flip */
    if (event.target.closest('dl.on')) flip();
  });

  doc.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target.closest && target.closest('input, select, textarea, [contenteditable="true"]')) return;
    var onButton = target.closest && target.closest('button, a');
    if (event.key === ' ' || event.key === 'Spacebar') {
      if (onButton) return; /* Space presses the focused button */
      event.preventDefault();
      flip();
    } else if (event.key === 'ArrowRight') {
      step(1);
    } else if (event.key === 'ArrowLeft') {
      step(-1);
    } else if (event.key === 'k' || event.key === 'K') {
      mark('known');
    } else if (event.key === 'a' || event.key === 'A') {
      mark('again');
    }
  });

  deck.classList.add('deck-on');
  Array.prototype.forEach.call(deck.querySelectorAll('.deck-controls, .deck-buttons, #deck-progress'), function (part) {
    part.hidden = false;
  });
  refilter(null);
});
