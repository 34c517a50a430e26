/* studysite cheat sheets. No inline handlers, so it all lives here; runs from file:// (scripts, never fetch).
   - A tag's sheet (cheatsheets/*.html) holds (script, region) pairs; each place (its header and content) is built
     from its note's shared region script (cheatsheets/regions/...js, written by the build), loaded here with
     script tags. Print waits until every place is built.
   - A note page with tagged regions has a cheat-sheet mode (#cheatsheet): only the regions, printable. */
(function () {
  'use strict';

  var doc = document;

  /* ---- A tag's sheet: build every place from the region scripts, in order ---- */
  function loadSheet(sheet) {
    var root = sheet.getAttribute('data-root') || '.';
    var scriptList = (sheet.getAttribute('data-scripts') || '').split(' ').filter(Boolean);
    var pairs = (sheet.getAttribute('data-places') || '').split(' ').filter(Boolean);
    var button = doc.querySelector('.print-button');
    var status = doc.querySelector('.cheatsheet-status');
    var incomplete = doc.querySelector('.cheatsheet-incomplete');
    var noJs = doc.querySelector('.cheatsheet-nojs');
    var byScript = {};
    var total = pairs.length / 2;
    var waiting = total;
    var failed = 0;

    scriptList.forEach(function (src) { byScript[src] = []; });
    for (var i = 0; i + 1 < pairs.length; i += 2) {
      var place = section(sheet);
      byScript[scriptList[+pairs[i]]].push({ section: place, key: pairs[i + 1], prefix: 'r' + (i / 2 + 1) + '-', done: false });
    }

    function report() {
      if (button) button.disabled = waiting > 0;
      if (!status) return;
      if (waiting > 0) status.textContent = 'Loading ' + total + ' regions…';
      else if (failed > 0) status.textContent = (total - failed) + ' of ' + total + ' regions loaded; the tag\'s page links to the others.';
      else status.textContent = 'All ' + total + ' regions loaded: ready to print.';
      if (waiting === 0 && incomplete) incomplete.hidden = true;
      // The links for readers without JavaScript stay while any place could not be built.
      if (noJs) noJs.hidden = waiting === 0 && failed === 0;
    }

    function finish(place, ok) {
      if (place.done) return;
      place.done = true;
      waiting--;
      if (!ok) {
        failed++;
        place.section.parentNode.removeChild(place.section);
      }
      report();
    }

    // Called by each region script with its compressed data: its places are found by the script's own address.
    window.studysiteRegions = function (count, text) {
      var script = doc.currentScript;
      var src = script && script.getAttribute('src');
      var places = byScript[src];
      if (!places) return;
      places.called = true;
      Promise.resolve().then(function () { return inflate(bytesOf(count, text)); }).then(function (json) {
        var data = JSON.parse(json);
        for (var p = 0; p < places.length; p++) {
          var where = data.places && data.places[places[p].key];
          var html = where && data.regions[where[0]];
          if (typeof html === 'string') {
            head(places[p], data, where, sheet, root);
            fill(places[p], html, where[0] === places[p].key ? '' : places[p].key, root);
            finish(places[p], true);
          }
        }
      }).catch(function () {
        // Not inflated (an old browser): those places go, the tag's page still lists them.
      }).then(function () { settle(src); });
    };

    // A place its script did not fill is dropped; the tag's page still lists it.
    function settle(src) {
      byScript[src].forEach(function (place) { finish(place, false); });
    }

    scriptList.forEach(function (src) {
      var script = doc.createElement('script');
      script.src = src;
      script.async = false;   // run in order, so the sheet fills from the top
      // After the script ran: a no-op when it called studysiteRegions (which settles once inflated).
      script.onload = function () { if (!byScript[src].called) settle(src); };
      script.onerror = function () { settle(src); };
      doc.body.appendChild(script);
    });

    if (button) {
      button.hidden = false;
      button.addEventListener('click', function () { window.print(); });
    }
    // Printed (Ctrl+P) before everything is in: say so on paper rather than print a silently short sheet.
    window.addEventListener('beforeprint', function () {
      if (waiting === 0 || !incomplete) return;
      incomplete.textContent = waiting + ' of ' + total + ' regions had not loaded when this was printed; '
          + 'wait for "ready to print" and print again.';
      incomplete.hidden = false;
    });
    report();
  }

  /* Packed scripts are read by site.js's shared decoder (loaded before this script on every page). */
  function bytesOf(count, text) {
    return window.studysite.bytesOf(count, text);
  }

  function inflate(bytes) {
    return window.studysite.inflateText(bytes);
  }

  /** An empty place, in sheet order: a section with a header and a body, filled in when its script runs. */
  function section(sheet) {
    var place = doc.createElement('section');
    place.className = 'cheatsheet-region';
    var header = doc.createElement('header');
    header.className = 'cheatsheet-region-head';
    var body = doc.createElement('div');
    body.className = 'cheatsheet-body note-body';
    place.appendChild(header);
    place.appendChild(body);
    sheet.appendChild(place);
    return place;
  }

  /** A place's header: note › heading path › label (linked to the place in its note), and the sheet's tag. */
  function head(place, data, where, sheet, root) {
    var header = place.section.firstChild;
    var line = doc.createElement('p');
    line.className = 'cheatsheet-place';
    var page = root + '/' + data.page;
    line.appendChild(link('cheatsheet-note', page, data.title));
    line.appendChild(doc.createTextNode(' › '));
    if (where[1]) {
      var path = doc.createElement('span');
      path.className = 'heading-path';
      path.textContent = where[1];
      line.appendChild(path);
      line.appendChild(doc.createTextNode(' › '));
    }
    line.appendChild(link('cheatsheet-back', page + '#' + place.key, where[2]));
    header.appendChild(line);
    var tags = doc.createElement('ul');
    tags.className = 'tag-list';
    var item = doc.createElement('li');
    item.appendChild(link('tag', sheet.getAttribute('data-tag-href'), '#' + sheet.getAttribute('data-tag')));
    tags.appendChild(item);
    header.appendChild(tags);
    var body = place.section.lastChild;
    body.setAttribute('data-top', where[0]);
    if (where[0] !== place.key) body.setAttribute('data-cut', place.key);
  }

  function link(className, href, text) {
    var a = doc.createElement('a');
    a.className = className;
    a.setAttribute('href', href);
    a.textContent = text;
    return a;
  }

  /** A region into its place: cut to the nested region if asked, ids made unique, links made relative to this page. */
  function fill(place, html, cut, root) {
    var template = doc.createElement('template');   // inert: nothing loads before links are fixed
    template.innerHTML = html;
    var content = template.content;
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
    place.section.lastChild.appendChild(content);
    window.studysite.keyboardScrolling(place.section);   // a wide code block or table must still scroll by keyboard
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
      window.studysite.keyboardScrolling();   // the mode lays the note out anew
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
