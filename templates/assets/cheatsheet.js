/* studysite cheat sheets. No inline handlers, so it all lives here; runs from file:// (scripts, never fetch).
   - A tag's sheet (cheatsheets/*.html) lists its places; each place's content comes from its note's shared
     region script (cheatsheets/regions/...js, written by the build), loaded here with script tags. Print waits
     until every place is filled in.
   - A note page with tagged regions has a cheat-sheet mode (#cheatsheet): only the regions, printable. */
(function () {
  'use strict';

  var doc = document;

  /* ---- A tag's sheet: fill in every place from the region scripts, in order ---- */
  function loadSheet(sheet) {
    var root = sheet.getAttribute('data-root') || '.';
    var bodies = sheet.querySelectorAll('[data-src]');
    var button = doc.querySelector('.print-button');
    var status = doc.querySelector('.cheatsheet-status');
    var incomplete = doc.querySelector('.cheatsheet-incomplete');
    var byScript = {};
    var scripts = [];
    var waiting = bodies.length;
    var failed = 0;

    for (var i = 0; i < bodies.length; i++) {
      var src = bodies[i].getAttribute('data-src');
      if (!byScript[src]) {
        byScript[src] = [];
        scripts.push(src);
      }
      byScript[src].push({ body: bodies[i], prefix: 'r' + (i + 1) + '-', done: false });
    }

    function report() {
      if (button) button.disabled = waiting > 0;
      if (!status) return;
      if (waiting > 0) status.textContent = 'Loading ' + bodies.length + ' regions…';
      else if (failed > 0) status.textContent = (bodies.length - failed) + ' of ' + bodies.length + ' regions loaded; the others are links to their notes.';
      else status.textContent = 'All ' + bodies.length + ' regions loaded: ready to print.';
      if (waiting === 0 && incomplete) incomplete.hidden = true;
    }

    function finish(place, ok) {
      if (place.done) return;
      place.done = true;
      waiting--;
      if (!ok) failed++;
      report();
    }

    // Called by each region script: its places are found by the script's own address.
    window.studysiteRegions = function (regions) {
      var script = doc.currentScript;
      var places = script ? byScript[script.getAttribute('src')] || [] : [];
      for (var p = 0; p < places.length; p++) {
        var html = regions[places[p].body.getAttribute('data-top')];
        if (typeof html === 'string') {
          fill(places[p], html, root);
          finish(places[p], true);
        }
      }
    };

    scripts.forEach(function (src) {
      var script = doc.createElement('script');
      script.src = src;
      script.async = false;   // run in order, so the sheet fills from the top
      // After the script ran (or failed), a place it did not fill keeps its link.
      var settle = function () { byScript[src].forEach(function (place) { finish(place, false); }); };
      script.onload = settle;
      script.onerror = settle;
      doc.body.appendChild(script);
    });

    if (button) {
      button.hidden = false;
      button.addEventListener('click', function () { window.print(); });
    }
    // Printed (Ctrl+P) before everything is in: say so on paper rather than print a silently short sheet.
    window.addEventListener('beforeprint', function () {
      if (waiting === 0 || !incomplete) return;
      incomplete.textContent = waiting + ' of ' + bodies.length + ' regions had not loaded when this was printed; '
          + 'wait for "ready to print" and print again.';
      incomplete.hidden = false;
    });
    report();
  }

  /** A region into its place: cut to the nested region if asked, ids made unique, links made relative to this page. */
  function fill(place, html, root) {
    var template = doc.createElement('template');   // inert: nothing loads before links are fixed
    template.innerHTML = html;
    var content = template.content;
    var cut = place.body.getAttribute('data-cut');
    if (cut) keep(content, cut);
    var ids = content.querySelectorAll('[id]');
    for (var i = 0; i < ids.length; i++) ids[i].id = place.prefix + ids[i].id;
    var links = content.querySelectorAll('a[href], img[src]');
    for (var j = 0; j < links.length; j++) {
      var attr = links[j].hasAttribute('href') ? 'href' : 'src';
      var url = links[j].getAttribute(attr);
      if (!/^(?:[a-z][a-z0-9+.-]*:|#|\/)/i.test(url)) links[j].setAttribute(attr, root + '/' + url);
    }
    highlight(content);
    place.body.textContent = '';
    place.body.appendChild(content);
  }

  /** Keeps the blocks of one nested region: those marked in it, and the marked ones inside containers partly in it. */
  function keep(parent, key) {
    var child = parent.firstElementChild;
    while (child) {
      var next = child.nextElementSibling;
      if (!marked(child, 'data-in', key)) {
        if (marked(child, 'data-part', key)) keep(child, key);
        else parent.removeChild(child);
      }
      child = next;
    }
  }

  function marked(element, attribute, key) {
    var value = element.getAttribute(attribute);
    return value !== null && (' ' + value + ' ').indexOf(' ' + key + ' ') >= 0;
  }

  /** Code arrives after site.js highlighted the page; the same rule: a known language, else plain. */
  function highlight(content) {
    var hljs = window.hljs;
    if (!hljs || typeof hljs.highlightElement !== 'function') return;
    var blocks = content.querySelectorAll('pre code');
    for (var b = 0; b < blocks.length; b++) {
      var lang = /\blang(?:uage)?-([\w-]+)/.exec(blocks[b].className);
      if (!lang) {
        if (!hljs.getLanguage || !hljs.getLanguage('plaintext')) continue;
        blocks[b].classList.add('language-plaintext');
      } else if (hljs.getLanguage && !hljs.getLanguage(lang[1])) {
        continue;
      }
      try {
        hljs.highlightElement(blocks[b]);
      } catch (e) {
        // Highlighting is cosmetic; never let it break the sheet.
      }
    }
  }

  /* ---- A note page: its cheat-sheet mode ---- */
  function noteMode(bar) {
    var html = doc.documentElement;
    var toggle = bar.querySelector('.cheatsheet-toggle');
    var print = bar.querySelector('.print-button');
    var status = bar.querySelector('.cheatsheet-status');
    var hash = '#' + bar.id;

    function set(on, announce) {
      html.classList.toggle('cheatsheet-mode', on);
      toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
      print.hidden = !on;
      if (announce && status) {
        status.textContent = on ? 'Cheat sheet: only the tagged regions are shown.' : 'The whole note is shown.';
      }
    }

    function remember(on) {
      try {
        history.replaceState(history.state, '', on ? hash : location.pathname + location.search);
      } catch (e) {
        // Some browsers refuse history changes on file:// pages; the mode works all the same.
      }
    }

    toggle.addEventListener('click', function () {
      var on = !html.classList.contains('cheatsheet-mode');
      remember(on);
      set(on, true);
    });
    print.addEventListener('click', function () { window.print(); });
    window.addEventListener('hashchange', function () {
      if (location.hash === hash) set(true, true);
      else if (location.hash === '') set(false, true);
    });
    bar.hidden = false;
    set(location.hash === hash, false);
  }

  var sheet = doc.querySelector('.cheatsheet-regions');
  if (sheet) loadSheet(sheet);
  var bar = doc.querySelector('.cheatsheet-bar');
  if (bar) noteMode(bar);
}());
