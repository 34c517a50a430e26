/* studysite: the list of a split page's part (packed), navigation drawer, code highlighting, "you are here"
   in the table of contents, the topic filter.
   Runs from file:// with no network access; every feature is skipped quietly if its markup is absent. */
(function () {
  'use strict';

  var doc = document;
  var root = doc.documentElement;

  /* ---- A list packed into a script: each part of a split tag page, topic index, comparisons or flashcards (PackedPart).
     studysite.ready settles once the list is in the page; tables.js and flashcards.js start then. ---- */
  var studysite = window.studysite = window.studysite || {};

  /** A packed script's 15-bit characters as its count bytes, high bits first (org.studysite.output.PackedScript). */
  studysite.bytesOf = function (count, text) {
    var out = new Uint8Array(count), acc = 0, bits = 0, j = 0;
    for (var i = 0; i < text.length && j < count; i++) {
      acc = (acc << 15) | (text.charCodeAt(i) - 0x3000);
      bits += 15;
      while (bits >= 8 && j < count) { bits -= 8; out[j++] = (acc >>> bits) & 255; }
      acc &= (1 << bits) - 1;
    }
    return out;
  };

  /** Raw inflate to text; DecompressionStream works from file:// as well. */
  studysite.inflateText = function (bytes) {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).text();
  };

  var packedList = doc.querySelector('[data-packed]');
  studysite.ready = !packedList ? Promise.resolve() : new Promise(function (resolve) {
    var src = packedList.getAttribute('data-packed');
    var called = false;
    function failed() {
      var message = doc.createElement('p');
      message.className = 'packed-error';
      message.textContent = 'This list could not be loaded from ' + src + '. Every item is also on its note\'s page.';
      packedList.textContent = '';
      packedList.appendChild(message);
      resolve();
    }
    // Scripts load from file://, where fetch() is refused; the script calls this with the list, deflated.
    window.studysitePart = function (count, text) {
      called = true;
      Promise.resolve().then(function () { return studysite.inflateText(studysite.bytesOf(count, text)); })
        .then(function (html) {
          packedList.innerHTML = html;
          resolve();
          // A link into the list (e.g. a topic's entry from a note's "Also in") can only find its place now.
          var target = null;
          try {
            target = location.hash && doc.getElementById(decodeURIComponent(location.hash.slice(1)));
          } catch (malformed) { /* a #fragment that is not valid percent-encoding names nothing */ }
          if (target) target.scrollIntoView();
        }, failed);
    };
    var script = doc.createElement('script');
    script.src = src;
    script.onload = function () { if (!called) failed(); };
    script.onerror = failed;
    packedList.setAttribute('aria-busy', 'true');
    doc.head.appendChild(script);
  }).then(function () { packedList.removeAttribute('aria-busy'); });

  /* ---- Sidebar drawer on phones (CSS shows it when html has .nav-open) ----
     While open it is modal: focus moves into it, Tab and Shift-Tab cycle inside it, Escape closes it and
     gives focus back to the toggle. */
  var toggle = doc.querySelector('.nav-toggle');
  var nav = doc.getElementById('site-nav');

  function navIsOpen() {
    return root.classList.contains('nav-open');
  }

  /** The drawer's controls a Tab can reach, in order. */
  function navStops() {
    return Array.prototype.filter.call(nav.querySelectorAll('a[href], button, input, select, summary, [tabindex="0"]'),
      function (el) { return el.getClientRects().length > 0; });
  }

  function setNav(open, returnFocus) {
    if (!toggle || !nav) return;
    root.classList.toggle('nav-open', open);
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open) {
      var stops = navStops();
      var here = nav.querySelector('[aria-current="page"]');
      if (stops.length) (here && stops.indexOf(here) >= 0 ? here : stops[0]).focus();
    }
    if (!open && returnFocus) toggle.focus();
  }

  if (toggle && nav) {
    toggle.addEventListener('click', function (event) {
      event.stopPropagation();
      setNav(!navIsOpen(), false);
    });

    doc.addEventListener('keydown', function (event) {
      if (!navIsOpen()) return;
      if (event.key === 'Escape' || event.key === 'Esc') {
        setNav(false, true);
      } else if (event.key === 'Tab') {
        var stops = navStops();
        if (!stops.length) return;
        var at = stops.indexOf(doc.activeElement);
        var next = at < 0 ? 0 : (at + (event.shiftKey ? -1 : 1) + stops.length) % stops.length;
        event.preventDefault();
        stops[next].focus();
      }
    });

    // A tap outside the drawer (on the dimmed page) closes it.
    doc.addEventListener('click', function (event) {
      if (navIsOpen() && !nav.contains(event.target) && !toggle.contains(event.target)) {
        setNav(false, false);
      }
    });

    // Growing past the phone breakpoint shows the sidebar anyway; keep the state honest.
    if (window.matchMedia) {
      var wide = window.matchMedia('(min-width: 801px)');
      var onWide = function (mq) { if (mq.matches) setNav(false, false); };
      if (wide.addEventListener) wide.addEventListener('change', onWide);
      else if (wide.addListener) wide.addListener(onWide);
    }
  }

  /* ---- Keyboard access to what scrolls sideways (WCAG 2.1.1) ----
     A code block or table wider than its box scrolls inside it; with no link or button inside, a keyboard
     user could not scroll it. Such a box becomes a Tab stop (the arrow keys then scroll it) while it overflows,
     and stops being one when it fits again. Run again by whatever adds such boxes later (cheatsheet.js). */
  studysite.keyboardScrolling = function (within) {
    var boxes = (within || doc).querySelectorAll('pre, .table-wrap, .note-body table');
    for (var s = 0; s < boxes.length; s++) {
      var box = boxes[s];
      var scrolls = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
      var ours = box.hasAttribute('data-scroll-stop');
      if (scrolls && !ours && !box.hasAttribute('tabindex')) {
        box.setAttribute('tabindex', '0');
        box.setAttribute('data-scroll-stop', '');
      } else if (!scrolls && ours) {
        box.removeAttribute('tabindex');
        box.removeAttribute('data-scroll-stop');
      }
    }
  };
  var rescan = null;
  window.addEventListener('resize', function () {
    cancelAnimationFrame(rescan);
    rescan = requestAnimationFrame(function () { studysite.keyboardScrolling(); });
  });

  /* ---- Syntax highlighting with the bundled highlight.js ---- */
  var hljs = window.hljs;
  if (hljs && typeof hljs.highlightElement === 'function') {
    var blocks = doc.querySelectorAll('pre code');
    for (var b = 0; b < blocks.length; b++) {
      var code = blocks[b];
      var lang = /\blang(?:uage)?-([\w-]+)/.exec(code.className);
      if (!lang) {
        // No language given: show it plain rather than let auto-detection guess colours.
        if (!hljs.getLanguage || !hljs.getLanguage('plaintext')) continue;
        code.classList.add('language-plaintext');
      } else if (hljs.getLanguage && !hljs.getLanguage(lang[1])) {
        continue; // a language this bundle lacks would make hljs log an error; leave it plain
      }
      try {
        hljs.highlightElement(code);
      } catch (e) {
        // Highlighting is cosmetic; never let it break the page.
      }
    }
  }

  // Once the code is highlighted, and again after tables.js and a packed list have laid their tables out.
  studysite.keyboardScrolling();
  studysite.ready.then(function () { setTimeout(studysite.keyboardScrolling, 0); });

  /* ---- Table of contents ---- */
  var toc = doc.querySelector('nav.toc');

  // Phones: start with the TOC folded so the note itself is on the first screen; one tap opens it.
  if (toc && window.matchMedia && window.matchMedia('(max-width: 800px)').matches) {
    var tocDetails = toc.querySelector('details');
    if (tocDetails) tocDetails.open = false;
  }

  // Mark the entry of the section being read.
  if (toc && 'IntersectionObserver' in window) {
    var entries = [];
    var links = toc.querySelectorAll('a[href^="#"]');
    for (var i = 0; i < links.length; i++) {
      var id = links[i].getAttribute('href').slice(1);
      try { id = decodeURIComponent(id); } catch (e) { /* keep it raw */ }
      var heading = id && doc.getElementById(id);
      if (heading) entries.push({ link: links[i], heading: heading });
    }

    var active = null;
    var readingLine = 0.3; // a section counts as "being read" once its heading passes 30% of the viewport

    var keepVisible = function (link) {
      // Only the sticky desktop TOC scrolls; move it, never the page.
      if (toc.scrollHeight <= toc.clientHeight + 1) return;
      var box = toc.getBoundingClientRect();
      var r = link.getBoundingClientRect();
      var margin = box.height * 0.2; // keep some neighbours in view, not just the entry itself
      if (r.top < box.top + margin || r.bottom > box.bottom - margin) {
        toc.scrollTop += (r.top + r.height / 2) - (box.top + box.height / 2);
      }
    };

    var update = function () {
      var line = window.innerHeight * readingLine;
      var current = null;
      for (var k = 0; k < entries.length; k++) {
        if (entries[k].heading.getBoundingClientRect().top <= line) current = entries[k];
        else break;
      }
      if (current === active) return;
      if (active) {
        active.link.classList.remove('is-active');
        active.link.removeAttribute('aria-current');
      }
      active = current;
      if (active) {
        active.link.classList.add('is-active');
        active.link.setAttribute('aria-current', 'location');
        keepVisible(active.link);
      }
    };

    if (entries.length) {
      var observer = new IntersectionObserver(update, {
        rootMargin: '0px 0px -' + Math.round((1 - readingLine) * 100) + '% 0px'
      });
      for (var j = 0; j < entries.length; j++) observer.observe(entries[j].heading);
      update();
    }
  }

  /* Topic index: the filter box keeps the topics whose name or places contain every typed word. */
  /* (On a part of a split index, the topics arrive with its packed list.) */
  var topicFilter = document.getElementById('topic-filter');
  if (topicFilter) studysite.ready.then(function () {
    var topics = document.querySelectorAll('.topic-list > div');
    var letters = document.querySelectorAll('.topic-letter');
    var count = document.getElementById('topic-count');
    var filterTopics = function () {
      var words = topicFilter.value.toLowerCase().split(/\s+/).filter(function (w) { return w; });
      var shown = 0;
      for (var t = 0; t < topics.length; t++) {
        var text = topics[t].textContent.toLowerCase();
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        topics[t].hidden = !match;
        if (match) shown++;
      }
      for (var l = 0; l < letters.length; l++) letters[l].hidden = !letters[l].querySelector('.topic-list > div:not([hidden])');
      count.textContent = words.length ? shown + ' of ' + topics.length + ' topics' : '';
    };
    topicFilter.addEventListener('input', filterTopics);
  });
})();
