/* casebook's search in the browser, part 3 of 3 (text.js, engine.js, filters.js; loaded in that order): the
   filters of a search (ResolvedFilters in Sources/CasebookCore/Search/SearchQuery.swift) and the facet counts,
   as methods of the index of engine.js. */
(function (global) {
  "use strict";

  var site = global.CasebookSite;
  var Index = site.engine.Index;
  var BITS = site.BITS;
  var fold = site.text.fold;

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
  site.engine.parseYears = parseYears;
})(window);
