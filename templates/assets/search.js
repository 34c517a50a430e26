/* studysite search: queries the Lucene export in search/ from the browser, offline and from file://.
   It mirrors org.studysite.search.QueryBuilder exactly (same parsing, same word variants, same sum of
   precomputed BM25 scores), so results equal `studysite search`. Index files are scripts loaded on
   demand (fetch() of file:// URLs is blocked); a query loads only the shards its words need.
   Note text is only ever inserted with textContent: nothing from a note can run. */
(function () {
  'use strict';

  var script = document.currentScript;
  var root = (script && script.getAttribute('data-root')) || '.';
  var SPLIT = /[^\p{L}\p{Nd}_]+/u;
  var PART = /"([^"]*)"?|#([A-Za-z][A-Za-z0-9_\/-]*)|([^\s"#]+|#)/g;

  /* ---- Loading index files as scripts ---- */
  var loaded = {};
  var waiting = {};
  window.STUDYSITE_SEARCH_LOADED = function (key, data) {
    loaded[key] = data;
    (waiting[key] || []).forEach(function (w) { w.resolve(data); });
    delete waiting[key];
  };

  function load(key) {
    if (Object.prototype.hasOwnProperty.call(loaded, key)) return Promise.resolve(loaded[key]);
    return new Promise(function (resolve, reject) {
      var first = !waiting[key];
      (waiting[key] = waiting[key] || []).push({ resolve: resolve, reject: reject });
      if (!first) return;
      var el = document.createElement('script');
      el.src = root + '/search/' + key + '.js';
      el.async = true;
      el.onerror = function () {
        (waiting[key] || []).forEach(function (w) { w.reject(new Error('cannot load search index ' + key)); });
        delete waiting[key];
      };
      document.head.appendChild(el);
    });
  }

  /* ---- Query parsing (SearchQuery.parse) ---- */
  function split(text) {
    return text.toLowerCase().split(SPLIT).filter(function (w) { return w.length > 0; });
  }

  function parse(input, asYouType) {
    var words = [], phrases = [], tags = [], lastPlain = false, m;
    PART.lastIndex = 0;
    while ((m = PART.exec(input)) !== null) {
      if (m[0].length === 0) { PART.lastIndex++; continue; }
      lastPlain = false;
      if (m[1] !== undefined) {
        var phrase = split(m[1]);
        words = words.concat(phrase);
        if (phrase.length > 1) phrases.push(phrase);
      } else if (m[2] !== undefined) {
        var tag = m[2].toLowerCase();
        if (tags.indexOf(tag) < 0) tags.push(tag);
      } else {
        var parts = split(m[3]);
        words = words.concat(parts);
        lastPlain = parts.length > 0 && PART.lastIndex === input.length;
      }
    }
    return { words: words, phrases: phrases, tags: tags, lastIsPrefix: !!asYouType && lastPlain };
  }

  /* ---- Vocabulary (Vocabulary.java), in prefix-keyed shards (BrowserIndexExporter.exportVocabulary) ---- */
  function fileName(key) {
    var out = '';
    for (var i = 0; i < key.length; i++) {
      var c = key.charAt(i);
      out += /[a-z0-9_]/.test(c) ? c : '~' + c.charCodeAt(0).toString(16) + '~';
    }
    return out;
  }

  function loadDict(key) { return load('dict/' + fileName(key)); }

  /** The entries of the shard a word lives in: the longest shard key the word starts with. */
  function dictFor(meta, word) {
    var best = null;
    meta.dict.forEach(function (k) { if (word.indexOf(k) === 0 && (best === null || k.length > best.length)) best = k; });
    return best === null ? Promise.resolve([]) : loadDict(best);
  }

  /** Shard keys holding words that start with prefix (or whose words prefix may start), in word order. */
  function keysAround(meta, prefix) {
    return meta.dict.filter(function (k) { return k.indexOf(prefix) === 0 || prefix.indexOf(k) === 0; });
  }

  /** Index of the first entry whose surface is greater than (or, if orEqual, equal to) word. */
  function lowerBound(entries, word, orEqual) {
    var lo = 0, hi = entries.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      var s = entries[mid][0];
      if (s < word || (!orEqual && s === word)) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  function oneEditApart(a, b) {
    if (Math.abs(a.length - b.length) > 1 || a === b) return false;
    var i = 0;
    while (i < a.length && i < b.length && a.charAt(i) === b.charAt(i)) i++;
    if (a.length === b.length) return a.substring(i + 1) === b.substring(i + 1);
    return a.length > b.length ? a.substring(i + 1) === b.substring(i) : a.substring(i) === b.substring(i + 1);
  }

  function variants(meta, word, prefix) {
    if (meta.stopSet[word]) return Promise.resolve(null);
    return dictFor(meta, word).then(function (own) {
      var at = lowerBound(own, word, true);
      var exact = at < own.length && own[at][0] === word ? own[at][1] : null;
      var more = [];
      var add = function (entry) {
        if (entry[2]) return;
        if (entry[1] !== exact && more.indexOf(entry[1]) < 0) more.push(entry[1]);
      };
      var scan = function (keys, visit) {
        // Shards in word order, loaded one by one, until enough variants are found.
        if (keys.length === 0 || more.length >= meta.expansions) return Promise.resolve();
        return loadDict(keys[0]).then(function (entries) { visit(entries); return scan(keys.slice(1), visit); });
      };
      var step = Promise.resolve();
      if (prefix && word.length >= 2) {
        step = scan(keysAround(meta, word), function (entries) {
          for (var i = lowerBound(entries, word, false); i < entries.length && more.length < meta.expansions; i++) {
            if (entries[i][0].indexOf(word) !== 0) break;
            add(entries[i]);
          }
        });
      }
      return step.then(function () {
        if (exact !== null || more.length > 0 || word.length < meta.fuzzyMinLength) return;
        var start = word.substring(0, 2);
        return scan(keysAround(meta, start), function (entries) {
          for (var j = 0; j < entries.length && more.length < meta.expansions; j++) {
            if (entries[j][0].indexOf(start) === 0 && oneEditApart(entries[j][0], word)) add(entries[j]);
          }
        });
      }).then(function () {
        return exact === null && more.length === 0 ? null : { exact: exact, others: more };
      });
    });
  }

  /* ---- Postings: hashed shards (ShardHash), impact-ordered heads with tails loaded on demand ---- */
  function fnv(key) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) { h ^= key.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    return h >>> 0;
  }

  function undeltas(deltas) {
    var docs = new Array(deltas.length), d = 0;
    for (var i = 0; i < deltas.length; i++) { d += deltas[i]; docs[i] = d; }
    return docs;
  }

  function toMap(entry, weight, map) {
    var docs = undeltas(entry[0]);
    for (var i = 0; i < docs.length; i++) {
      var s = Math.fround(entry[1][i]);
      map.set(docs[i], weight === 1 ? s : Math.fround(s * weight));
    }
    return map;
  }

  /** One variant term of a word: its known doc -> score and a bound on the scores not loaded yet. */
  function variantPostings(meta, term, weight) {
    return load('post/' + (fnv(term) % meta.postShards)).then(function (shard) {
      var entry = shard[term];
      var v = { term: term, weight: weight, map: new Map(), bound: 0, part: 0 };
      if (!entry) return v;
      toMap(entry, weight, v.map);
      if (entry.length > 2) v.bound = Math.fround(Math.fround(entry[2]) * weight);
      return v;
    });
  }

  /** The next part of a term's postings, in falling score order (BrowserIndexExporter.exportPostings). */
  function loadTail(v) {
    if (v.bound === 0) return Promise.resolve();
    v.part++;
    return load('tail/' + fnv(v.term).toString(16) + '-' + v.part).then(function (tail) {
      var entry = tail[v.term];
      toMap(entry, v.weight, v.map);
      v.bound = entry.length > 2 ? Math.fround(Math.fround(entry[2]) * v.weight) : 0;
    });
  }

  function wordPostings(meta, w) {
    var parts = [];
    if (w.exact !== null) parts.push(variantPostings(meta, w.exact, 1));
    w.others.forEach(function (t) { parts.push(variantPostings(meta, t, meta.variantWeight)); });
    return Promise.all(parts);
  }

  function docSet(folder, shards, key) {
    if (!shards) return Promise.resolve([]);
    return load(folder + '/' + (fnv(key) % shards)).then(function (data) { return undeltas(data[key] || []); });
  }

  function phraseFilter(meta, phrase) {
    return Promise.all(phrase.map(function (w) { return dictFor(meta, w); })).then(function (dicts) {
      var stems = phrase.map(function (w, i) {
        var at = lowerBound(dicts[i], w, true);
        return at < dicts[i].length && dicts[i][at][0] === w ? dicts[i][at][1] : null;
      });
      if (stems.indexOf(null) >= 0) return new Set();
      var pairs = [];
      for (var i = 0; i + 1 < stems.length; i++) pairs.push(docSet('phrase', meta.phraseShards, stems[i] + ' ' + stems[i + 1]));
      return Promise.all(pairs).then(intersectAll);
    });
  }

  function tagFilter(meta, tag) {
    if (!Object.prototype.hasOwnProperty.call(meta.tags, tag)) return Promise.resolve(new Set());
    return load('tags/' + tag).then(function (deltas) { return new Set(undeltas(deltas)); });
  }

  function intersectAll(lists) {
    var sets = lists.map(function (l) { return l instanceof Set ? l : new Set(l); });
    if (sets.length === 0) return null;
    var result = sets[0];
    for (var i = 1; i < sets.length; i++) {
      var next = new Set();
      result.forEach(function (d) { if (sets[i].has(d)) next.add(d); });
      result = next;
    }
    return result;
  }

  function getMeta() {
    return load('meta').then(function (meta) {
      if (!meta.stopSet) {
        meta.stopSet = {};
        meta.stop.forEach(function (w) { meta.stopSet[w] = true; });
      }
      return meta;
    });
  }

  /**
   * Scores from loaded postings. A word scores the best of its variants (DisjunctionMaxQuery);
   * with heads only, a variant's unloaded score is at most its bound. Returns, per doc, the known
   * sum, whether every word matched, whether that sum is final, and an upper bound.
   */
  function tally(words) {
    var docs = new Map();
    words.forEach(function (vs, wi) {
      vs.forEach(function (v) {
        v.map.forEach(function (s, doc) {
          var d = docs.get(doc);
          if (!d) { d = { best: new Array(words.length) }; docs.set(doc, d); }
          if (d.best[wi] === undefined || s > d.best[wi]) d.best[wi] = s;
        });
      });
    });
    var result = [];
    docs.forEach(function (d, doc) {
      var sum = 0, upper = 0, all = true, final = true;
      words.forEach(function (vs, wi) {
        var known = d.best[wi], bound = 0;
        vs.forEach(function (v) { if (!v.map.has(doc) && v.bound > bound) bound = v.bound; });
        if (known === undefined) all = false; else sum += known;
        if (bound > (known || 0)) final = false;
        upper += Math.max(known || 0, bound);
      });
      result.push({ ord: doc, sum: sum, all: all, final: final && all, upper: upper });
    });
    return result;
  }

  /** The bound on a section no loaded head contains (it must match every word through a tail). */
  function unseenBound(words) {
    var total = 0;
    for (var wi = 0; wi < words.length; wi++) {
      var b = 0;
      words[wi].forEach(function (v) { if (v.bound > b) b = v.bound; });
      if (b === 0) return -1;
      total += b;
    }
    return total;
  }

  function sortHits(hits) {
    hits.sort(function (a, b) { return b.score - a.score || a.ord - b.ord; });
    return hits;
  }

  /**
   * Exact ranking once every needed posting is loaded: sections with every word if there are any,
   * else those with any word (LuceneSearcher's fallback), each scored by the sum of its words.
   */
  function exactHits(words, allowed) {
    var rows = tally(words).filter(function (r) { return allowed === null || allowed.has(r.ord); });
    var every = rows.some(function (r) { return r.all; });
    return sortHits(rows.filter(function (r) { return !every || r.all; })
      .map(function (r) { return { ord: r.ord, score: Math.fround(r.sum) }; }));
  }

  /**
   * Top k from heads alone, if provably exact (the WAND idea): k sections with every word and final
   * scores whose k-th score beats the upper bound of every section that might still match every word.
   */
  function headHits(words, k) {
    var rows = tally(words);
    var sure = sortHits(rows.filter(function (r) { return r.final; })
      .map(function (r) { return { ord: r.ord, score: Math.fround(r.sum) }; }));
    if (sure.length < k) return null;
    var kth = sure[k - 1].score, threat = unseenBound(words);
    rows.forEach(function (r) {
      if (r.final) return;
      var couldMatchAll = words.every(function (vs, wi) {
        return vs.some(function (v) { return v.map.has(r.ord) || v.bound > 0; });
      });
      if (couldMatchAll && r.upper > threat) threat = r.upper;
    });
    return kth > Math.fround(threat) ? sure : null;
  }

  /** Ranked sections for a query: [{ord, score}], score descending, then index order (as Lucene). */
  function rank(input, options) {
    var q = parse(input, options && options.asYouType);
    var k = (options && options.limit) || 10;
    (options && options.tags || []).forEach(function (t) { if (q.tags.indexOf(t) < 0) q.tags.push(t); });
    return getMeta().then(function (meta) {
      var found = q.words.map(function (w, i) { return variants(meta, w, q.lastIsPrefix && i === q.words.length - 1); });
      return Promise.all(found).then(function (vs) {
        vs = vs.filter(function (v) { return v !== null; });
        var filters = q.phrases.map(function (p) { return phraseFilter(meta, p); })
          .concat(q.tags.map(function (t) { return tagFilter(meta, t); }));
        if (vs.length === 0 && filters.length === 0) return { query: q, variants: [], hits: [], complete: true };
        return Promise.all([Promise.all(vs.map(function (v) { return wordPostings(meta, v); })), Promise.all(filters)])
          .then(function (both) {
            var words = both[0], allowed = intersectAll(both[1]);
            if (vs.length === 0) {
              var all = [];
              allowed.forEach(function (d) { all.push({ ord: d, score: 0 }); });
              return { query: q, variants: vs, hits: sortHits(all), complete: true };
            }
            // Load more of the open postings, part by part, until the top k is provably exact or all is loaded.
            var step = function () {
              var open = [];
              words.forEach(function (w) { w.forEach(function (v) { if (v.bound > 0) open.push(v); }); });
              if (open.length === 0) return { query: q, variants: vs, hits: exactHits(words, allowed), complete: true };
              var early = allowed === null ? headHits(words, k) : null;
              if (early) return { query: q, variants: vs, hits: early, complete: false };
              return Promise.all(open.map(loadTail)).then(step);
            };
            return step();
          });
      });
    });
  }

  /** Ranked results with what a page shows: top `limit` hits joined with their section metadata. */
  function search(input, options) {
    var limit = (options && options.limit) || 10;
    return Promise.all([rank(input, options), getMeta()]).then(function (r) {
      var ranked = r[0], meta = r[1];
      var top = ranked.hits.slice(0, limit);
      var shards = {};
      top.forEach(function (h) { shards[Math.floor(h.ord / meta.docsPerShard)] = true; });
      return Promise.all(Object.keys(shards).map(function (s) { return load('docs/' + s); })).then(function () {
        var marks = markWords(ranked);
        return {
          total: ranked.hits.length,
          complete: ranked.complete,
          query: ranked.query,
          results: top.map(function (h) {
            var d = loaded['docs/' + Math.floor(h.ord / meta.docsPerShard)][h.ord % meta.docsPerShard];
            return { ord: h.ord, score: h.score, url: d[0], title: d[1], heading: d[2], path: d[3], tags: d[4],
                     snippet: d[5], marks: marks };
          })
        };
      });
    });
  }

  /** Words to highlight: the query words and the stems they matched (a stem starts its words). */
  function markWords(ranked) {
    var marks = ranked.query.words.slice();
    ranked.variants.forEach(function (v) {
      if (v.exact) marks.push(v.exact);
      v.others.forEach(function (t) { marks.push(t); });
    });
    return marks.filter(function (m) { return m.length > 1; });
  }

  /* ---- Rendering results (textContent only) ---- */
  function isMarked(word, marks) {
    var w = word.toLowerCase();
    for (var i = 0; i < marks.length; i++) if (w === marks[i] || w.indexOf(marks[i]) === 0) return true;
    return false;
  }

  /** Appends text to el with matched words wrapped in <mark>. */
  function appendMarked(el, text, marks) {
    var re = /[\p{L}\p{Nd}_]+/gu, at = 0, m;
    while ((m = re.exec(text)) !== null) {
      if (!isMarked(m[0], marks)) continue;
      if (m.index > at) el.appendChild(document.createTextNode(text.substring(at, m.index)));
      var mark = document.createElement('mark');
      mark.textContent = m[0];
      el.appendChild(mark);
      at = m.index + m[0].length;
    }
    if (at < text.length) el.appendChild(document.createTextNode(text.substring(at)));
  }

  /** About 160 characters of the snippet, around its first matched word. */
  function window160(text, marks) {
    var re = /[\p{L}\p{Nd}_]+/gu, m, first = -1;
    while ((m = re.exec(text)) !== null) { if (isMarked(m[0], marks)) { first = m.index; break; } }
    var start = first < 60 ? 0 : text.lastIndexOf(' ', first - 40) + 1;
    var piece = text.substring(start, start + 160);
    return (start > 0 ? '… ' : '') + piece + (start + 160 < text.length ? ' …' : '');
  }

  function resultElement(r, tagName) {
    var item = document.createElement(tagName || 'li');
    item.className = 'search-result';
    var a = document.createElement('a');
    a.className = 'search-result-link';
    a.href = root + '/' + r.url;
    var title = document.createElement('span');
    title.className = 'search-result-title';
    appendMarked(title, r.heading && r.heading !== r.title ? r.heading : r.title, r.marks);
    a.appendChild(title);
    var where = document.createElement('span');
    where.className = 'search-result-path';
    where.textContent = r.title + (r.path && r.path !== r.heading && r.path !== r.title ? ' › ' + r.path : '');
    a.appendChild(where);
    if (r.tags.length) {
      var tags = document.createElement('span');
      tags.className = 'search-result-tags';
      r.tags.forEach(function (t) {
        var chip = document.createElement('span');
        chip.className = 'tag';
        chip.textContent = '#' + t;
        tags.appendChild(chip);
      });
      a.appendChild(tags);
    }
    if (r.snippet) {
      var snippet = document.createElement('span');
      snippet.className = 'search-result-snippet';
      appendMarked(snippet, window160(r.snippet, r.marks), r.marks);
      a.appendChild(snippet);
    }
    item.appendChild(a);
    return item;
  }

  /* ---- The header box: results as you type, arrows and Enter ---- */
  function setUpBox(input, popup) {
    var active = -1, serial = 0, timer = null;
    function items() { return popup.querySelectorAll('.search-result-link'); }
    function highlight(i) {
      var links = items();
      active = links.length ? (i + links.length) % links.length : -1;
      for (var k = 0; k < links.length; k++) links[k].classList.toggle('active', k === active);
      if (active >= 0) {
        links[active].scrollIntoView({ block: 'nearest' });
        input.setAttribute('aria-activedescendant', links[active].id);
      }
    }
    function close() { popup.hidden = true; active = -1; input.setAttribute('aria-expanded', 'false'); }
    function run() {
      var text = input.value;
      var mine = ++serial;
      if (text.trim().length < 2) { close(); return; }
      search(text, { asYouType: true, limit: 8 }).then(function (res) {
        if (mine !== serial) return;
        popup.textContent = '';
        var list = document.createElement('ul');
        list.className = 'search-results';
        list.setAttribute('role', 'listbox');
        res.results.forEach(function (r, i) {
          var el = resultElement(r);
          el.firstChild.id = 'search-option-' + i;
          el.setAttribute('role', 'option');
          list.appendChild(el);
        });
        popup.appendChild(list);
        var footer = document.createElement('a');
        footer.className = 'search-all';
        footer.href = root + '/search.html?q=' + encodeURIComponent(text);
        footer.textContent = res.total === 0 ? 'No sections match. Search page →'
          : 'All ' + res.total + (res.complete ? '' : '+') + ' results →';
        popup.appendChild(footer);
        popup.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        active = -1;
      }).catch(function (e) { if (window.console) console.warn(e.message); });
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 60); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { e.preventDefault(); highlight(active + 1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(active - 1); }
      else if (e.key === 'Escape') { close(); }
      else if (e.key === 'Enter' && active >= 0 && !popup.hidden) {
        e.preventDefault();
        window.location.href = items()[active].href;
      }
    });
    document.addEventListener('click', function (e) {
      if (!popup.contains(e.target) && e.target !== input) close();
    });
  }

  /* ---- search.html: the full results page ---- */
  function setUpPage(pageEl) {
    var input = document.getElementById('search-page-input');
    var list = document.getElementById('search-page-results');
    var status = document.getElementById('search-page-status');
    var chips = document.getElementById('search-page-tags');
    var params = new URLSearchParams(window.location.search);
    var selected = params.getAll('tag');
    input.value = params.get('q') || '';
    function run() {
      var text = input.value;
      search(text, { limit: 50, tags: selected }).then(function (res) {
        list.textContent = '';
        res.results.forEach(function (r) { list.appendChild(resultElement(r)); });
        status.textContent = (text.trim() || selected.length) ? res.total + (res.complete ? '' : '+') + (res.total === 1 ? ' section' : ' sections')
          + ' match' + (res.total === 1 ? 'es' : '') + (res.total > res.results.length ? ' (showing ' + res.results.length + ')' : '') : '';
      });
    }
    getMeta().then(function (meta) {
      Object.keys(meta.tags).forEach(function (t) {
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'tag tag-filter';
        b.textContent = '#' + t;
        b.setAttribute('aria-pressed', selected.indexOf(t) >= 0 ? 'true' : 'false');
        b.addEventListener('click', function () {
          var i = selected.indexOf(t);
          if (i >= 0) selected.splice(i, 1); else selected.push(t);
          b.setAttribute('aria-pressed', i >= 0 ? 'false' : 'true');
          run();
        });
        chips.appendChild(b);
      });
    });
    var timer = null;
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 60); });
    pageEl.querySelector('form').addEventListener('submit', function (e) { e.preventDefault(); run(); });
    run();
  }

  window.studysiteSearch = { search: search, rank: rank, parse: parse, load: load };

  var box = document.getElementById('search-input');
  var popup = document.getElementById('search-popup');
  if (box && popup) setUpBox(box, popup);
  var pageEl = document.getElementById('search-page');
  if (pageEl) setUpPage(pageEl);
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    var typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable);
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      var target = document.getElementById('search-page-input') || box;
      if (target) { e.preventDefault(); target.focus(); target.select(); }
    }
  });
})();
