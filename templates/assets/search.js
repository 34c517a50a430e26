/* studysite search: queries the Lucene export in search/ from the browser, offline and from file://.
   It mirrors org.studysite.search.QueryBuilder exactly (same parsing, same word variants, same sum of
   precomputed BM25 scores), so results equal `studysite search`. Index files are scripts loaded on
   demand (fetch() of file:// URLs is blocked) holding deflated JSON (ScriptFile.java); a query loads
   only the shards its words need. Note text is only ever inserted with textContent: nothing from a
   note can run. */
(function () {
  'use strict';

  var script = document.currentScript;
  var root = (script && script.getAttribute('data-root')) || '.';
  var SPLIT = /[^\p{L}\p{Nd}_]+/u;
  var PART = /"([^"]*)"?|#([A-Za-z][A-Za-z0-9_\/-]*)|([^\s"#]+|#)/g;

  /* ---- Loading index files: scripts calling _ss(byteCount, "15 bits a character") (ScriptFile.java) ---- */
  /** Folders whose files are compressed against a preset dictionary, and the file holding it. */
  var PRESETS = { docs: 'docs/preset' };
  var pending = {}, cache = {}, utf8 = new TextDecoder();

  window._ss = function (byteCount, text) {
    var el = document.currentScript, key = el && el.getAttribute('data-key'), p = key && pending[key];
    if (!p) return;
    delete pending[key];
    p.resolve(bytesOf(byteCount, text));
  };

  /* The characters' 15-bit groups as bytes: site.js's decoder (loaded before this script), shared by every packed file. */
  var bytesOf = window.studysite.bytesOf;

  /** The deflated bytes of one index file, loaded as a script. */
  function fetchFile(key) {
    return new Promise(function (resolve, reject) {
      pending[key] = { resolve: resolve, reject: reject };
      var el = document.createElement('script');
      var fail = function () {
        el.remove();
        if (pending[key]) { pending[key].reject(new Error('cannot load search index ' + key)); delete pending[key]; }
      };
      el.src = root + '/search/' + key + '.js';
      el.setAttribute('data-key', key);
      el.async = true;
      el.onload = fail;  // after the script ran: a no-op unless it did not call _ss
      el.onerror = fail;
      document.head.appendChild(el);
    });
  }

  /**
   * Raw inflate. Against a preset dictionary, the input is the dictionary as a stored block followed by
   * the file's blocks (which refer back into it), and the dictionary is dropped from the output.
   */
  function inflate(bytes, preset) {
    var parts = [bytes];
    if (preset) {
      var n = preset.length;
      parts = [new Uint8Array([0, n & 255, n >> 8, ~n & 255, (~n >> 8) & 255]), preset, bytes];
    }
    var stream = new Blob(parts).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).arrayBuffer().then(function (buffer) {
      return new Uint8Array(buffer, preset ? preset.length : 0);
    });
  }

  function cached(key, make) {
    if (!cache[key]) cache[key] = make().catch(function (e) { delete cache[key]; throw e; });
    return cache[key];
  }

  /** A file's content as bytes, inflated (against its folder's preset, if any). */
  function loadBytes(key) {
    return cached('bytes ' + key, function () {
      var preset = PRESETS[key.substring(0, key.indexOf('/'))];
      return Promise.all([fetchFile(key), preset && preset !== key ? loadBytes(preset) : null])
        .then(function (r) { return inflate(r[0], r[1]); });
    });
  }

  /** A file's JSON. */
  function load(key) {
    return cached(key, function () {
      return loadBytes(key).then(function (bytes) { return JSON.parse(utf8.decode(bytes)); });
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

  /* ---- Vocabulary (Vocabulary.java), in sorted chunks (BrowserIndexExporter.exportVocabulary) ---- */
  /** The chunk a word falls in: the last one whose first word is not after it (-1: before all). */
  function chunkOf(meta, word) {
    var lo = 0, hi = meta.dict.length;
    while (lo < hi) { var mid = (lo + hi) >>> 1; if (meta.dict[mid] <= word) lo = mid + 1; else hi = mid; }
    return lo - 1;
  }

  /**
   * Chunk entries as [surface, stem, stop word?, stem id], from [first index, "entry entry …"], an entry
   * being surface[|drop|suffix[|back[|1]]] (BrowserIndexExporter.exportVocabulary).
   */
  function loadDict(chunk) {
    return cached('entries ' + chunk, function () {
      return load('dict/' + chunk).then(function (data) {
        return data[1].split(' ').map(function (e, i) {
          var p = e.split('|'), w = p[0];
          return [w, p.length > 1 ? w.substring(0, w.length - Number(p[1])) + p[2] : w, p[4] === '1', data[0] + i - (Number(p[3]) || 0)];
        });
      });
    });
  }

  /** The entries of the chunk a word lives in. */
  function dictFor(meta, word) {
    var c = chunkOf(meta, word);
    return c < 0 ? Promise.resolve([]) : loadDict(c);
  }

  /** The chunks holding words that start with prefix, in word order. */
  function keysAround(meta, prefix) {
    var first = Math.max(0, chunkOf(meta, prefix)), keys = [first];
    for (var i = first + 1; i < meta.dict.length && meta.dict[i].indexOf(prefix) === 0; i++) keys.push(i);
    return keys;
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
      var more = [], ids = {};
      if (exact !== null) ids[exact] = own[at][3];
      var add = function (entry) {
        if (entry[2]) return;
        if (entry[1] !== exact && more.indexOf(entry[1]) < 0) { more.push(entry[1]); ids[entry[1]] = entry[3]; }
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
        return exact === null && more.length === 0 ? null : { exact: exact, others: more, ids: ids };
      });
    });
  }

  /* ---- Postings: heads in shards by term id; lower tiers in doc-id blocks (PostingTiers, PostingsCodec) ---- */
  function undeltas(deltas) {
    var docs = new Array(deltas.length), d = 0;
    for (var i = 0; i < deltas.length; i++) { d += deltas[i]; docs[i] = d; }
    return docs;
  }

  /* PostingsCodec: varints of 5-bit groups, low group first; a digit from the upper half means more follow. */
  var DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var DIGIT = {};
  for (var di = 0; di < DIGITS.length; di++) DIGIT[DIGITS.charAt(di)] = di;

  function varints(text) {
    var out = [], value = 0, scale = 1;
    for (var i = 0; i < text.length; i++) {
      var c = DIGIT[text.charAt(i)];
      if (c >= 32) { value += (c - 32) * scale; scale *= 32; }
      else { out.push(value + c * scale); value = 0; scale = 1; }
    }
    return out;
  }

  /**
   * A term's score model (PostingsCodec.Model): per field, its distinct BM25 parts (float bits, the
   * first whole, then each one's drop from the one before), and the field sets its postings use.
   */
  var BITS = new DataView(new ArrayBuffer(4));
  function readModel(text, fields) {
    var v = varints(text), at = 0, union = v[at++], parts = [];
    for (var f = 0; f < fields; f++) {
      var values = [];
      if (union & (1 << f)) {
        for (var i = 0, n = v[at++], bits = 0; i < n; i++) {
          bits = i === 0 ? v[at++] : bits - v[at++];
          BITS.setUint32(0, bits);
          values.push(BITS.getFloat32(0));
        }
      }
      parts.push(values);
    }
    var sets = v[at++];
    return { parts: parts, masks: sets > 1 ? v.slice(at, at + sets) : [union] };
  }

  function weigh(score, weight) {
    var s = Math.fround(score);
    return weight === 1 ? s : Math.fround(s * weight);
  }

  /**
   * Adds postings to map as doc -> weighted score: each posting's code names its field set and, per
   * field, its part; the score is their sum as TermScores adds them (double, field order, then float).
   */
  function decode(docText, codeText, model, weight, map) {
    var deltas = varints(docText), codes = varints(codeText), c = 0, doc = 0, parts = model.parts, masks = model.masks;
    for (var i = 0; i < deltas.length; i++) {
      doc += deltas[i];
      var mask = masks.length > 1 ? masks[codes[c++]] : masks[0], sum = 0;
      for (var f = 0; f < parts.length; f++) {
        if (mask & (1 << f)) sum += parts[f].length > 1 ? parts[f][codes[c++]] : parts[f][0];
      }
      map.set(doc, weigh(sum, weight));
    }
    return map;
  }

  /**
   * One variant term of a word: its loaded doc -> score, and its tiers of blocks not loaded yet. Kept
   * across queries, so a later query starts from every block an earlier one loaded and decoded.
   */
  var variantCache = {};
  function variantPostings(meta, term, id, weight) {
    var key = id + ' ' + weight;
    if (!variantCache[key]) variantCache[key] = readVariant(meta, term, id, weight);
    return variantCache[key];
  }

  function readVariant(meta, term, id, weight) {
    return load('post/' + (id % meta.postShards)).then(function (shard) {
      var entry = shard[id];
      var v = { term: term, weight: weight, map: new Map(), tiers: [], file: 'tail/' + id + '-', model: null };
      if (!entry) return v;
      v.model = readModel(entry[1], meta.fields);
      decode(entry[0], entry[2], v.model, weight, v.map);
      (entry[3] || []).forEach(function (t, i) {
        v.tiers.push({ n: i + 1, max: weigh(t[0], weight), count: t[1], starts: undeltas(varints(t[2])),
                       loaded: [], missing: 0 });
        v.tiers[i].missing = v.tiers[i].starts.length;
      });
      return v;
    });
  }

  /** The block of tier t that would hold doc: the last one starting at or before it; -1 if none. */
  function blockOf(t, doc) {
    var lo = 0, hi = t.starts.length;
    while (lo < hi) { var mid = (lo + hi) >>> 1; if (t.starts[mid] <= doc) lo = mid + 1; else hi = mid; }
    return lo - 1;
  }

  /** The first (best) tier whose block for doc is not loaded, or null: v's score for doc is then known, or 0. */
  function openTier(v, doc) {
    if (v.map.has(doc)) return null;
    for (var i = 0; i < v.tiers.length; i++) {
      var b = blockOf(v.tiers[i], doc);
      if (b >= 0 && !v.tiers[i].loaded[b]) return { tier: v.tiers[i], block: b };
    }
    return null;
  }

  /** The best score v may give a section no loaded block names: its best tier with a block not loaded. */
  function unseenBound(v) {
    for (var i = 0; i < v.tiers.length; i++) if (v.tiers[i].missing > 0) return v.tiers[i].max;
    return 0;
  }

  function loadBlock(v, tier, b) {
    return load(v.file + tier.n + '-' + b).then(function (data) {
      if (tier.loaded[b]) return;
      decode(data[0], data[1], v.model, v.weight, v.map);
      tier.loaded[b] = true;
      tier.missing--;
    });
  }

  function wordPostings(meta, w) {
    var parts = [];
    if (w.exact !== null) parts.push(variantPostings(meta, w.exact, w.ids[w.exact], 1));
    w.others.forEach(function (t) { parts.push(variantPostings(meta, t, w.ids[t], meta.variantWeight)); });
    return Promise.all(parts);
  }

  /* ---- Phrases: word pairs as term ids, in sorted runs of bits (BrowserIndexExporter.exportPhrases) ---- */
  /** Bits, most significant first (BitWriter.java): plain, Elias gamma and Golomb-Rice values. */
  function BitReader(bytes) { this.bytes = bytes; this.at = 0; }
  BitReader.prototype.bit = function () {
    if (this.at >= this.bytes.length * 8) throw new Error('search index: bits run out');
    var b = (this.bytes[this.at >> 3] >> (7 - (this.at & 7))) & 1;
    this.at++;
    return b;
  };
  BitReader.prototype.bits = function (width) {
    var v = 0;
    for (var i = 0; i < width; i++) v = v * 2 + this.bit();
    return v;
  };
  BitReader.prototype.gamma = function () {
    var zeros = 0;
    while (this.bit() === 0) zeros++;
    return Math.pow(2, zeros) + this.bits(zeros) - 1;
  };
  BitReader.prototype.rice = function (k) {
    var q = 0;
    while (this.bit() === 1) q++;
    return q * Math.pow(2, k) + this.bits(k);
  };

  /** BitWriter.riceParameter: the largest k with (n + 1) * 2^k <= range. */
  function riceParameter(n, range) {
    var k = 0;
    while (k < 30 && (n + 1) * Math.pow(2, k + 1) <= range) k++;
    return k;
  }

  /** The first pair of each run: varints, per pair the rise of the first id, then the second (from the one before if it did not rise). */
  function runFirsts() {
    return cached('phrase runs', function () {
      return load('phrase/index').then(function (text) {
        var v = varints(text), firsts = [], a = 0, b = 0;
        for (var at = 0; at < v.length; at += 2) {
          a += v[at];
          b = v[at] > 0 ? v[at + 1] : b + v[at + 1];
          firsts.push([a, b]);
        }
        return firsts;
      });
    });
  }

  /** The sections holding the stem pair (a, b): found in its run (BrowserIndexExporter.phraseRun). */
  function pairDocs(meta, a, b) {
    if (!meta.phraseShards) return Promise.resolve([]);
    return runFirsts().then(function (firsts) {
      var lo = 0, hi = firsts.length;
      while (lo < hi) {
        var mid = (lo + hi) >>> 1, f = firsts[mid];
        if (f[0] < a || (f[0] === a && f[1] <= b)) lo = mid + 1; else hi = mid;
      }
      if (lo === 0) return [];
      return loadBytes('phrase/' + (lo - 1)).then(function (bytes) {
        var r = new BitReader(bytes), count = r.gamma() + 1, x = 0, y = -1;
        for (var i = 0; i < count; i++) {
          var rise = r.gamma();
          x += rise;
          y = rise > 0 ? r.bits(meta.idBits) : y + r.gamma() + 1;
          var n = r.gamma() + 1, k = riceParameter(n, meta.docs), docs = [], doc = -1;
          if (x > a || (x === a && y > b)) return [];
          for (var j = 0; j < n; j++) { doc += r.rice(k) + 1; docs.push(doc); }
          if (x === a && y === b) return docs;
        }
        return [];
      });
    });
  }

  function phraseFilter(meta, phrase) {
    return Promise.all(phrase.map(function (w) { return dictFor(meta, w); })).then(function (dicts) {
      var ids = phrase.map(function (w, i) {
        var at = lowerBound(dicts[i], w, true);
        return at < dicts[i].length && dicts[i][at][0] === w ? dicts[i][at][3] : null;
      });
      if (ids.indexOf(null) >= 0) return new Set();
      var pairs = [];
      for (var i = 0; i + 1 < ids.length; i++) pairs.push(pairDocs(meta, ids[i], ids[i + 1]));
      return Promise.all(pairs).then(intersectAll);
    });
  }

  function tagFilter(meta, tag) {
    if (!Object.prototype.hasOwnProperty.call(meta.tags, tag)) return Promise.resolve(new Set());
    return load('tags/' + tag).then(function (deltas) { return new Set(undeltas(varints(deltas))); });
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

  function sortHits(hits) {
    hits.sort(function (a, b) { return b.score - a.score || a.ord - b.ord; });
    return hits;
  }

  /**
   * What is known of one section: per word, the best loaded score of its variants (DisjunctionMaxQuery)
   * and the best score its unloaded blocks may still add; summed, with whether every word is there.
   */
  function sectionState(words, doc) {
    var r = { ord: doc, sum: 0, upper: 0, all: true, couldAll: true, any: false, couldAny: false, final: true };
    words.forEach(function (vs) {
      var known, open = 0;
      vs.forEach(function (v) {
        var s = v.map.get(doc);
        if (s !== undefined) { if (known === undefined || s > known) known = s; return; }
        var o = openTier(v, doc);
        if (o && o.tier.max > open) open = o.tier.max;
      });
      if (known !== undefined) { r.sum += known; r.any = true; } else r.all = false;
      if (known === undefined && open === 0) r.couldAll = false;
      if (known !== undefined || open > 0) r.couldAny = true;
      if (open > (known || 0)) r.final = false;
      r.upper += Math.max(known || 0, open);
    });
    return r;
  }

  /**
   * The top k as LuceneSearcher ranks them (sections with every word if there are any, else those with
   * any word), or what to load before it is certain. A section whose score is not fully known counts
   * with its upper bound (WAND's idea, per block); so may sections no loaded block names yet.
   */
  function assess(words, allowed, k) {
    var unseen = words.map(function (vs) { return Math.max.apply(null, vs.map(unseenBound).concat([0])); });
    var unseenAll = allowed === null && unseen.every(function (b) { return b > 0; });
    var unseenAny = allowed === null && unseen.some(function (b) { return b > 0; });
    // A section with every word is among the sections of any word that is fully loaded: try those first.
    var rows = stateOf(words, allowed || leadDocs(words, unseen));
    var conj = unseenAll || rows.some(function (r) { return r.couldAll; });
    if (!conj && allowed === null) rows = stateOf(words, leadDocs(words, null));
    var sure = rows.filter(function (r) { return r.final && (conj ? r.all : r.any); });
    var open = rows.filter(function (r) { return !r.final && (conj ? r.couldAll : r.couldAny); });
    var unseenUpper = (conj ? unseenAll : unseenAny) ? unseen.reduce(function (a, b) { return a + b; }, 0) : -1;
    var hits = sortHits(sure.map(function (r) { return { ord: r.ord, score: Math.fround(r.sum) }; }));
    if (open.length === 0 && unseenUpper < 0) return { hits: hits, complete: true };
    open.sort(function (a, b) { return b.upper - a.upper || a.ord - b.ord; });
    var threat = Math.max(unseenUpper, open.length ? open[0].upper : -1);
    var kth = hits.length >= k ? hits[k - 1].score : -1;
    if (kth > Math.fround(threat)) return { hits: hits, complete: false };
    return { load: plan(words, open, unseenUpper, kth) };
  }

  function stateOf(words, docs) {
    var rows = [];
    docs.forEach(function (doc) { rows.push(sectionState(words, doc)); });
    return rows;
  }

  /** The loaded sections of the fully loaded word with the fewest (unseen bound 0), or of every word. */
  function leadDocs(words, unseen) {
    var lead = null, size = Infinity;
    words.forEach(function (vs, wi) {
      if (unseen === null || unseen[wi] > 0) return;
      var n = vs.reduce(function (a, v) { return a + v.map.size; }, 0);
      if (n < size) { size = n; lead = [vs]; }
    });
    var docs = new Set();
    (lead || words).forEach(function (vs) { vs.forEach(function (v) { v.map.forEach(function (s, doc) { docs.add(doc); }); }); });
    return docs;
  }

  /**
   * What to load next. If sections not seen yet are the biggest threat, the cheapest whole tier that
   * lowers their bound; else, for the (up to 8) open sections with the highest bounds, the block of
   * each unsettled variant's best open tier: one small file per section and word, not whole lists.
   */
  function plan(words, open, unseenUpper, kth) {
    var loads = {}, add = function (v, tier, b) { loads[v.file + tier.n + '-' + b] = [v, tier, b]; };
    if (unseenUpper >= (open.length ? open[0].upper : -1)) {
      var best = null;
      words.forEach(function (vs) {
        vs.forEach(function (v) {
          var t = v.tiers.filter(function (x) { return x.missing > 0; })[0];
          if (t && (best === null || t.count < best.t.count)) best = { v: v, t: t };
        });
      });
      best.t.starts.forEach(function (s, b) { if (!best.t.loaded[b]) add(best.v, best.t, b); });
    } else {
      open.slice(0, 8).forEach(function (r) {
        if (r.upper < kth) return;
        words.forEach(function (vs) {
          vs.forEach(function (v) {
            var o = openTier(v, r.ord);
            if (o) add(v, o.tier, o.block);
          });
        });
      });
    }
    return Object.keys(loads).sort().map(function (key) { return loads[key]; });
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
            // Load blocks until the top k is certain (or everything that matters is loaded).
            var step = function () {
              var state = assess(words, allowed, k);
              if (!state.load) return { query: q, variants: vs, hits: state.hits, complete: state.complete };
              return Promise.all(state.load.map(function (l) { return loadBlock(l[0], l[1], l[2]); })).then(step);
            };
            return step();
          });
      });
    });
  }

  /**
   * A file of result metadata (BrowserIndexExporter.exportDocs) as one object per section: notes as
   * [page, title, sections], a section as [heading, excerpt, tags, parents, anchor (if not derived)].
   */
  function loadDocs(shard) {
    return cached('sections ' + shard, function () {
      return load('docs/' + shard).then(function (notes) {
        var out = [];
        notes.forEach(function (n) {
          n[2].forEach(function (s) {
            var anchor = s.length > 4 ? s[4] : asciiSlug(s[0]);
            out.push({ url: anchor ? n[0] + '#' + anchor : n[0], title: n[1], heading: s[0], snippet: s[1], tags: s[2],
                       path: typeof s[3] === 'string' ? s[3] : s[3].concat([s[0]]).join(' \u203a ') });
          });
        });
        return out;
      });
    });
  }

  /** An ASCII heading's GitHub slug (HeadingIds.slug, BrowserIndexExporter.asciiSlug). */
  function asciiSlug(heading) {
    return heading.toLowerCase().replace(/[^a-z0-9_ -]/g, '').replace(/ /g, '-');
  }

  /** Ranked results with what a page shows: top `limit` hits joined with their section metadata. */
  function search(input, options) {
    var limit = (options && options.limit) || 10;
    return Promise.all([rank(input, options), getMeta()]).then(function (r) {
      var ranked = r[0], meta = r[1];
      var top = ranked.hits.slice(0, limit);
      return Promise.all(top.map(function (h) { return loadDocs(Math.floor(h.ord / meta.docsPerShard)); })).then(function (shards) {
        var marks = markWords(ranked);
        return {
          total: ranked.hits.length,
          complete: ranked.complete,
          query: ranked.query,
          results: top.map(function (h, i) {
            var d = shards[i][h.ord % meta.docsPerShard];
            return { ord: h.ord, score: h.score, url: d.url, title: d.title, heading: d.heading, path: d.path, tags: d.tags,
                     snippet: d.snippet, marks: marks, href: withHits(d.url, hitsParam(ranked.query)) };
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
    a.href = root + '/' + (r.href || r.url);
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
  /* An ARIA combobox (WAI-ARIA APG): focus stays in the box while the arrows choose a result (aria-activedescendant);
     Tab also walks the result links, where the arrows go on moving; Escape closes and returns to the box. */
  function setUpBox(input, popup) {
    var active = -1, serial = 0, timer = null;
    function items() { return popup.querySelectorAll('.search-result-link'); }
    function highlight(i) {
      var links = items();
      active = links.length ? (i + links.length) % links.length : -1;
      for (var k = 0; k < links.length; k++) {
        links[k].classList.toggle('active', k === active);
        links[k].setAttribute('aria-selected', k === active ? 'true' : 'false');
      }
      if (active >= 0) {
        links[active].scrollIntoView({ block: 'nearest' });
        input.setAttribute('aria-activedescendant', links[active].id);
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }
    function close() {
      popup.hidden = true; active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }
    function run() {
      var text = input.value;
      var mine = ++serial;
      if (text.trim().length < 2) { close(); return; }
      search(text, { asYouType: true, limit: 8 }).then(function (res) {
        if (mine !== serial) return;
        popup.textContent = '';
        input.removeAttribute('aria-activedescendant');
        var list = document.createElement('ul');
        list.className = 'search-results';
        list.setAttribute('role', 'listbox');
        list.setAttribute('aria-label', 'Search results');
        res.results.forEach(function (r, i) {
          var el = resultElement(r);
          el.setAttribute('role', 'none');
          el.firstChild.id = 'search-option-' + i;
          el.firstChild.setAttribute('role', 'option');   /* the link itself: an option holds no other control */
          el.firstChild.setAttribute('aria-selected', 'false');
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
    /* Focus on a result (Tab took it there): the arrows move on through the links, Escape goes back to the box. */
    popup.addEventListener('keydown', function (e) {
      var links = Array.prototype.slice.call(popup.querySelectorAll('a'));
      var at = links.indexOf(document.activeElement);
      if (e.key === 'Escape') { e.preventDefault(); close(); input.focus(); }
      else if (at >= 0 && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        var next = at + (e.key === 'ArrowDown' ? 1 : -1);
        if (next < 0) input.focus(); else links[Math.min(next, links.length - 1)].focus();
      }
    });
    /* Focus gone past the results to another control (Tab, Shift-Tab): the list closes. Focus to nowhere
       (a click that focuses nothing, as on a link in Safari) is left to the click handler below. */
    var box = input.form || popup.parentNode;
    box.addEventListener('focusout', function (e) {
      if (e.relatedTarget && !box.contains(e.relatedTarget)) close();
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

  /* ---- Search hits marked on the page a result opens (as MkDocs Material's ?h= and Pagefind's highlight) ----
     A result link carries its query's words in the address, ?h=batch+transf* ('*': the last word was a prefix
     still being typed), which works wherever a result is opened: a click, Enter, a new tab, from file:// and
     over http. The opened page marks the words in the section it landed on, then moves them into
     history.state and takes ?h= out of the address: the address (to bookmark or share) is the plain page,
     a reload keeps the marks, clearing them forgets them. Static hosts serve the page whatever the query. */
  var HITS = 'h', HITS_STATE = 'studysiteHits';
  /** Where words are never marked: not text, not the note's text, or controls. */
  var NOT_MARKED = 'script, style, noscript, template, textarea, input, select, button, svg, math, nav, [hidden], '
    + '[aria-hidden="true"], .tag, .tag-list, .also-in, .cheatsheet-bar, .heading-anchor, .search-hits-bar';
  var shownHits = null;

  /** The ?h= value of a parsed query: its words, '*' after the last one if it is a prefix. */
  function hitsParam(q) {
    return q.words.join(' ') + (q.lastIsPrefix && q.words.length ? '*' : '');
  }

  /** A page address (path#anchor) with the words to mark there. */
  function withHits(url, words) {
    if (!words) return url;
    var at = url.indexOf('#');
    var query = '?' + new URLSearchParams([[HITS, words]]).toString();
    return at < 0 ? url + query : url.substring(0, at) + query + url.substring(at);
  }

  /** Lower case without accents: "Été" and "ete" are the same word to the marks. */
  function fold(word) {
    return word.normalize('NFD').replace(/\p{M}+/gu, '');
  }

  /**
   * What the words of ?h= match, as search matched them: each word (stop words are not searched),
   * the prefix, and the stems of every variant the index gave them (word forms, prefix and one-edit
   * expansions). Without the index (not loaded), the words and the prefix alone.
   */
  function hitMatcher(text) {
    var words = split(text);
    var prefix = /\*$/.test(text) && words.length ? words[words.length - 1] : null;
    return getMeta().then(function (meta) {
      words = words.filter(function (w) { return w.length > 1 && !meta.stopSet[w]; });
      return Promise.all(words.map(function (w) { return variants(meta, w, w === prefix); })).then(function (found) {
        var stems = [];
        found.forEach(function (v) {
          if (!v) return;
          if (v.exact !== null) stems.push(v.exact);
          stems = stems.concat(v.others);
        });
        return { meta: meta, words: words, prefix: prefix, stems: stems };
      });
    }).catch(function () {
      return { meta: null, words: words.filter(function (w) { return w.length > 1; }), prefix: prefix, stems: [] };
    });
  }

  /** The stem the index gives a word, or null if the word is not in it (or is a stop word). */
  function stemOf(meta, word) {
    return dictFor(meta, word).then(function (entries) {
      var at = lowerBound(entries, word, true);
      return at < entries.length && entries[at][0] === word && !entries[at][2] ? entries[at][1] : null;
    });
  }

  /**
   * Which of a page's words (lower case, distinct) to mark: a query word itself, a word starting with
   * the prefix, or a word whose stem is one search matched. Only words that start like a matched stem
   * are looked up (Porter changes at most a stem's last letters: studies, study -> studi).
   */
  function markedWords(m, words) {
    var own = m.words.map(fold), prefix = m.prefix && m.prefix.length >= 2 ? fold(m.prefix) : null;
    var marked = new Set(), lookups = [];
    words.forEach(function (w) {
      var f = fold(w);
      if (own.indexOf(f) >= 0 || (prefix && f.indexOf(prefix) === 0)) marked.add(w);
      else if (m.meta && m.stems.some(function (s) { return w.indexOf(s.substring(0, Math.max(2, s.length - 2))) === 0; })) lookups.push(w);
    });
    return Promise.all(lookups.map(function (w) { return stemOf(m.meta, w); })).then(function (stems) {
      lookups.forEach(function (w, i) {
        var stem = stems[i];
        // A word the index lacks (text it does not hold) is marked if it starts with a matched stem, as in a result.
        var hit = stem !== null ? m.stems.indexOf(stem) >= 0 : m.stems.some(function (s) { return w.indexOf(s) === 0; });
        if (hit) marked.add(w);
      });
      return marked;
    });
  }

  /**
   * The landed section as [first element, element it ends before (null: the end of main)]: a heading's
   * runs to the next heading of the same or higher level; the note title's and subtitle's is the
   * introduction (every heading of the note is below them, and search's section for them ends at the
   * first heading); any other element (a tagged paragraph) is its own section.
   */
  function landedSection(main, id) {
    var target = id ? document.getElementById(id) : null;
    if (!target || !main.contains(target)) target = main.querySelector('h1');
    if (!target) return null;
    var level = /^H([1-6])$/.exec(target.tagName);
    var intro = target.tagName === 'H1' || target.classList.contains('note-subtitle');
    if (!level && !intro) return [target, null, target];
    var headings = main.querySelectorAll('h1, h2, h3, h4, h5, h6');
    for (var i = 0; i < headings.length; i++) {
      if (!(target.compareDocumentPosition(headings[i]) & Node.DOCUMENT_POSITION_FOLLOWING) || target.contains(headings[i])) continue;
      if (intro || Number(headings[i].tagName.charAt(1)) <= Number(level[1])) return [target, headings[i], main];
    }
    return [target, null, main];
  }

  /** The text nodes of a section that may hold marks: from its first element's own text up to its end. */
  function sectionTexts(section) {
    var start = section[0], end = section[1], texts = [];
    var walker = document.createTreeWalker(section[2], NodeFilter.SHOW_TEXT);
    walker.currentNode = start;
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (end && !(end.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING)) break;
      if (node.parentElement && !node.parentElement.closest(NOT_MARKED)) texts.push(node);
    }
    return texts;
  }

  /** Wraps the marked words of text nodes in <mark class="search-hit"> (text nodes only: no markup is parsed). */
  function wrapWords(texts, marked) {
    var marks = [];
    texts.forEach(function (node) {
      var text = node.data, re = /[\p{L}\p{Nd}_]+/gu, at = 0, m, parts = null;
      while ((m = re.exec(text)) !== null) {
        if (!marked.has(m[0].toLowerCase())) continue;
        parts = parts || document.createDocumentFragment();
        if (m.index > at) parts.appendChild(document.createTextNode(text.substring(at, m.index)));
        var mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = m[0];
        parts.appendChild(mark);
        marks.push(mark);
        at = m.index + m[0].length;
      }
      if (!parts) return;
      if (at < text.length) parts.appendChild(document.createTextNode(text.substring(at)));
      node.parentNode.replaceChild(parts, node);
    });
    return marks;
  }

  /** Marks the words of hits ({words: ?h= value, at: landed id}) in their section; the marks made. */
  function markSection(main, hits) {
    var section = landedSection(main, hits.at);
    if (!section) return Promise.resolve([]);
    return hitMatcher(hits.words).then(function (m) {
      var texts = sectionTexts(section), words = new Set();
      texts.forEach(function (node) { split(node.data).forEach(function (w) { words.add(w); }); });
      return markedWords(m, Array.from(words)).then(function (marked) { return wrapWords(sectionTexts(section), marked); });
    });
  }

  function historyState() {
    return history.state && typeof history.state === 'object' ? history.state : {};
  }

  /** Keeps hits in this history entry (so a reload marks again); with a url, also changes the address. */
  function rememberHits(hits, url) {
    var state = Object.assign({}, historyState());
    if (hits) state[HITS_STATE] = hits; else delete state[HITS_STATE];
    try {
      if (url) history.replaceState(state, '', url); else history.replaceState(state, '');
    } catch (e) { /* a browser refusing the address change keeps ?h=: the marks then come back on reload */ }
  }

  function landedId() {
    try { return decodeURIComponent(location.hash.slice(1)); } catch (e) { return ''; }
  }

  /** The bar saying what is marked, with the button that clears the marks; fixed, so nothing on the page moves. */
  function hitsBar(main, text, count) {
    var bar = document.createElement('div');
    bar.className = 'search-hits-bar';
    bar.setAttribute('role', 'region');
    bar.setAttribute('aria-label', 'Search marks');
    var what = document.createElement('span');
    what.appendChild(document.createTextNode('Marked: '));
    var words = document.createElement('strong');
    words.textContent = text.replace(/\*$/, '…');
    what.appendChild(words);
    what.appendChild(document.createTextNode(' (' + count + ' in this section)'));
    bar.appendChild(what);
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'search-hits-clear';
    button.textContent = 'Clear marks';
    button.addEventListener('click', function () { clearHits(); });
    bar.appendChild(button);
    var key = document.createElement('span');
    key.className = 'search-hits-key';
    key.textContent = 'or Esc';
    bar.appendChild(key);
    main.insertBefore(bar, main.firstChild);
    return bar;
  }

  /** Brings the first mark into view if the landing left it out of view (smoothly, unless motion is reduced). */
  function reveal(mark) {
    var header = document.querySelector('.site-header');
    var top = header ? header.getBoundingClientRect().bottom : 0, r = mark.getBoundingClientRect();
    if (r.top >= top && r.bottom <= window.innerHeight) return;
    var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    mark.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  }

  /** Removes the marks and the bar, and forgets them (a reload shows none). */
  function clearHits() {
    if (!shownHits) return;
    var parents = [], hadFocus = shownHits.bar.contains(document.activeElement);
    shownHits.marks.forEach(function (mark) {
      var parent = mark.parentNode;
      if (!parent) return;
      parent.replaceChild(document.createTextNode(mark.textContent), mark);
      if (parents.indexOf(parent) < 0) parents.push(parent);
    });
    parents.forEach(function (p) { p.normalize(); });  // the text nodes as they were
    shownHits.bar.remove();
    var main = shownHits.main;
    shownHits = null;
    rememberHits(null);
    if (hadFocus) {
      // Focus would fall to the body with the button gone: keep it in the content.
      if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
      main.focus({ preventScroll: true });
    }
  }

  function setUpHits(main) {
    var fresh = new URLSearchParams(window.location.search).get(HITS);
    var hits = historyState()[HITS_STATE] || null;
    if (fresh !== null) {
      var clean = new URL(window.location.href);
      clean.searchParams.delete(HITS);
      hits = fresh.trim() ? { words: fresh, at: landedId() } : null;
      rememberHits(hits, clean.href);
    }
    if (!hits || typeof hits.words !== 'string') return;
    var ready = (window.studysite && window.studysite.ready) || Promise.resolve();
    ready.then(function () { return markSection(main, hits); }).then(function (marks) {
      if (marks.length === 0) { rememberHits(null); return; }
      shownHits = { hits: hits, marks: marks, main: main, bar: hitsBar(main, hits.words, marks.length) };
      if (fresh !== null) reveal(marks[0]);  // a reload or Back restores its own scroll position
    }).catch(function (e) { if (window.console) console.warn(e.message); });
    // A jump within the page (the table of contents) is a new history entry: it keeps the marks on reload too.
    window.addEventListener('hashchange', function () { if (shownHits) rememberHits(shownHits.hits); });
    // Capture: seen before the drawer's and the search box's own Escape, which then win.
    window.addEventListener('keydown', function (e) {
      if (!shownHits || (e.key !== 'Escape' && e.key !== 'Esc') || e.defaultPrevented) return;
      var t = e.target;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
      if (document.documentElement.classList.contains('nav-open')) return;
      var popup = document.getElementById('search-popup');
      if (popup && !popup.hidden) return;
      clearHits();
    }, true);
  }

  window.studysiteSearch = { search: search, rank: rank, parse: parse, load: load };

  var box = document.getElementById('search-input');
  var popup = document.getElementById('search-popup');
  if (box && popup) setUpBox(box, popup);
  var pageEl = document.getElementById('search-page');
  if (pageEl) setUpPage(pageEl);
  var content = document.getElementById('content');
  if (content && !pageEl) setUpHits(content);
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    var typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable);
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      var target = document.getElementById('search-page-input') || box;
      if (target) { e.preventDefault(); target.focus(); target.select(); }
    }
  });
})();
