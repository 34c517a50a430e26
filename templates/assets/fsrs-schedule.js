/* studysite: spaced-repetition scheduling for the flashcard deck, a thin layer over the vendored ts-fsrs
   (assets/vendor/ts-fsrs/ts-fsrs.umd.js, which must be loaded first and defines window.FSRS).
   Everything here is a pure function of its arguments: a card's state goes in and comes out as plain JSON
   (the shape ts-fsrs's own Card serialises to: dates as ISO strings, state as its number), and the time is
   always passed in, never read from the clock, so a page can keep states in localStorage, export them,
   and tests can replay a review sequence exactly. A card never reviewed has no state: pass null.
   Defaults are ts-fsrs's own (FSRS-6 weights, learning steps 1m 10m, relearning 10m, no fuzz, so the
   same reviews always give the same dates); only the target retention is ours to change. Which cards are
   due when (study days, the learn-ahead window, the daily new-card limit) is deck-store.js's to say. */
(function (window) {
  'use strict';

  var FSRS = window.FSRS;
  if (!FSRS || typeof FSRS.fsrs !== 'function') {
    throw new Error('fsrs-schedule.js needs assets/vendor/ts-fsrs/ts-fsrs.umd.js loaded before it');
  }

  /* The buttons, in the order shown; ts-fsrs's Rating numbers them 1 to 4. */
  var GRADES = Object.freeze(['again', 'hard', 'good', 'easy']);
  var RATING = { again: FSRS.Rating.Again, hard: FSRS.Rating.Hard, good: FSRS.Rating.Good, easy: FSRS.Rating.Easy };
  var DEFAULT_RETENTION = 0.9;
  var MINUTE = 60 * 1000;

  /** A time given as a Date, epoch milliseconds or an ISO string, as a Date; anything else is an error. */
  function time(value) {
    var date = value instanceof Date ? new Date(value.getTime()) : new Date(value);
    if (value === null || value === undefined || isNaN(date.getTime())) {
      throw new TypeError('not a time: ' + value);
    }
    return date;
  }

  function rating(grade) {
    if (!Object.prototype.hasOwnProperty.call(RATING, grade)) {
      throw new RangeError('grade must be one of ' + GRADES.join(', ') + ', not ' + grade);
    }
    return RATING[grade];
  }

  /* ts-fsrs works on Date objects; what we store and hand out is JSON, so no Date leaks out of here. */
  function toEngine(state, now) {
    return state ? FSRS.TypeConvert.card(state) : FSRS.createEmptyCard(now);
  }

  function toJson(card) {
    var json = {
      due: card.due.toISOString(),
      stability: card.stability,
      difficulty: card.difficulty,
      elapsed_days: card.elapsed_days,
      scheduled_days: card.scheduled_days,
      learning_steps: card.learning_steps,
      reps: card.reps,
      lapses: card.lapses,
      state: card.state
    };
    if (card.last_review) json.last_review = time(card.last_review).toISOString();
    return json;
  }

  /**
   * What a button says about when a card comes back: "1m", "10m", "5h", "3d", "1.5mo", "2y".
   * Minutes, hours and days are whole (ts-fsrs schedules whole minutes in learning and whole days after);
   * months (30 days) and years (365 days) keep one decimal, as Anki shows them.
   */
  function intervalText(milliseconds) {
    var minutes = milliseconds / MINUTE;
    if (minutes < 0.5) return '<1m';
    if (minutes < 60) return Math.round(minutes) + 'm';
    if (minutes < 24 * 60) return Math.round(minutes / 60) + 'h';
    var days = minutes / (24 * 60);
    if (days < 30) return Math.round(days) + 'd';
    if (days < 365) return oneDecimal(days / 30) + 'mo';
    return oneDecimal(days / 365) + 'y';
  }

  function oneDecimal(value) {
    return String(Math.round(value * 10) / 10);
  }

  /**
   * A scheduler for one target retention (the chance of still recalling a card when it comes due;
   * higher means shorter intervals and more reviews). Options: { retention: 0.9 }.
   */
  function scheduler(options) {
    var retention = options && options.retention !== undefined ? options.retention : DEFAULT_RETENTION;
    if (typeof retention !== 'number' || !(retention > 0 && retention < 1)) {
      throw new RangeError('retention must be a number between 0 and 1, not ' + retention);
    }
    var engine = FSRS.fsrs(FSRS.generatorParameters({ request_retention: retention }));

    /** For each grade, the state the card would have and the button's text: { good: { state, interval }, … }. */
    function preview(state, now) {
      var at = time(now);
      var outcomes = engine.repeat(toEngine(state, at), at);
      var result = {};
      GRADES.forEach(function (grade) {
        var card = outcomes[RATING[grade]].card;
        result[grade] = { state: toJson(card), interval: intervalText(card.due.getTime() - at.getTime()) };
      });
      return result;
    }

    /** The card's state after it is graded at {@code now}. */
    function review(state, grade, now) {
      var at = time(now);
      return toJson(engine.next(toEngine(state, at), at, rating(grade)).card);
    }

    return Object.freeze({ retention: retention, preview: preview, review: review });
  }

  var standard = scheduler();
  window.studysiteFsrs = Object.freeze({
    /* ts-fsrs's own version line ("v5.4.2 using FSRS-6.0"), to tell which engine made a saved state. */
    engine: FSRS.FSRSVersion,
    GRADES: GRADES,
    DEFAULT_RETENTION: DEFAULT_RETENTION,
    scheduler: scheduler,
    intervalText: intervalText,
    preview: standard.preview,
    review: standard.review
  });
})(window);
