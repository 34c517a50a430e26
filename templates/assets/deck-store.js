/* studysite: the flashcard deck's saved progress (window.studysiteDeck), and the "N cards due" links of the
   home page and note pages. No scheduling here (that is fsrs-schedule.js, on the deck page only): this reads
   and writes what the scheduler decided, counts what is due, and exports, imports and merges progress, so a
   note page can show its count without loading ts-fsrs.

   Saved in localStorage under "<deck key>@<site folder>" (the key names the vault by its title; the folder
   keeps two copies of a site apart) as JSON, compact because a student's history grows every day:
     { "v": 2,
       "settings": { "newPerDay": 20, "retention": 0.9 },
       "cards": { "<card id>": [due, stability, difficulty, elapsed_days, scheduled_days, learning_steps,
                                reps, lapses, state, last_review], … },
       "log": [ ["<card id>", time, grade 1-4, state before 0-3], … ],
       "more": [day, extra new cards allowed that day],
       "past": [reviews of learned cards, of them not Again] (only once the log was folded: see save) }
   Times are epoch milliseconds (0: never), so a state round-trips to ts-fsrs exactly; a card id is
   "note:kind:key" (see Flashcard.id). Progress saved before version 2 ({ id: "known" | "again" }) is kept
   under "marks" until the deck page turns it into schedules (flashcards.js).

   A study day starts at 4 am local time, as in Anki, so a late-night session counts for the day before.
   Due today: a card in review whose due time is before the next day starts, a card in (re)learning
   whose step ends within 20 minutes (Anki's learn-ahead limit, so a short step does not end a session),
   and new cards up to the daily limit, less those already started today. */
