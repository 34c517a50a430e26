/* studysite: flashcards.html as a deck. Without this script the page is a plain list of cards.
   One card at a time: flip (click, Space), previous/next (arrow keys, buttons), shuffle, filter by
   tag and note, mark Known (K) or Again (A). Progress is saved per card id in localStorage under a
   key namespaced by the site title and folder; if storage is unavailable it lasts for the visit.
   Text is set with textContent only; works from file:// with no network. */
(function () {
  'use strict';

  var doc = document;
  var deck = doc.getElementById('flashcards');
  var list = doc.getElementById('flashcard-list');
  if (!deck || !list) return;

  var cards = Array.prototype.slice.call(list.querySelectorAll('.flashcard'));
  var byId = {};
  cards.forEach(function (card) { byId[card.getAttribute('data-id')] = card; });
  var el = {
    tag: doc.getElementById('deck-tag'),
    note: doc.getElementById('deck-note'),
    hideKnown: doc.getElementById('deck-hide-known'),
    progress: doc.getElementById('deck-progress'),
    position: doc.getElementById('deck-position')
  };

  /* ---- Progress: { cardId: "known" | "again" }, saved as JSON ---- */
  var folder = location.pathname.replace(/[^/]*$/, '');
  var storageKey = (deck.getAttribute('data-storage-key') || 'studysite.flashcards') + '@' + folder;
  var storage = openStorage();
  var progress = load();

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

  function save() {
    if (!storage) return;
    try {
      storage.setItem(storageKey, JSON.stringify(progress));
    } catch (e) {
      /* quota or storage revoked: progress still holds for this visit */
    }
  }

  /* ---- Which cards are in play, in which order ---- */
  var order = cards.slice();
  var visible = [];
  var current = 0;

  function matches(card) {
    var tag = el.tag.value;
    var note = el.note.value;
    if (note && card.getAttribute('data-note') !== note) return false;
    if (tag && (' ' + card.getAttribute('data-tags') + ' ').indexOf(' ' + tag + ' ') < 0) return false;
    return true;
  }

  function refilter(keepCard) {
    var filtered = order.filter(matches);
    visible = filtered.filter(function (card) {
      return !(el.hideKnown.checked && progress[card.getAttribute('data-id')] === 'known');
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
      var state = progress[card.getAttribute('data-id')];
      if (state === 'known') known++;
      if (state === 'again') again++;
    });
    el.progress.textContent = 'Known ' + known + ' / ' + filtered.length + ' · again ' + again
        + (storage ? '' : ' (progress is not saved: storage is unavailable)');
  }

  function show() {
    cards.forEach(function (card) {
      card.hidden = true;
      card.classList.remove('flipped');
      var state = progress[card.getAttribute('data-id')];
      if (state) card.setAttribute('data-state', state); else card.removeAttribute('data-state');
    });
    var card = visible[current];
    if (card) card.hidden = false;
    el.position.textContent = visible.length ? 'Card ' + (current + 1) + ' of ' + visible.length : 'No cards match';
  }

  /* ---- Actions ---- */
  function flip() {
    var card = visible[current];
    if (card) card.classList.toggle('flipped');
  }

  function step(by) {
    if (!visible.length) return;
    current = (current + by + visible.length) % visible.length;
    show();
  }

  function mark(state) {
    var card = visible[current];
    if (!card) return;
    progress[card.getAttribute('data-id')] = state;
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

  function on(id, handler) {
    var button = doc.getElementById(id);
    if (button) button.addEventListener('click', handler);
  }

  /* ---- Wiring ---- */
  function preselect(select, value) {
    if (!value) return;
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) select.value = value;
    }
  }

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
  [el.tag, el.note, el.hideKnown].forEach(function (control) {
    control.addEventListener('change', function () { current = 0; refilter(null); });
  });

  list.addEventListener('click', function (event) {
    if (event.target.closest('a')) return; /* the source link navigates, it does not flip */
    if (event.target.closest('.flashcard')) flip();
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
})();
