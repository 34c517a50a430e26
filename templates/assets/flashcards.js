/* studysite: a flashcards page as a deck with spaced repetition. Without this script a small deck's page is a
   plain list: each note's heading, its source sections' headings, and under them the cards as term (front)
   and description (back). With it, the deck reviews what is due: the page says how many cards are due for
   the chosen tag, note or folder (cards whose review falls today, and new cards up to a daily limit); a
   card shows its front, Space (or "Show answer") its back, then Again, Hard, Good or Easy (keys 1-4, each
   saying when the card comes back) grades it, and FSRS (ts-fsrs, through fsrs-schedule.js) schedules its
   next review. When nothing is due it says when the next card is, and offers more new cards or free
   practice (flip through, previous/next, shuffle; nothing saved). Progress (card states, the review log,
   settings) is kept by deck-store.js in localStorage, exported to and merged from a JSON file, and shown
   in a small statistics panel; the cards can be downloaded for Anki.
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
  var KINDS = window.studysiteDeck.KINDS;
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
  var Deck = window.studysiteDeck;
  var Fsrs = window.studysiteFsrs;
  var PART = Number(deck.getAttribute('data-part')) || 1;
  var PARTS = Number(deck.getAttribute('data-parts')) || 1;
  var TOTAL = Number(deck.getAttribute('data-total')) || cards.length;
  var GRADES = Fsrs.GRADES;
  var LABELS = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };
  var STATE_NAMES = ['new', 'learning', 'review', 'relearning'];
  var store = Deck.open(deck.getAttribute('data-storage-key') || 'studysite.flashcards', '.');
  var scheduler = Fsrs.scheduler({ retention: store.settings().retention });

  function byId(id) { return doc.getElementById(id); }
  var el = {
    tag: byId('deck-tag'), note: byId('deck-note'), folder: byId('deck-folder'), due: byId('deck-due'),
    review: byId('deck-review'), show: byId('deck-show'), grades: byId('deck-grades'),
    done: byId('deck-done'), doneText: byId('deck-done-text'), moreNew: byId('deck-more-new'),
    practising: byId('deck-practising'), position: byId('deck-position'), status: byId('deck-status'),
    stats: byId('deck-stats'), today: byId('deck-stat-today'), learned: byId('deck-stat-learned'),
    retention: byId('deck-stat-retention'), chart: byId('deck-chart'),
    newPerDay: byId('deck-new-per-day'), retentionInput: byId('deck-retention'), importFile: byId('deck-import')
  };

  function say(text, problem) {
    el.status.hidden = false;
    el.status.textContent = text;
    el.status.classList.toggle('deck-status-problem', !!problem);
  }

  /* ---- Progress from before spaced repetition ----
     The deck used to keep Known/Again marks, first under line-based ids ("note:12:drill"), then under content
     ids. A card takes its mark (its own id's first, else its line-based id's), and the mark goes: a line id
     names a line, so after the next edit it could name another card. A Known card gets the schedule of an
     Easy first review (it comes back in days, not today; no review is logged, as none happened); Again
     cards stay new. Marks of cards on other parts of a split deck wait for those parts. */
  function carryMarks(now) {
    var marks = store.marks();
    if (!marks) return;
    var has = function (key) { return Object.prototype.hasOwnProperty.call(marks, key); };
    cards.forEach(function (card) {
      var mark = has(card.id) ? marks[card.id] : has(card.legacyId) ? marks[card.legacyId] : null;
      delete marks[card.id];
      delete marks[card.legacyId];
      if (mark === 'known' && store.isNew(card.id)) store.put(card.id, scheduler.review(null, 'easy', now));
    });
    if (PARTS < 2 || !Object.keys(marks).length) store.dropMarks();
    else store.save();
  }

  /* ---- Filters: the tags, notes and folders of this page's cards, with their counts ---- */
  function folderOf(noteId) {
    var slash = noteId.lastIndexOf('/');
    return slash < 0 ? '.' : noteId.slice(0, slash);
  }

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
    var perFolder = {};
    cards.forEach(function (card) {
      if (!(card.note.id in perNote)) {
        notes.push(card.note);
        perNote[card.note.id] = 0;
      }
      perNote[card.note.id]++;
      var folder = folderOf(card.note.id);
      perFolder[folder] = (perFolder[folder] || 0) + 1;
      card.tags.forEach(function (tag) { perTag[tag] = (perTag[tag] || 0) + 1; });
    });
    Object.keys(perTag).sort().forEach(function (tag) { addOption(el.tag, tag, '#' + tag + ' (' + perTag[tag] + ')'); });
    notes.forEach(function (note) { addOption(el.note, note.id, note.title + ' (' + perNote[note.id] + ')'); });
    Object.keys(perFolder).sort().forEach(function (folder) {
      addOption(el.folder, folder, (folder === '.' ? 'Top level' : folder) + ' (' + perFolder[folder] + ')');
    });
  }

  function matches(card) {
    if (el.note.value && card.note.id !== el.note.value) return false;
    if (el.tag.value && card.tags.indexOf(el.tag.value) < 0) return false;
    if (el.folder.value && folderOf(card.note.id) !== el.folder.value) return false;
    return true;
  }

  function filtered() {
    return cards.filter(matches);
  }

  function idsOf(some) {
    return some.map(function (card) { return card.id; });
  }

  /* ---- One card shown: it, its section and its note are marked "on"; CSS hides everything else ---- */
  var shown = [];

  function display(card) {
    shown.forEach(function (part) { part.classList.remove('on', 'flipped'); part.removeAttribute('data-state'); });
    shown = card ? [card.note.heading, card.section.heading, card.dl, card.dt, card.dd] : [];
    shown.forEach(function (part) { part.classList.add('on'); });
    if (card && mode === 'review') {
      var timing = store.timing(card.id);
      card.dl.setAttribute('data-state', STATE_NAMES[timing ? timing.state : 0]);
    }
  }

  /* ---- Review: what is due, in order, one card at a time ---- */
  var mode = 'review';
  var current = null;
  var answerShown = false;

  /* Cards due now (learning steps and today's reviews), oldest first; then the new cards today allows, in page
     order; then learning cards whose step ends within the learn-ahead window, soonest first. */
  function queue(now) {
    var nextDay = Deck.nextDayStart(now);
    var due = [];
    var ahead = [];
    var fresh = [];
    var allowed = store.newAllowed(now);
    filtered().forEach(function (card) {
      var timing = store.timing(card.id);
      if (!timing) {
        if (fresh.length < allowed) fresh.push(card);
      } else if (store.isDue(card.id, now)) {
        var soon = timing.due <= now || (timing.state === Deck.STATE.REVIEW && timing.due < nextDay);
        (soon ? due : ahead).push({ card: card, due: timing.due });
      }
    });
    var byDue = function (a, b) { return a.due - b.due; };
    var cardOf = function (entry) { return entry.card; };
    return due.sort(byDue).map(cardOf).concat(fresh, ahead.sort(byDue).map(cardOf));
  }

  function review() {
    var now = Date.now();
    mode = 'review';
    current = queue(now)[0] || null;
    answerShown = false;
    display(current);
    el.practising.hidden = true;
    byId('deck-practice').hidden = false;
    el.review.hidden = !current;
    el.show.hidden = false;
    el.grades.hidden = true;
    el.done.hidden = !!current;
    if (!current) describeDone(now);
    showDue(now);
    showStats(now);
  }

  function showDue(now) {
    var due = store.summary(idsOf(filtered()), now);
    var count = due.reviews + due.fresh;
    el.due.textContent = count + ' due' + (count ? ': ' + due.reviews + ' to review, ' + due.fresh + ' new' : '')
        + (PARTS > 1 ? ' on this part' : '') + (store.saved ? '' : ' (progress is not saved: this browser blocks storage)');
  }

  function showAnswer() {
    if (!current || answerShown) return;
    var focused = doc.activeElement === el.show;
    answerShown = true;
    current.dl.classList.add('flipped');
    var outcomes = scheduler.preview(store.state(current.id), Date.now());
    GRADES.forEach(function (grade) {
      var button = byId('deck-grade-' + grade);
      button.querySelector('.deck-interval').textContent = outcomes[grade].interval;
      button.title = LABELS[grade] + ': next review in ' + outcomes[grade].interval;
    });
    el.show.hidden = true;
    el.grades.hidden = false;
    if (focused) byId('deck-grade-good').focus(); /* keyboard users go on from where they were */
  }

  function grade(name) {
    if (!current || !answerShown) return;
    var focused = el.grades.contains(doc.activeElement);
    var now = Date.now();
    var before = store.state(current.id);
    var after = scheduler.review(before, name, now);
    var saved = store.record(current.id, before, after, name, now);
    say(LABELS[name] + ': back in ' + Fsrs.intervalText(Date.parse(after.due) - now) + '.'
        + (saved || !store.saved ? '' : ' Not saved: this browser\'s storage is full.'));
    review();
    if (focused) (el.review.hidden ? el.done.querySelector('button:not([hidden])') || el.due : el.show).focus();
  }

  /* ---- Nothing due: when the next card is, and what else there is to do ---- */
  function describeDone(now) {
    var due = store.summary(idsOf(filtered()), now);
    var scope = el.tag.value || el.note.value || el.folder.value ? ' for this filter' : '';
    var text = 'Nothing due' + scope + '.';
    if (due.next) text += ' The next card is due ' + when(due.next, now) + '.';
    if (due.unseen) {
      text += ' ' + due.unseen + (due.unseen === 1 ? ' new card waits' : ' new cards wait') + ': today\'s limit of '
          + store.settings().newPerDay + ' new cards is reached.';
    } else if (!due.next) {
      text += ' No cards here yet.';
    }
    el.doneText.textContent = text;
    el.moreNew.hidden = !due.unseen;
    var more = Math.min(due.unseen, moreCount());
    el.moreNew.textContent = 'Study ' + more + ' more new ' + (more === 1 ? 'card' : 'cards');
  }

  function moreCount() {
    return store.settings().newPerDay || Deck.DEFAULTS.newPerDay;
  }

  function when(time, now) {
    var minutes = Math.max(1, Math.round((time - now) / 60000));
    if (minutes < 60) return 'in ' + minutes + (minutes === 1 ? ' minute' : ' minutes');
    var days = Deck.dayOf(time) - Deck.dayOf(now);
    var date = new Date(time);
    var clock = date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    if (days < 1) return 'at ' + clock + ' today';
    return (days === 1 ? 'tomorrow' : 'in ' + days + ' days') + ' (' + date.toLocaleDateString([], { weekday: 'short', day: 'numeric', month: 'short' }) + ')';
  }

  function moreNew() {
    store.allowMore(moreCount(), Date.now());
    review();
  }

  /* ---- Free practice: every card of the filter, flip and step; nothing is graded or saved ---- */
  var order = cards.slice();
  var practice = [];
  var position = 0;

  function startPractice() {
    mode = 'practice';
    practice = order.filter(matches);
    position = 0;
    el.review.hidden = true;
    el.done.hidden = true;
    el.practising.hidden = false;
    byId('deck-practice').hidden = true;
    showPractice();
    byId('deck-flip').focus();
  }

  function showPractice() {
    position = Math.min(position, Math.max(0, practice.length - 1));
    display(practice[position]);
    el.position.textContent = practice.length ? 'Card ' + (position + 1) + ' of ' + practice.length : 'No cards match';
  }

  function flip() {
    var card = practice[position];
    if (card) card.dl.classList.toggle('flipped');
  }

  function step(by) {
    if (!practice.length) return;
    position = (position + by + practice.length) % practice.length;
    showPractice();
  }

  function shuffle() {
    for (var i = order.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    practice = order.filter(matches);
    position = 0;
    showPractice();
  }

  /* ---- Statistics: the whole deck's, from the saved states and review log ---- */
  function showStats(now) {
    var stats = store.stats(now);
    el.today.textContent = String(stats.reviewsToday);
    el.learned.textContent = stats.learned + ' of ' + TOTAL;
    el.retention.textContent = stats.retention === null ? '–'
        : Math.round(stats.retention * 100) + '% (' + stats.passed + ' of ' + stats.judged + ')';
    el.retention.title = 'Reviews of learned cards answered Hard, Good or Easy rather than Again';
    var most = Math.max.apply(null, stats.upcoming.concat(1));
    var start = Deck.nextDayStart(now) - 86400000; /* today's 4 am: noon of each day names it */
    el.chart.textContent = '';
    stats.upcoming.forEach(function (count, day) {
      var item = doc.createElement('li');
      var label = doc.createElement('span');
      label.className = 'deck-bar-day';
      label.textContent = day === 0 ? 'Today' : new Date(start + day * 86400000 + 8 * 3600000).toLocaleDateString([], { weekday: 'short' });
      var number = doc.createElement('span');
      number.className = 'deck-bar-count';
      number.textContent = String(count);
      var bar = doc.createElement('span');
      bar.className = 'deck-bar';
      bar.style.height = (count / most * 5).toFixed(2) + 'rem';
      item.append(label, ' ', number, bar);
      el.chart.appendChild(item);
    });
  }

  /* ---- Settings ---- */
  function showSettings() {
    var settings = store.settings();
    el.newPerDay.value = String(settings.newPerDay);
    el.retentionInput.value = String(settings.retention);
  }

  function changeSetting(input, name) {
    var changes = {};
    changes[name] = input.value === '' ? NaN : Number(input.value);
    try {
      store.setSettings(changes);
      scheduler = Fsrs.scheduler({ retention: store.settings().retention });
      say(name === 'newPerDay' ? 'New cards a day: ' + changes[name] + '.' : 'Target retention: ' + changes[name] + '.');
      if (mode === 'review') review();
    } catch (e) {
      say('Not changed: ' + e.message + '.', true);
      showSettings();
    }
  }

  /* ---- Export, import and reset ---- */
  function saveFile(name, text, type) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var link = doc.createElement('a');
    link.href = url;
    link.download = name;
    doc.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function exportProgress() {
    var now = Date.now();
    var data = store.exportData(now);
    var text = JSON.stringify(data);
    var day = new Date(now - new Date(now).getTimezoneOffset() * 60000).toISOString().slice(0, 10);
    var name = 'flashcards-progress-' + day + '.json';
    saveFile(name, text, 'application/json');
    say('Saved ' + name + ': ' + Object.keys(data.cards).length + ' cards and ' + data.log.length + ' reviews ('
        + Math.max(1, Math.round(new Blob([text]).size / 1024)) + ' KB). Import it on the other browser.');
  }

  function importProgress() {
    var file = el.importFile.files && el.importFile.files[0];
    if (!file) return;
    file.text().then(function (text) {
      try {
        var merged = store.importData(text);
        scheduler = Fsrs.scheduler({ retention: store.settings().retention });
        showSettings();
        say('Imported ' + file.name + ': ' + merged.cards + ' card ' + (merged.cards === 1 ? 'state' : 'states') + ' and '
            + merged.reviews + (merged.reviews === 1 ? ' review' : ' reviews') + ' merged.');
        if (mode === 'review') review();
      } catch (e) {
        say(file.name + ': ' + e.message, true);
      }
    }, function () {
      say(file.name + ': this file could not be read. Nothing was changed.', true);
    }).then(function () { el.importFile.value = ''; });
  }

  function reset() {
    if (!window.confirm('Forget all flashcard progress in this browser: every card\'s schedule and the review history? '
        + 'Export it first to keep a copy.')) return;
    store.clear();
    showSettings();
    scheduler = Fsrs.scheduler({ retention: store.settings().retention });
    say('Progress cleared: every card is new.');
    review();
  }
  /* ---- Anki: front, back and tags a line, tab-separated, plain text (header lines say so) ---- */
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

  var TSV = 'text/tab-separated-values;charset=utf-8';

  function downloadForAnki() {
    say('Preparing the Anki file…');
    wholeDeck().then(function (all) {
      saveFile('flashcards.tsv', ankiFile(all), TSV);
      say('Saved flashcards.tsv: all ' + all.length + ' cards. In Anki: File → Import.');
    }, function () {
      var name = 'flashcards.' + PART + '.tsv';
      saveFile(name, ankiFile(cards), TSV);
      say('Saved ' + name + ': the ' + cards.length + ' cards of part ' + PART + ' of ' + PARTS
          + ', as this page cannot read the other parts (a page opened from disk may not read other files).'
          + ' Download each part and import them all into one Anki deck.');
    });
  }

  /* ---- Wiring ---- */
  function on(id, handler) {
    var button = byId(id);
    if (button) button.addEventListener('click', handler);
  }

  function preselect(select, value) {
    if (!value) return;
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) select.value = value;
    }
  }

  function refresh() {
    if (mode === 'practice') {
      practice = order.filter(matches);
      position = 0;
      showPractice();
    } else {
      review();
    }
  }

  var started = Date.now();
  carryMarks(started);
  /* A one-page deck has every card: states of cards deleted or rewritten since are dropped (their reviews
     stay in the log), so home and note pages count only cards that exist. */
  if (PARTS < 2) {
    var live = {};
    cards.forEach(function (card) { live[card.id] = true; });
    store.forget(live);
  }
  fillFilters();
  var params = new URLSearchParams(location.search);
  preselect(el.note, params.get('note'));
  preselect(el.tag, params.get('tag'));
  preselect(el.folder, params.get('folder'));
  showSettings();

  on('deck-show', showAnswer);
  GRADES.forEach(function (name) { on('deck-grade-' + name, function () { grade(name); }); });
  on('deck-more-new', moreNew);
  on('deck-practice', startPractice);
  on('deck-done-practice', startPractice);
  on('deck-back', review);
  on('deck-prev', function () { step(-1); });
  on('deck-next', function () { step(1); });
  on('deck-flip', flip);
  on('deck-shuffle', shuffle);
  on('deck-export', exportProgress);
  on('deck-reset', reset);
  on('deck-anki', downloadForAnki);
  el.importFile.addEventListener('change', importProgress);
  el.newPerDay.addEventListener('change', function () { changeSetting(el.newPerDay, 'newPerDay'); });
  el.retentionInput.addEventListener('change', function () { changeSetting(el.retentionInput, 'retention'); });
  [el.tag, el.note, el.folder].forEach(function (control) { control.addEventListener('change', refresh); });

  list.addEventListener('click', function (event) {
    if (event.target.closest('a') || !event.target.closest('dl.on')) return; /* a heading's link navigates */
    if (mode === 'practice') flip();
    else showAnswer();
  });

  /* Space shows the answer, then grades Good (as in Anki); 1-4 grade once the answer shows. */
  doc.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target.closest && target.closest('input, select, textarea, [contenteditable="true"]')) return;
    var onControl = target.closest && target.closest('button, a, summary');
    var key = event.key;
    if (key === ' ' || key === 'Spacebar') {
      if (onControl) return; /* Space presses the focused control */
      event.preventDefault();
      if (mode === 'practice') flip();
      else if (answerShown) grade('good');
      else showAnswer();
    } else if (mode === 'review' && answerShown && key >= '1' && key <= '4' && key.length === 1) {
      event.preventDefault();
      grade(GRADES[Number(key) - 1]);
    } else if (mode === 'practice' && key === 'ArrowRight') {
      step(1);
    } else if (mode === 'practice' && key === 'ArrowLeft') {
      step(-1);
    }
  });

  /* Back on a tab left open overnight, or after grading in another tab: read and count again. */
  doc.addEventListener('visibilitychange', function () {
    if (doc.hidden || mode !== 'review' || answerShown) return;
    store.reload();
    review();
  });

  deck.classList.add('deck-on');
  Array.prototype.forEach.call(deck.querySelectorAll('.deck-controls, #deck-due, #deck-stats, #deck-settings'), function (part) {
    part.hidden = false;
  });
  review();
});