(function (window, document) {
  'use strict';

  var VERSION = 2;
  var FORMAT = 'studysite-flashcards';
  var DEFAULTS = Object.freeze({ newPerDay: 20, retention: 0.9 });
  var DAY_START_HOUR = 4;
  var LEARN_AHEAD = 20 * 60 * 1000;
  var STATE = Object.freeze({ NEW: 0, LEARNING: 1, REVIEW: 2, RELEARNING: 3 });
  var GRADES = ['again', 'hard', 'good', 'easy'];
  var FIELDS = ['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps',
                'reps', 'lapses', 'state', 'last_review'];
  var DUE = 0;
  var STATE_AT = 8;
  var LAST_REVIEW = 9;
  /* The letter of each card kind in the deck's codes and a note page's card list (FlashcardGroups.letter). */
  var KINDS = Object.freeze({ d: 'drill', t: 'table', s: 'scenario', g: 'definition' });
  var CARD_ID = /^.+:(drill|table|scenario|definition):[0-9a-z]{6}(-\d+)?$/;

  /* ---- Days: numbered from the epoch, starting at 4 am local time ---- */
  function dayOf(time) {
    var d = new Date(time - DAY_START_HOUR * 3600000);
    return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86400000);
  }

  /** When the study day after the one holding {@code time} starts (local 4 am, whatever the clocks did). */
  function nextDayStart(time) {
    var d = new Date(time);
    d.setHours(DAY_START_HOUR, 0, 0, 0);
    if (d.getTime() <= time) d.setDate(d.getDate() + 1);
    return d.getTime();
  }

  /* ---- States: the scheduler's JSON (fsrs-schedule.js) as a row of numbers, and back ---- */
  function pack(state) {
    return FIELDS.map(function (field) {
      var value = state[field];
      if (field === 'due' || field === 'last_review') return value ? new Date(value).getTime() : 0;
      return value;
    });
  }

  function unpack(row) {
    var state = {};
    FIELDS.forEach(function (field, i) {
      if (field === 'last_review') {
        if (row[i]) state.last_review = new Date(row[i]).toISOString();
      } else {
        state[field] = field === 'due' ? new Date(row[i]).toISOString() : row[i];
      }
    });
    return state;
  }

  function dueToday(row, now) {
    var state = row[STATE_AT];
    if (state === STATE.REVIEW) return row[DUE] < nextDayStart(now);
    return row[DUE] <= now + LEARN_AHEAD;
  }

  /* ---- Checking what is read: from storage (lenient) and from an imported file (strict) ---- */
  function isRow(row) {
    if (!Array.isArray(row) || row.length !== FIELDS.length) return false;
    for (var i = 0; i < row.length; i++) {
      if (typeof row[i] !== 'number' || !isFinite(row[i]) || row[i] < 0) return false;
    }
    return row[STATE_AT] === Math.floor(row[STATE_AT]) && row[STATE_AT] <= STATE.RELEARNING && row[DUE] > 0;
  }

  function isLogEntry(entry) {
    return Array.isArray(entry) && entry.length === 4 && typeof entry[0] === 'string' && CARD_ID.test(entry[0])
        && typeof entry[1] === 'number' && entry[1] > 0 && isFinite(entry[1])
        && [1, 2, 3, 4].indexOf(entry[2]) >= 0 && [0, 1, 2, 3].indexOf(entry[3]) >= 0;
  }

  /** Totals of reviews folded out of the log: [reviews of cards in review, of them not Again]. */
  function isPast(past) {
    return Array.isArray(past) && past.length === 2 && past.every(function (n) { return n === Math.floor(n) && n >= 0; })
        && past[1] <= past[0];
  }

  function settingsOf(value) {
    var settings = { newPerDay: DEFAULTS.newPerDay, retention: DEFAULTS.retention };
    if (value && typeof value === 'object') {
      if (validNewPerDay(value.newPerDay)) settings.newPerDay = value.newPerDay;
      if (validRetention(value.retention)) settings.retention = value.retention;
    }
    return settings;
  }

  function validNewPerDay(n) {
    return typeof n === 'number' && n === Math.floor(n) && n >= 0 && n <= 9999;
  }

  function validRetention(r) {
    return typeof r === 'number' && r >= 0.7 && r <= 0.99;
  }

  function empty() {
    return { v: VERSION, settings: settingsOf(null), cards: {}, log: [], more: [0, 0] };
  }

  /** What storage held, as version 2; anything unreadable counts as no progress. */
  function normalise(saved) {
    var data = empty();
    if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return data;
    if (saved.v !== VERSION) {
      var marks = {};
      Object.keys(saved).forEach(function (id) {
        if (saved[id] === 'known' || saved[id] === 'again') marks[id] = saved[id];
      });
      if (Object.keys(marks).length) data.marks = marks;
      return data;
    }
    data.settings = settingsOf(saved.settings);
    if (saved.cards && typeof saved.cards === 'object') {
      Object.keys(saved.cards).forEach(function (id) {
        if (isRow(saved.cards[id])) data.cards[id] = saved.cards[id];
      });
    }
    if (Array.isArray(saved.log)) data.log = saved.log.filter(isLogEntry);
    if (Array.isArray(saved.more) && saved.more.length === 2) data.more = saved.more.slice();
    if (isPast(saved.past)) data.past = saved.past.slice();
    if (saved.marks && typeof saved.marks === 'object') data.marks = saved.marks;
    return data;
  }

  /* ---- Storage ---- */
  function openStorage() {
    try {
      var storage = window.localStorage;
      var probe = 'studysite.probe';
      storage.setItem(probe, '1');
      storage.removeItem(probe);
      return storage;
    } catch (e) {
      return null; /* blocked (privacy settings, some file:// setups): progress lasts for the visit */
    }
  }

  /** The folder of the site whose root is {@code rootHref} (relative to this page), as the deck page names it. */
  function siteFolder(rootHref) {
    return new URL((rootHref || '.') + '/flashcards.html', window.location.href).pathname.replace(/[^/]*$/, '');
  }

  /**
   * The progress of one site's deck. {@code vault} is the deck's key (data-deck-key / data-storage-key:
   * the site's title), {@code rootHref} the site's root relative to this page ("." on the deck page).
   */
  function open(vault, rootHref) {
    var key = vault + '@' + siteFolder(rootHref);
    var storage = openStorage();
    var data = read();

    function read() {
      if (!storage) return empty();
      try {
        return normalise(JSON.parse(storage.getItem(key) || 'null'));
      } catch (e) {
        return empty();
      }
    }

    /**
     * Writes the progress; false when it could not be kept (no storage, or full even after compacting).
     * Storage holds a few megabytes per site, shared by every site opened from disk; the review log is what
     * grows (a year of daily study of a few thousand cards comes near that), so when it is full the older
     * half of the log is folded into totals, which keep the true retention, and the write is tried again.
     */
    function save() {
      if (!storage) return false;
      for (var attempt = 0; attempt < 8; attempt++) {
        try {
          storage.setItem(key, JSON.stringify(data));
          return true;
        } catch (e) {
          if (!foldOldReviews()) return false;
        }
      }
      return false;
    }

    /** Folds the older half of the log (never today's reviews) into data.past: [reviews judged, passed]. */
    function foldOldReviews() {
      var today = dayOf(Date.now());
      var cut = Math.floor(data.log.length / 2);
      while (cut > 0 && dayOf(data.log[cut - 1][1]) >= today) cut--;
      if (!cut) return false;
      var past = data.past || [0, 0];
      data.log.slice(0, cut).forEach(function (entry) {
        if (entry[3] !== STATE.REVIEW) return;
        past[0]++;
        if (entry[2] > 1) past[1]++;
      });
      data.past = past;
      data.log = data.log.slice(cut);
      return true;
    }

    function state(id) {
      var row = data.cards[id];
      return row ? unpack(row) : null;
    }

    /** New cards first graded today, by the log. */
    function startedToday(now) {
      var today = dayOf(now);
      var n = 0;
      for (var i = data.log.length - 1; i >= 0 && dayOf(data.log[i][1]) >= today; i--) {
        if (data.log[i][3] === STATE.NEW && dayOf(data.log[i][1]) === today) n++;
      }
      return n;
    }

    /** How many new cards may still be started today: the daily limit, plus any asked for, less those started. */
    function newAllowed(now) {
      var extra = data.more[0] === dayOf(now) ? data.more[1] : 0;
      return Math.max(0, data.settings.newPerDay + extra - startedToday(now));
    }

    /** A card's due time and state number ({@link STATE}), without unpacking it; null for a new card. */
    function timing(id) {
      var row = data.cards[id];
      return row ? { due: row[DUE], state: row[STATE_AT] } : null;
    }

    function isDue(id, now) {
      var row = data.cards[id];
      return !!row && dueToday(row, now);
    }

    /**
     * What is due among {@code ids} at {@code now}: { reviews: cards seen before and due today, fresh: new
     * cards allowed today, unseen: new cards in all, next: when the first card not due today comes due (0: none) }.
     */
    function summary(ids, now) {
      var result = { reviews: 0, fresh: 0, unseen: 0, next: 0 };
      ids.forEach(function (id) {
        var row = data.cards[id];
        if (!row) result.unseen++;
        else if (dueToday(row, now)) result.reviews++;
        else if (!result.next || row[DUE] < result.next) result.next = row[DUE];
      });
      result.fresh = Math.min(result.unseen, newAllowed(now));
      return result;
    }

    /**
     * The same for a deck whose ids this page does not have (the home page): {@code total} cards, of which
     * those with a saved state are counted from storage. A card deleted from the notes keeps its state until
     * the deck page, which has all ids, drops it ({@link #forget}).
     */
    function summaryOfAll(total, now) {
      var result = { reviews: 0, fresh: 0, unseen: 0, next: 0 };
      var seen = 0;
      Object.keys(data.cards).forEach(function (id) {
        seen++;
        if (dueToday(data.cards[id], now)) result.reviews++;
      });
      result.unseen = Math.max(0, total - seen);
      result.fresh = Math.min(result.unseen, newAllowed(now));
      return result;
    }

    /** Saves a grade: the card's new state, and one line of the review log. */
    function record(id, before, after, grade, now) {
      data.cards[id] = pack(after);
      data.log.push([id, now, GRADES.indexOf(grade) + 1, before ? before.state : STATE.NEW]);
      return save();
    }

    /** Sets a card's state without a review (progress carried over from the Known marks of before). */
    function put(id, after) {
      data.cards[id] = pack(after);
    }

    /** Lets {@code count} more new cards in today. */
    function allowMore(count, now) {
      var today = dayOf(now);
      data.more = [today, (data.more[0] === today ? data.more[1] : 0) + count];
      return save();
    }

    function setSettings(changes) {
      if (changes.newPerDay !== undefined) {
        if (!validNewPerDay(changes.newPerDay)) throw new RangeError('new cards a day: a whole number from 0 to 9999');
        data.settings.newPerDay = changes.newPerDay;
      }
      if (changes.retention !== undefined) {
        if (!validRetention(changes.retention)) throw new RangeError('target retention: from 0.70 to 0.99');
        data.settings.retention = changes.retention;
      }
      return save();
    }

    /** Drops the states of cards no longer in the deck ({@code live}: every id of the whole deck). */
    function forget(live) {
      var gone = Object.keys(data.cards).filter(function (id) { return !live[id]; });
      gone.forEach(function (id) { delete data.cards[id]; });
      if (gone.length) save();
      return gone.length;
    }

    /** The statistics panel's numbers at {@code now} (whole deck). */
    function stats(now) {
      var today = dayOf(now);
      var result = { reviewsToday: 0, learned: 0, retention: null, passed: 0, judged: 0, upcoming: [0, 0, 0, 0, 0, 0, 0] };
      data.log.forEach(function (entry) {
        if (dayOf(entry[1]) === today) result.reviewsToday++;
        if (entry[3] === STATE.REVIEW) {
          result.judged++;
          if (entry[2] > 1) result.passed++;
        }
      });
      if (data.past) {
        result.judged += data.past[0];
        result.passed += data.past[1];
      }
      if (result.judged) result.retention = result.passed / result.judged;
      Object.keys(data.cards).forEach(function (id) {
        var row = data.cards[id];
        if (row[STATE_AT] !== STATE.NEW) result.learned++;
        var day = dueToday(row, now) ? 0 : dayOf(row[DUE]) - today;
        if (day >= 0 && day < result.upcoming.length) result.upcoming[day]++;
      });
      return result;
    }

    function exportData(now) {
      return {
        format: FORMAT, version: VERSION, vault: vault, exported: new Date(now).toISOString(),
        settings: data.settings, cards: data.cards, log: data.log, more: data.more, past: data.past || [0, 0]
      };
    }

    /**
     * Merges exported progress into this browser's: per card the state with the later last review wins,
     * the logs are joined (a review already here is not added twice), and the file's settings apply.
     * Throws an Error with a message for the student, changing nothing, when the file is not progress of
     * this vault. Returns { cards: states taken from the file, reviews: log lines added }.
     */
    function importData(text) {
      var file = parseExport(text, vault);
      var taken = 0;
      Object.keys(file.cards).forEach(function (id) {
        var mine = data.cards[id];
        var theirs = file.cards[id];
        if (!mine || theirs[LAST_REVIEW] > mine[LAST_REVIEW]) {
          data.cards[id] = theirs.slice();
          taken++;
        }
      });
      var known = {};
      data.log.forEach(function (entry) { known[entry[0] + ' ' + entry[1]] = true; });
      var added = file.log.filter(function (entry) { return !known[entry[0] + ' ' + entry[1]]; });
      data.log = data.log.concat(added).sort(function (a, b) { return a[1] - b[1]; });
      data.settings = settingsOf(file.settings);
      if (file.more && file.more[0] > data.more[0]) data.more = file.more.slice();
      /* Folded totals cannot be told apart: keep the larger, which counted more of the shared history. */
      if (isPast(file.past) && (!data.past || file.past[0] > data.past[0])) data.past = file.past.slice();
      save();
      return { cards: taken, reviews: added.length };
    }

    function clear() {
      data = empty();
      if (storage) {
        try { storage.removeItem(key); } catch (e) { /* nothing saved to clear */ }
      }
    }

    return {
      key: key,
      saved: !!storage,
      settings: function () { return { newPerDay: data.settings.newPerDay, retention: data.settings.retention }; },
      marks: function () { return data.marks || null; },
      dropMarks: function () { delete data.marks; return save(); },
      cardCount: function () { return Object.keys(data.cards).length; },
      /** Reads storage again (another tab may have graded cards since). */
      reload: function () { data = read(); },
      state: state,
      timing: timing,
      isDue: isDue,
      isNew: function (id) { return !data.cards[id]; },
      summary: summary,
      summaryOfAll: summaryOfAll,
      newAllowed: newAllowed,
      record: record,
      put: put,
      save: save,
      allowMore: allowMore,
      setSettings: setSettings,
      forget: forget,
      stats: stats,
      exportData: exportData,
      importData: importData,
      clear: clear
    };
  }

  /** An exported file's content, checked whole before anything is merged. */
  function parseExport(text, vault) {
    var file;
    try {
      file = JSON.parse(text);
    } catch (e) {
      throw new Error('This file is not flashcard progress from studysite (it is not JSON). Nothing was changed.');
    }
    if (!file || typeof file !== 'object' || file.format !== FORMAT) {
      throw new Error('This file is not flashcard progress from studysite. Nothing was changed.');
    }
    if (file.version !== VERSION) {
      throw new Error('This progress file has format version ' + file.version + '; this site reads version '
          + VERSION + '. Nothing was changed.');
    }
    if (file.vault !== vault) {
      throw new Error('This progress file is from another set of notes ("' + String(file.vault).replace(/^studysite\.flashcards\./, '')
          + '"), not this one ("' + vault.replace(/^studysite\.flashcards\./, '') + '"). Nothing was changed.');
    }
    var cards = file.cards;
    var bad = !cards || typeof cards !== 'object' || Array.isArray(cards) || !Array.isArray(file.log);
    if (!bad) {
      bad = Object.keys(cards).some(function (id) { return !CARD_ID.test(id) || !isRow(cards[id]); })
          || !file.log.every(isLogEntry) || (file.past !== undefined && !isPast(file.past));
    }
    if (bad) throw new Error('This progress file is damaged (a card or review in it cannot be read). Nothing was changed.');
    return file;
  }

  /* ---- "N cards due" on the home page and note pages (partials/deck-due.ftlh) ---- */
  function dueText(count) {
    return count === 0 ? 'No cards due' : count + (count === 1 ? ' card due' : ' cards due');
  }

  function fillDueLink(element, now) {
    var link = element.querySelector('a');
    var store = open(element.getAttribute('data-deck-key'), element.getAttribute('data-root'));
    var total = Number(element.getAttribute('data-total')) || 0;
    var note = element.getAttribute('data-note');
    var due = note
        ? store.summary(element.getAttribute('data-cards').split(' ').filter(Boolean).map(function (id) {
          return note + ':' + KINDS[id.charAt(0)] + ':' + id.slice(1); /* "g0k3x9v": see Flashcard.shortId */
        }), now)
        : store.summaryOfAll(total, now);
    var count = due.reviews + due.fresh;
    link.textContent = dueText(count);
    link.title = due.reviews + ' to review, ' + due.fresh + ' new of ' + total + (total === 1 ? ' flashcard' : ' flashcards');
    element.classList.add(count ? 'deck-due-some' : 'deck-due-none');
  }

  function fillDueLinks() {
    var now = Date.now();
    Array.prototype.forEach.call(document.querySelectorAll('.deck-due[data-deck-key]'), function (element) {
      fillDueLink(element, now);
    });
  }

  window.studysiteDeck = Object.freeze({
    VERSION: VERSION, DEFAULTS: DEFAULTS, STATE: STATE, GRADES: GRADES, KINDS: KINDS,
    open: open, dayOf: dayOf, nextDayStart: nextDayStart, dueText: dueText, fillDueLinks: fillDueLinks
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fillDueLinks);
  else fillDueLinks();
  /* Back from the deck (bfcache), the counts must be today's, not the page's first. */
  window.addEventListener('pageshow', function (event) { if (event.persisted) fillDueLinks(); });
})(window, document);
