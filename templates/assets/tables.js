/* studysite: sortable tables with a header row that stays visible, and the comparisons page filter.
   Runs from file:// with no network access; text is only ever inserted with textContent. */
/* Starts once a packed list is in the page (site.js's studysite.ready), at once on other pages. */
((window.studysite && window.studysite.ready) || Promise.resolve()).then(function () {
  'use strict';

  var doc = document;

  /* ---- Numbers: "5 GB", "$0.10", "15 min", "99.9%", "1,000", "~2x" sort as numbers ---- */
  var UNITS = {
    b: 1, byte: 1, bytes: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1048576, gb: 1e9, gib: 1073741824,
    tb: 1e12, tib: 1099511627776, pb: 1e15,
    ms: 1e-3, s: 1, sec: 1, secs: 1, second: 1, seconds: 1, min: 60, mins: 60, minute: 60, minutes: 60,
    h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600, day: 86400, days: 86400, week: 604800, weeks: 604800,
    k: 1e3, thousand: 1e3, million: 1e6, billion: 1e9
  };
  var NUMBER = /^[~≈<>≤≥$€£¥+]*\s*([-−]?(?:\d[\d,]*(?:\.\d+)?|\.\d+))\s*([A-Za-zµ%]*)/;

  /** The value of a cell that reads as a number, else null. Units scale so "500 MB" < "5 GB". */
  function numberOf(text) {
    var match = NUMBER.exec(text.trim());
    if (!match) return null;
    var value = parseFloat(match[1].replace(/,/g, '').replace('−', '-'));
    if (isNaN(value)) return null;
    var unit = match[2];
    if (unit === 'M') return value * 1e6;           // "10M requests"; lower-case m is left alone
    var scale = UNITS[unit.toLowerCase()];
    return scale ? value * scale : value;
  }

  function cellText(row, column) {
    var cell = row.cells[column];
    return cell ? cell.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  /** Numeric when every non-empty cell of the column reads as a number. */
  function keysOf(rows, column) {
    var texts = rows.map(function (row) { return cellText(row, column); });
    var numbers = texts.map(function (t) { return t === '' ? null : numberOf(t); });
    var numeric = texts.some(function (t) { return t !== ''; })
      && texts.every(function (t, i) { return t === '' || numbers[i] !== null; });
    return texts.map(function (t, i) { return { empty: t === '', text: t, number: numbers[i], numeric: numeric }; });
  }

  var collator = typeof Intl !== 'undefined' ? new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }) : null;

  function compareKeys(a, b) {
    if (a.numeric) return a.number - b.number;
    return collator ? collator.compare(a.text, b.text) : a.text.localeCompare(b.text);
  }

  function sortBy(table, column, button) {
    var head = button.closest('th');
    var descending = head.getAttribute('aria-sort') === 'ascending';
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var keys = keysOf(rows, column);
    var order = rows.map(function (row, i) { return { row: row, key: keys[i], at: Number(row.dataset.order) }; });
    order.sort(function (x, y) {
      // Empty cells stay at the bottom either way; ties keep the note's own order (stable).
      if (x.key.empty !== y.key.empty) return x.key.empty ? 1 : -1;
      var c = x.key.empty ? 0 : compareKeys(x.key, y.key);
      if (descending) c = -c;
      return c !== 0 ? c : x.at - y.at;
    });
    order.forEach(function (o) { body.appendChild(o.row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute('aria-sort'); });
    head.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
  }

  /** Header cells become buttons (Enter and Space work for free); the cell's own markup moves inside. */
  function makeSortable(table) {
    if (!table.tHead || !table.tHead.rows.length || !table.tBodies.length || table.tBodies[0].rows.length < 2) return;
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row, i) { row.dataset.order = String(i); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      var button = doc.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      while (th.firstChild) button.appendChild(th.firstChild);
      var mark = doc.createElement('span');
      mark.className = 'sort-mark';
      mark.setAttribute('aria-hidden', 'true');
      button.appendChild(mark);
      th.appendChild(button);
      button.addEventListener('click', function () { sortBy(table, column, button); });
    });
    table.classList.add('sortable');
  }

  /* ---- Sticky header: a table that fits lets its header stick under the page header; a wide one
     scrolls in its own box (overflow clips sticky to that box), with a bounded height so it sticks there. ---- */
  var wraps = Array.prototype.slice.call(doc.querySelectorAll('.table-wrap'));

  function fit() {
    wraps.forEach(function (wrap) {
      var table = wrap.querySelector('table');
      if (!table) return;
      wrap.classList.remove('fits');
      wrap.classList.toggle('fits', table.offsetWidth <= wrap.clientWidth);
    });
  }

  Array.prototype.forEach.call(doc.querySelectorAll('.note-body table, .comparison table'), makeSortable);
  fit();
  var pending = false;
  window.addEventListener('resize', function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; fit(); });
  });

  /* ---- Comparisons page: filter by words, tag and note ---- */
  var filters = doc.querySelector('.comparison-filters');
  if (!filters) return;
  var input = doc.getElementById('comparison-filter');
  var tagSelect = doc.getElementById('comparison-tag');
  var noteSelect = doc.getElementById('comparison-note');
  var count = doc.getElementById('comparison-count');
  var entries = Array.prototype.slice.call(doc.querySelectorAll('article.comparison')).map(function (article) {
    return {
      article: article,
      text: article.textContent.replace(/\s+/g, ' ').toLowerCase(),
      tags: (article.dataset.tags || '').split(' ').filter(Boolean),
      note: article.dataset.note || ''
    };
  });

  function apply() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var tag = tagSelect.value;
    var note = noteSelect.value;
    var shown = 0;
    entries.forEach(function (e) {
      var visible = (!tag || e.tags.indexOf(tag) >= 0) && (!note || e.note === note)
        && words.every(function (w) { return e.text.indexOf(w) >= 0; });
      e.article.hidden = !visible;
      if (visible) shown++;
    });
    Array.prototype.forEach.call(doc.querySelectorAll('.comparison-group'), function (group) {
      group.hidden = !group.querySelector('article.comparison:not([hidden])');
    });
    count.textContent = shown + ' of ' + entries.length + (entries.length === 1 ? ' table' : ' tables');
  }

  input.addEventListener('input', apply);
  tagSelect.addEventListener('change', apply);
  noteSelect.addEventListener('change', apply);
  /** Table headers that stick to the page go below the sticky filter bar, whose height wraps with the width. */
  function measureFilters() {
    doc.body.style.setProperty('--filters-h', filters.offsetHeight + 'px');
  }

  filters.hidden = false;
  apply();
  fit();
  measureFilters();
  window.addEventListener('resize', measureFilters);
});
