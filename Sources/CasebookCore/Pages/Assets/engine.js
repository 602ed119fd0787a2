/* casebook's search in the browser. It mirrors the Swift code of `casebook search` step by step, so that the
   site ranks exactly as the command does:
   - folding and words: Sources/CasebookCore/Catalogue/TextFolding.swift and Search/SearchText.swift
   - the query's words (`partici*`): QueryWord.parse in Search/SearchText.swift
   - filters: ResolvedFilters in Search/SearchQuery.swift
   - BM25F ranking and order: SearchIndex.search in Search/SearchExecution.swift, in 32-bit floats
   - snippets: Search/Snippet.swift
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

  /** Loads the data file `file` (relative to the site's root) that registers `name`; resolves to its value. */
  site.load = function (root, name, file) {
    if (Object.prototype.hasOwnProperty.call(registry, name)) return Promise.resolve(registry[name]);
    if (loading[name]) return loading[name];
    loading[name] = new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = root + file;
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

  // MARK: Folding and words (TextFolding.fold, SearchText)

  var ASCII_ONLY = /^[\x00-\x7f]*$/;
  var MARKS = /[\p{Mn}\p{Mc}\p{Me}]/gu;
  var WORD = /[\p{Alphabetic}\p{Nd}\p{Mn}\p{Mc}\p{Me}]/u;
  var WHITE = /\p{White_Space}/u;

  /** Lower case without diacritics. Each code point is lowered on its own, as Swift does (no final sigma). */
  function fold(text) {
    if (ASCII_ONLY.test(text)) return text.toLowerCase();
    var lowered = "";
    for (var character of text) lowered += character.toLowerCase();
    return lowered.normalize("NFD").replace(MARKS, "");
  }

  function isWordCodePoint(character) {
    var code = character.codePointAt(0);
    if (code < 0x80) {
      return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
    }
    return WORD.test(character);
  }

  /** Runs of word characters as [start, end) offsets in UTF-16 code units. */
  function wordRanges(text) {
    var ranges = [];
    var start = -1;
    var offset = 0;
    for (var character of text) {
      if (isWordCodePoint(character)) {
        if (start < 0) start = offset;
      } else if (start >= 0) {
        ranges.push([start, offset]);
        start = -1;
      }
      offset += character.length;
    }
    if (start >= 0) ranges.push([start, offset]);
    return ranges;
  }

  /** The folded words of `text`, in order. */
  function words(text) {
    var folded = fold(text);
    return wordRanges(folded).map(function (range) { return folded.slice(range[0], range[1]); });
  }

  /** The query's words: parts split at spaces, tabs and line breaks; a part ending in `*` makes its last word a
      prefix; duplicates dropped. */
  function parseQuery(text) {
    var result = [];
    var parts = (text || "").split(/[ \t\n]/);
    for (var part of parts) {
      if (!part) continue;
      var isPrefix = part.endsWith("*");
      var found = words(part);
      found.forEach(function (word, position) {
        var prefix = isPrefix && position === found.length - 1;
        if (!result.some(function (known) { return known.text === word && known.prefix === prefix; })) {
          result.push({ text: word, prefix: prefix });
        }
      });
    }
    return result;
  }

  /** Compares strings by code point, as Swift compares their UTF-8 bytes. */
  function byCodePoint(a, b) {
    var left = Array.from(a);
    var right = Array.from(b);
    for (var i = 0; i < Math.min(left.length, right.length); i++) {
      var difference = left[i].codePointAt(0) - right[i].codePointAt(0);
      if (difference !== 0) return difference;
    }
    return left.length - right.length;
  }

  // MARK: Numbers in data files (NumberText in SiteSearchData.swift)

  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyzWXYZ-_";
  var DIGIT_VALUE = new Int8Array(128);
  for (var d = 0; d < DIGITS.length; d++) DIGIT_VALUE[DIGITS.charCodeAt(d)] = d;

  function decodeNumbers(text) {
    var numbers = [];
    var value = 0;
    var scale = 1;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT_VALUE[text.charCodeAt(i)];
      if (digit >= 32) {
        value += (digit - 32) * scale;
        scale *= 32;
      } else {
        numbers.push(value + digit * scale);
        value = 0;
        scale = 1;
      }
    }
    return numbers;
  }

  function decodeLists(text, count) {
    var numbers = decodeNumbers(text);
    var lists = new Array(count);
    var position = 0;
    for (var document = 0; document < count; document++) {
      var length = numbers[position++];
      lists[document] = numbers.slice(position, position + length);
      position += length;
    }
    return lists;
  }

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

  // MARK: Filters (ResolvedFilters)

  var BITS = { words: 1, kind: 2, category: 4, country: 8, municipality: 16, channel: 32, year: 64, language: 128, tag: 256, catalogue: 512 };
  site.BITS = BITS;

  /** Reads `2010`, `2010..2012`, `2010..` or `..2012`; null when it is none of these. */
  function parseYears(text) {
    var trimmed = (text || "").replace(/^\s+|\s+$/gu, "");
    function year(part, fallback) {
      if (part === "") return fallback;
      if (Array.from(part).length > 4 || !/^[+-]?[0-9]+$/.test(part)) return null;
      var number = parseInt(part, 10);
      return number >= 0 ? number : null;
    }
    var dots = trimmed.indexOf("..");
    if (dots < 0) {
      var single = year(trimmed, null);
      return single === null ? null : { first: single, last: single };
    }
    var first = year(trimmed.slice(0, dots), 0);
    var last = year(trimmed.slice(dots + 2), 9999);
    if (first === null || last === null || first > last || trimmed === "..") return null;
    return { first: first, last: last };
  }

  /** The filters of a search state resolved against the index, with notes about values that mean nothing. */
  Index.prototype.resolve = function (state) {
    var self = this;
    var filters = { notes: [] };
    var kinds = state.kind && state.kind.length ? state.kind : ["case", "policy"];
    filters.kinds = {};
    kinds.forEach(function (kind) { filters.kinds[kind === "policy" ? 1 : 0] = true; });
    function numbers(typed, table) {
      if (!typed || !typed.length) return null;
      var wanted = {};
      typed.forEach(function (value) { wanted[fold(value.trim())] = true; });
      var found = {};
      table.forEach(function (value, number) { if (wanted[fold(value)]) found[number] = true; });
      return found;
    }
    if (state.category && state.category.length) {
      var ids = [];
      state.category.forEach(function (name) {
        var id = self.categoryLookup[fold(name.trim())];
        if (id) ids.push(id);
        else filters.notes.push(["unknown-category", name]);
      });
      filters.categories = ids.length ? numbers(ids, self.taxonomyIds) : null;
    }
    if (state.country && state.country.length) {
      filters.countries = {};
      state.country.forEach(function (code) { filters.countries[code.trim().toUpperCase()] = true; });
    }
    if (state.municipality && state.municipality.length) {
      filters.municipalities = {};
      state.municipality.forEach(function (name) {
        var wanted = fold(name.trim());
        self.municipalities.forEach(function (municipality, number) {
          var slug = municipality.id.split("/").pop();
          if (municipality.id === wanted || slug === wanted || fold(municipality.name) === wanted) {
            filters.municipalities[number] = true;
          }
        });
      });
    }
    filters.channels = numbers(state.channel, this.channelValues);
    filters.languages = numbers(state.language, this.languageValues);
    filters.tags = numbers(state.tag, this.tagValues);
    filters.catalogues = this.catalogueOf ? numbers(state.catalogue, this.catalogueValues) : null;
    if (state.year && state.year.length) {
      var ranges = [];
      state.year.forEach(function (text) {
        var range = parseYears(text);
        if (range) ranges.push(range);
        else filters.notes.push(["bad-year", text]);
      });
      filters.years = ranges.length ? ranges : null;
    }
    return filters;
  };

  function anyIn(list, set) {
    for (var i = 0; i < list.length; i++) if (set[list[i]]) return true;
    return false;
  }

  /** The bits of the filters document `n` fails. */
  Index.prototype.failures = function (filters, n) {
    var failed = 0;
    if (!filters.kinds[this.kinds[n]]) failed |= BITS.kind;
    if (filters.categories && !anyIn(this.categories[n], filters.categories)) failed |= BITS.category;
    var municipality = this.municipalityOf[n];
    if (filters.countries && !filters.countries[this.municipalities[municipality].country]) failed |= BITS.country;
    if (filters.municipalities && !filters.municipalities[municipality]) failed |= BITS.municipality;
    if (filters.channels && !anyIn(this.channels[n], filters.channels)) failed |= BITS.channel;
    if (filters.years) {
      var year = this.years[n];
      if (!filters.years.some(function (range) { return year >= range.first && year <= range.last; })) {
        failed |= BITS.year;
      }
    }
    if (filters.languages && !filters.languages[this.languageOf[n]]) failed |= BITS.language;
    if (filters.tags && !anyIn(this.tags[n], filters.tags)) failed |= BITS.tag;
    if (filters.catalogues && !filters.catalogues[this.catalogueOf[n]]) failed |= BITS.catalogue;
    return failed;
  };

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

  /** Counts per value of `facet` over the documents that pass every filter but that facet's own (so that
      alternatives can be added), as value → count. */
  Index.prototype.facetCounts = function (result, facet) {
    if (!result.tallies) result.tallies = this.tally(result.failures);
    var tally = result.tallies[facet];
    var counts = Object.create(null);
    if (!tally) return counts;
    var self = this;
    var names = facet === "category" ? this.taxonomyIds : facet === "channel" ? this.channelValues
      : facet === "tag" ? this.tagValues : facet === "language" ? this.languageValues
      : facet === "catalogue" ? this.catalogueValues : facet === "country" ? this.countries : null;
    for (var value = 0; value < tally.length; value++) {
      if (!tally[value]) continue;
      var name = names ? names[value]
        : facet === "kind" ? (value === 1 ? "policy" : "case")
        : facet === "year" ? (value ? String(value + self.firstYear - 1) : null)
        : self.municipalities[value].id;
      if (name !== null && name !== undefined) counts[name] = (counts[name] || 0) + tally[value];
    }
    return counts;
  };

  /** The facet counts of every facet in one pass over the documents, each a typed array by value number. A
      document counts for a facet when it passes every other filter: it fails none, or only that facet's. */
  Index.prototype.tally = function (failures) {
    if (!this.countries) {
      var countries = [];
      var countryNumber = {};
      this.countryOf = new Int32Array(this.municipalities.map(function (municipality) {
        var code = municipality.country;
        if (!(code in countryNumber)) countryNumber[code] = countries.push(code) - 1;
        return countryNumber[code];
      }));
      this.countries = countries;
      this.firstYear = this.meta.firstYear;
      this.yearSlots = this.years.reduce(function (last, year) { return Math.max(last, year); }, 0) - this.firstYear + 2;
    }
    var tallies = {
      kind: new Int32Array(2), category: new Int32Array(this.taxonomyIds.length),
      country: new Int32Array(this.countries.length), municipality: new Int32Array(this.municipalities.length),
      channel: new Int32Array(this.channelValues.length), language: new Int32Array(this.languageValues.length),
      tag: new Int32Array(this.tagValues.length), year: new Int32Array(Math.max(1, this.yearSlots)),
      catalogue: this.catalogueOf ? new Int32Array(this.catalogueValues.length) : null,
    };
    var all = BITS.kind | BITS.category | BITS.country | BITS.municipality | BITS.channel | BITS.year
      | BITS.language | BITS.tag | BITS.catalogue;
    var firstYear = this.firstYear;
    for (var n = 0; n < this.count; n++) {
      var failed = failures[n];
      // More than one filter failed, or only the words: the document counts for no facet.
      if (failed !== 0 && ((failed & (failed - 1)) !== 0 || (failed & all) === 0)) continue;
      var municipality = this.municipalityOf[n];
      var year = this.years[n];
      var i;
      if (failed === 0 || failed === BITS.kind) tallies.kind[this.kinds[n]]++;
      if (failed === 0 || failed === BITS.category) {
        var categories = this.categories[n];
        for (i = 0; i < categories.length; i++) tallies.category[categories[i]]++;
      }
      if (failed === 0 || failed === BITS.country) tallies.country[this.countryOf[municipality]]++;
      if (failed === 0 || failed === BITS.municipality) tallies.municipality[municipality]++;
      if (failed === 0 || failed === BITS.channel) {
        var channels = this.channels[n];
        for (i = 0; i < channels.length; i++) tallies.channel[channels[i]]++;
      }
      if (failed === 0 || failed === BITS.language) tallies.language[this.languageOf[n]]++;
      if (failed === 0 || failed === BITS.tag) {
        var tags = this.tags[n];
        for (i = 0; i < tags.length; i++) tallies.tag[tags[i]]++;
      }
      if (failed === 0 || failed === BITS.year) tallies.year[year ? year - firstYear + 1 : 0]++;
      if (tallies.catalogue && (failed === 0 || failed === BITS.catalogue)) tallies.catalogue[this.catalogueOf[n]]++;
    }
    return tallies;
  };

  /** How many documents pass when the filter `bit` is dropped. */
  Index.prototype.countWithout = function (result, bit) {
    var others = ~bit;
    var total = 0;
    for (var n = 0; n < this.count; n++) if ((result.failures[n] & others) === 0) total++;
    return total;
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

  // MARK: Snippets (Snippet.make)

  var SNIPPET_WORDS = 28;

  function collapse(text) {
    var result = "";
    var lastWasSpace = false;
    for (var character of text) {
      var code = character.codePointAt(0);
      var space = code < 0x80 ? (code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d) : WHITE.test(character);
      if (space) {
        if (!lastWasSpace) result += " ";
        lastWasSpace = true;
      } else {
        result += character;
        lastWasSpace = false;
      }
    }
    return result;
  }

  /** The passage with the most matched words, as parts {text, highlighted}. */
  function snippet(text, queryWords) {
    var ranges = wordRanges(text);
    if (!ranges.length) return text ? [{ text: collapse(text), highlighted: false }] : [];
    var matched = ranges.map(function (range) {
      if (!queryWords.length) return false;
      var word = fold(text.slice(range[0], range[1]));
      return queryWords.some(function (query) { return query.prefix ? word.startsWith(query.text) : word === query.text; });
    });
    var start = 0;
    var length = SNIPPET_WORDS;
    if (ranges.length > length) {
      var inWindow = 0;
      for (var i = 0; i < length; i++) if (matched[i]) inWindow++;
      var best = inWindow;
      for (var first = 1; first <= ranges.length - length; first++) {
        if (matched[first - 1]) inWindow--;
        if (matched[first + length - 1]) inWindow++;
        if (inWindow > best) {
          best = inWindow;
          start = first;
        }
      }
      var firstMatch = matched.indexOf(true, start);
      if (firstMatch >= 0) start = Math.max(0, Math.min(firstMatch - 3, ranges.length - length));
    }
    var end = Math.min(ranges.length, start + length);
    var parts = [];
    function add(piece, highlighted) {
      if (!piece) return;
      var collapsed = collapse(piece);
      var last = parts[parts.length - 1];
      if (!highlighted && last && !last.highlighted) last.text += collapsed;
      else parts.push({ text: collapsed, highlighted: highlighted });
    }
    if (start > 0) add("…", false);
    var cursor = start === 0 ? 0 : ranges[start][0];
    for (var position = start; position < end; position++) {
      if (!matched[position]) continue;
      add(text.slice(cursor, ranges[position][0]), false);
      add(text.slice(ranges[position][0], ranges[position][1]), true);
      cursor = ranges[position][1];
    }
    add(text.slice(cursor, end === ranges.length ? text.length : ranges[end - 1][1]), false);
    if (end < ranges.length) add("…", false);
    var tail = parts[parts.length - 1];
    if (tail && !tail.highlighted) tail.text = tail.text.replace(/ +$/, "");
    return parts;
  }

  /** Loads the index's meta data and document table. */
  site.openIndex = function (root) {
    return Promise.all([site.load(root, "meta", "data/meta.js"), site.load(root, "docs", "data/docs.js")])
      .then(function (loaded) { return new Index(root, loaded[0], loaded[1]); });
  };

  site.engine = {
    fold: fold, words: words, parseQuery: parseQuery, parseYears: parseYears, snippet: snippet,
    decodeNumbers: decodeNumbers, firstInOrder: firstInOrder, Index: Index,
  };
})(window);
