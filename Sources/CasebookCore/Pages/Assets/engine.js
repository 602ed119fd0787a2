/* casebook's search in the browser, part 2 of 3 (text.js, engine.js, filters.js; loaded in that order): the
   index, its shards and the ranking. It mirrors the Swift code of `casebook search` step by step, so that the
   site ranks exactly as the command does:
   - BM25F ranking and order: SearchIndex.search in Search/SearchExecution.swift, in 32-bit floats
   - filters and facet counts: filters.js (ResolvedFilters in Search/SearchQuery.swift)
   The index is the command's own (the same documents, terms and one-byte weights), written by
   Sources/CasebookCore/Site/SiteSearchData.swift as script files that call CasebookSite.data(name, value): they
   load through <script src>, from file:// as from a web server, and no inline script or eval is needed. */
(function (global) {
  "use strict";

  var site = global.CasebookSite || (global.CasebookSite = {});
  var registry = {};
  var loading = {};
  /** Result texts by document number: [id, title, snippet text]. */
  var resultTexts = {};

  /** Called by every data file. */
  site.data = function (name, value) {
    registry[name] = value;
  };

  /** Called by a shard with the result texts of its terms' first documents: [document, id, title, text]. */
  site.texts = function (rows) {
    for (var i = 0; i < rows.length; i++) resultTexts[rows[i][0]] = rows[i].slice(1);
  };

  // The search data's version (the search page's data-version): data files of one build carry it in their
  // addresses, so that a browser never mixes files of two builds from its cache.
  var dataVersion = document.body ? document.body.getAttribute("data-version") : null;

  /** Loads the data file `file` (relative to the site's root) that registers `name`; resolves to its value. */
  site.load = function (root, name, file) {
    if (Object.prototype.hasOwnProperty.call(registry, name)) return Promise.resolve(registry[name]);
    if (loading[name]) return loading[name];
    loading[name] = new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = root + file + (dataVersion ? "?v=" + dataVersion : "");
      script.async = true;
      script.onload = function () {
        if (Object.prototype.hasOwnProperty.call(registry, name)) resolve(registry[name]);
        else reject(new Error("no data in " + file));
      };
      script.onerror = function () {
        delete loading[name];
        reject(new Error("cannot load " + file));
      };
      document.head.appendChild(script);
    });
    return loading[name];
  };

  var text = site.text;
  var fold = text.fold;
  var parseQuery = text.parseQuery;
  var byCodePoint = text.byCodePoint;
  var decodeNumbers = text.decodeNumbers;
  var decodeLists = text.decodeLists;
  var DIGIT_VALUE = text.DIGIT_VALUE;

  // MARK: The index

  /** The index once meta.js and docs.js are loaded; shards load on demand. */
  function Index(root, meta, docs) {
    this.root = root;
    this.meta = meta;
    var count = meta.documents;
    this.count = count;
    var kinds = decodeNumbers(docs.kind);
    this.kinds = kinds.map(function (value) { return value & 1; });
    this.languageOf = kinds.map(function (value) { return value >> 1; });
    this.years = decodeNumbers(docs.year).map(function (value) { return value ? value + meta.firstYear - 1 : 0; });
    this.municipalityOf = decodeNumbers(docs.municipality);
    this.taxonomyIds = meta.taxonomy.map(function (category) { return category.id; });
    var taxonomySize = this.taxonomyIds.length;
    this.categories = decodeNumbers(docs.category).map(function (bits) {
      var list = [];
      for (var bit = 0; bit < taxonomySize; bit++) if (bits & (1 << bit)) list.push(bit);
      return list;
    });
    this.channels = decodeLists(docs.channel, count);
    this.tags = decodeLists(docs.tag, count);
    this.languageValues = meta.languages;
    this.channelValues = meta.channels;
    this.tagValues = meta.tags;
    // Only a site of several catalogues (site --catalogue) has them.
    this.catalogueValues = meta.catalogues || [];
    this.catalogueOf = docs.catalogue ? decodeNumbers(docs.catalogue) : null;
    this.municipalities = meta.municipalities.map(function (row) {
      return { id: row[0], name: row[1], country: row[2] };
    });
    this.weights = new Float32Array(meta.weights);
    this.k1 = Math.fround(meta.k1);
    this.shardKeys = meta.shards;
    this.shards = {};
    var lookup = {};
    meta.taxonomy.forEach(function (category) {
      [category.id].concat(category.names).forEach(function (name) {
        var key = fold(name);
        if (!(key in lookup)) lookup[key] = category.id;
      });
    });
    meta.taxonomy.forEach(function (category) { lookup[category.id] = category.id; });
    this.categoryLookup = lookup;
  }

  /** The shards a word needs: the one with the longest key that starts the word, and for a prefix also every
      shard whose key starts with the prefix. */
  Index.prototype.shardsFor = function (word) {
    var keys = this.shardKeys;
    var wanted = [];
    if (word.prefix) {
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        if (key.length > word.text.length && key.startsWith(word.text)) wanted.push(i);
      }
    }
    if (!this.shardNumber) {
      this.shardNumber = new Map();
      for (var k = 0; k < keys.length; k++) this.shardNumber.set(keys[k], k);
    }
    // The longest key that starts the word: its prefixes, longest first, at whole code points.
    var characters = Array.from(word.text);
    for (var length = characters.length; length >= 0; length--) {
      var number = this.shardNumber.get(characters.slice(0, length).join(""));
      if (number !== undefined) {
        wanted.push(number);
        break;
      }
    }
    return wanted;
  };

  /** Loads the shards of `queryWords`. */
  Index.prototype.loadShards = function (queryWords) {
    var self = this;
    var numbers = {};
    queryWords.forEach(function (word) {
      self.shardsFor(word).forEach(function (number) { numbers[number] = true; });
    });
    return Promise.all(Object.keys(numbers).map(function (number) {
      if (self.shards[number]) return self.shards[number];
      return site.load(self.root, "t" + number, "data/t/" + number + ".js").then(function (shard) {
        self.shards[number] = shard;
        return shard;
      });
    }));
  };

  /** The terms matching a word, in the order of their bytes. */
  Index.prototype.termsFor = function (word) {
    var found = [];
    var self = this;
    this.shardsFor(word).forEach(function (number) {
      var shard = self.shards[number];
      if (!shard) return;
      if (!word.prefix) {
        if (Object.prototype.hasOwnProperty.call(shard, word.text)) found.push(word.text);
        return;
      }
      for (var term in shard) if (term.startsWith(word.text)) found.push(term);
    });
    found.sort(byCodePoint);
    return found.map(function (term) {
      for (var number of self.shardsFor({ text: term, prefix: false })) {
        var shard = self.shards[number];
        if (shard && Object.prototype.hasOwnProperty.call(shard, term)) return shard[term];
      }
      return "";
    });
  };

  /** The filters a document can fail, one bit each (filters.js). */
  var BITS = { words: 1, kind: 2, category: 4, country: 8, municipality: 16, channel: 32, year: 64, language: 128, tag: 256, catalogue: 512 };
  site.BITS = BITS;

  // MARK: Search (SearchIndex.search)

  /** True when `filters` let every document through. */
  function passesAll(filters) {
    return filters.kinds[0] && filters.kinds[1] && !filters.categories && !filters.countries && !filters.municipalities
      && !filters.channels && !filters.years && !filters.languages && !filters.tags && !filters.catalogues;
  }

  /** Runs a search over loaded shards: every matching document in rank order, the failure bits of every
      document (for facet counts) and the scores. */
  Index.prototype.search = function (state) {
    var count = this.count;
    var fround = Math.fround;
    var queryWords = parseQuery(state.q);
    var filters = this.resolve(state);
    var failures = new Uint16Array(count);
    if (!passesAll(filters)) for (var n = 0; n < count; n++) failures[n] = this.failures(filters, n);
    var scores = new Float32Array(count);
    var matched = new Uint8Array(count);
    if (queryWords.length) {
      var weights = new Float32Array(count);
      var table = this.weights;
      var k1 = this.k1;
      var k1PlusOne = fround(k1 + 1);
      for (var word of queryWords) {
        var touched = [];
        for (var postings of this.termsFor(word)) {
          // Decoded as it is read (see decodeNumbers): no array of numbers is made, nothing is kept.
          var document = 0;
          var value = 0;
          var scale = 1;
          for (var p = 0; p < postings.length; p++) {
            var digit = DIGIT_VALUE[postings.charCodeAt(p)];
            if (digit >= 32) {
              value += (digit - 32) * scale;
              scale *= 32;
              continue;
            }
            var number = value + digit * scale;
            value = 0;
            scale = 1;
            document += Math.floor(number / 256);
            if (document >= count) break;
            if (weights[document] === 0) touched.push(document);
            weights[document] = fround(weights[document] + table[number % 256]);
          }
        }
        var frequency = fround(touched.length);
        var ratio = fround(fround(fround(fround(count) - frequency) + 0.5) / fround(frequency + 0.5));
        var idf = fround(Math.log(fround(1 + ratio)));
        for (var t = 0; t < touched.length; t++) {
          var d = touched[t];
          var weight = weights[d];
          scores[d] = fround(scores[d] + fround(fround(fround(idf * weight) * k1PlusOne) / fround(k1 + weight)));
          if (matched[d] < 255) matched[d] += 1;
          weights[d] = 0;
        }
      }
      for (var m = 0; m < count; m++) if (matched[m] === 0) failures[m] |= BITS.words;
    }
    var matches = [];
    for (var i = 0; i < count; i++) if (failures[i] === 0) matches.push(i);
    var years = this.years;
    var order = queryWords.length
      ? function (a, b) {
        if (matched[a] !== matched[b]) return matched[b] - matched[a];
        if (scores[a] !== scores[b]) return scores[b] - scores[a];
        return a - b;
      }
      : function (a, b) { return years[a] !== years[b] ? years[b] - years[a] : a - b; };
    return { words: queryWords, filters: filters, failures: failures, matches: matches, scores: scores, order: order };
  };

  /** The first `limit` of `values` in `order`, in order, without sorting the rest. */
  function firstInOrder(values, order, limit) {
    var top = [];
    for (var i = 0; i < values.length; i++) {
      var value = values[i];
      if (top.length === limit && order(value, top[limit - 1]) >= 0) continue;
      var position = top.length === limit ? limit - 1 : top.length;
      while (position > 0 && order(value, top[position - 1]) < 0) {
        top[position] = top[position - 1];
        position--;
      }
      top[position] = value;
    }
    return top;
  }

  /** The first `limit` matches of a search in rank order. Only what is shown is put in order: sorting every
      match of a common word takes longer than the rest of the search. */
  Index.prototype.ranked = function (result, limit) {
    var matches = result.matches;
    if (result.sorted) return matches.slice(0, limit);
    if (limit * 8 >= matches.length) {
      matches.sort(result.order);
      result.sorted = true;
      return matches.slice(0, limit);
    }
    return firstInOrder(matches, result.order, limit);
  };

  /** Loads id, title and snippet text of the documents `numbers`: document → [id, title, text]. The texts a
      loaded shard brought are used as they are; the others load from the result-text files. */
  Index.prototype.texts = function (numbers) {
    var self = this;
    var size = this.meta.chunk;
    var chunks = {};
    numbers.forEach(function (n) {
      if (!resultTexts[n]) chunks[Math.floor(n / size)] = true;
    });
    var files = Object.keys(chunks);
    function collect() {
      var texts = {};
      numbers.forEach(function (n) { texts[n] = resultTexts[n]; });
      return texts;
    }
    if (!files.length) return Promise.resolve(collect());
    return Promise.all(files.map(function (chunk) {
      return site.load(self.root, "r" + chunk, "data/r/" + chunk + ".js").then(function (rows) {
        rows.forEach(function (row, position) { resultTexts[Number(chunk) * size + position] = row; });
      });
    })).then(collect);
  };

  /** Loads the index's meta data and document table. */
  site.openIndex = function (root) {
    return Promise.all([site.load(root, "meta", "data/meta.js"), site.load(root, "docs", "data/docs.js")])
      .then(function (loaded) { return new Index(root, loaded[0], loaded[1]); });
  };

  site.engine = {
    fold: fold, words: text.words, parseQuery: parseQuery, snippet: text.snippet, decodeNumbers: decodeNumbers,
    firstInOrder: firstInOrder, Index: Index,
  };
})(window);
