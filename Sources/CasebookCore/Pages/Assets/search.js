/* casebook site: the search page's instant search and facets, over the index of engine.js. Every page works
   without this script; it only adds to them. Text from the catalogue is put into the page with textContent, never
   as HTML. The search state lives in the address (?q=…&category=…), so a search can be bookmarked and shared,
   and Back and Forward work. */
(function (global) {
  "use strict";

  var body = document.body;
  if (body.getAttribute("data-page") !== "search") return;

  var site = global.CasebookSite;
  var root = body.getAttribute("data-root") || "";
  var language = body.getAttribute("data-lang") || "nl";
  var element = site.page.element;
  var fill = site.page.fill;
  var formatNumber = site.page.formatNumber;

  var FACETS = ["kind", "catalogue", "category", "country", "municipality", "channel", "language", "tag"];
  var LIST_KEYS = FACETS.concat(["year"]);
  var PAGE = 10;
  var FACET_VALUES = 10;

  // MARK: The search page.

  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var area = document.getElementById("search-area");
  var status = document.getElementById("status");
  var notices = document.getElementById("notices");
  var list = document.getElementById("results");
  var more = document.getElementById("more");
  var facetsBox = document.getElementById("facets");
  var switcher = document.getElementById("language-switch");
  var switchBase = switcher ? switcher.getAttribute("href") : null;
  document.getElementById("no-script").hidden = true;
  area.hidden = false;

  var index = null;
  var words = {};
  var shown = PAGE;
  var expanded = {};
  var generation = 0;
  var typingTimer = null;

  function say(key, values) { return fill(words[key] || key, values || []); }

  /** The state in the address: q and lists of filter values. */
  function readState() {
    var params = new URLSearchParams(global.location.search);
    var state = { q: params.get("q") || "" };
    LIST_KEYS.forEach(function (key) { state[key] = params.getAll(key).filter(function (v) { return v !== ""; }); });
    return state;
  }

  function queryString(state) {
    var params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    LIST_KEYS.forEach(function (key) { (state[key] || []).forEach(function (value) { params.append(key, value); }); });
    var text = params.toString();
    return text ? "?" + text : "";
  }

  var current = readState();

  function go(state, push) {
    current = state;
    var address = global.location.pathname + queryString(state);
    try {
      if (push) global.history.pushState(null, "", address);
      else global.history.replaceState(null, "", address);
    } catch (error) {
      // Some browsers refuse history changes on file:// pages; the search still runs.
    }
    shown = PAGE;
    run();
  }

  function updateSwitch() {
    if (switcher && switchBase !== null) switcher.setAttribute("href", switchBase + queryString(current));
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(typingTimer);
    var state = Object.assign({}, current, { q: input.value });
    go(state, true);
  });

  input.addEventListener("input", function () {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () {
      go(Object.assign({}, current, { q: input.value }), false);
    }, 120);
  });

  global.addEventListener("popstate", function () {
    current = readState();
    input.value = current.q;
    shown = PAGE;
    run();
  });

  more.addEventListener("click", function () {
    shown += PAGE;
    run(true);
  });

  /** Searches for the current state and shows the results; only the newest run draws. */
  function run(keepFocus) {
    updateSwitch();
    if (!index) return;
    var mine = ++generation;
    var started = performance.now();
    var state = current;
    index.loadShards(site.engine.parseQuery(state.q)).then(function () {
      if (mine !== generation) return null;
      var result = index.search(state);
      var visible = index.ranked(result, shown);
      return index.texts(visible).then(function (texts) {
        if (mine !== generation) return;
        draw(state, result, visible, texts, keepFocus);
        site.lastSearch = { result: result, milliseconds: performance.now() - started };
        body.setAttribute("data-search-state", "ready");
      });
    }).catch(function () {
      status.textContent = say("site.search.load-failed");
    });
  }

  function labelOf(facet, value) {
    switch (facet) {
      case "kind": return say(value === "policy" ? "site.kind.policy" : "site.kind.case");
      case "category":
        var category = index.meta.taxonomy.filter(function (c) { return c.id === value; })[0];
        return category ? category[language] : value;
      case "municipality":
        if (!index.municipalityById) {
          index.municipalityById = Object.create(null);
          index.municipalities.forEach(function (m) { index.municipalityById[m.id] = m; });
        }
        var found = index.municipalityById[value];
        return found ? found.name : value;
      case "language": return value === "nl" ? "Nederlands" : value === "en" ? "English" : value;
      case "catalogue": return value === "local" ? say("site.catalogue.local") : value;
      default: return value;
    }
  }

  function facetTitle(facet) {
    return say({
      kind: "site.field.kind", category: "site.field.category", country: "site.field.country",
      municipality: "site.field.municipality", channel: "site.field.channel", language: "site.field.language",
      tag: "site.field.tag", catalogue: "site.field.catalogue",
    }[facet]);
  }

  /** True when the typed value (from the address) names the facet value. */
  function names(facet, typed, value) {
    var wanted = site.engine.fold(typed.trim());
    if (facet === "category") return index.categoryLookup[wanted] === value;
    if (facet === "municipality") {
      var m = index.municipalities.filter(function (x) { return x.id === value; })[0];
      return !!m && (m.id === wanted || m.id.split("/").pop() === wanted || site.engine.fold(m.name) === wanted);
    }
    return wanted === site.engine.fold(value);
  }

  function isSelected(facet, value) {
    return (current[facet] || []).some(function (typed) { return names(facet, typed, value); });
  }

  function toggle(facet, value, on) {
    var state = Object.assign({}, current);
    var values = (state[facet] || []).filter(function (typed) { return !names(facet, typed, value); });
    if (on) values.push(value);
    state[facet] = values;
    go(state, true);
  }

  // A checkbox of a facet value: one listener for them all.
  facetsBox.addEventListener("change", function (event) {
    var box = event.target;
    if (box.type === "checkbox" && box.hasAttribute("data-facet")) {
      toggle(box.getAttribute("data-facet"), box.getAttribute("data-value"), box.checked);
    }
  });

  var facetBoxes = {};
  var clearBox = null;
  var lastResult = null;

  function setIfChanged(node, name, value) {
    if (node.getAttribute(name) !== value) node.setAttribute(name, value);
  }

  function setText(node, text) {
    if (node.textContent !== text) node.textContent = text;
  }

  /** A facet's fieldset, list and "show all" button: made once, then updated in place by each search. */
  function facetParts(facet) {
    var parts = facetBoxes[facet];
    if (parts) return parts;
    var list = element("ul");
    var more = element("button", { type: "button", class: "secondary", id: "more-" + facet });
    parts = facetBoxes[facet] = {
      list: list, more: more, limit: FACET_VALUES,
      set: element("fieldset", { id: "facet-" + facet }, [element("legend", { text: facetTitle(facet) }), list]),
    };
    more.addEventListener("click", function () {
      var limit = parts.limit;
      expanded[facet] = true;
      drawFacets(lastResult);
      var next = document.getElementById("f-" + facet + "-" + limit);
      if (next) next.focus();
    });
    return parts;
  }

  function drawFacets(result) {
    var focused = document.activeElement && document.activeElement.id;
    var wanted = [];
    lastResult = result;
    var anyFilter = LIST_KEYS.some(function (key) { return (current[key] || []).length; });
    if (anyFilter) {
      if (!clearBox) {
        var clear = element("button", { type: "button", class: "secondary", id: "clear-filters", text: say("site.search.clear-filters") });
        clear.addEventListener("click", function () { go({ q: current.q }, true); });
        clearBox = element("p", {}, [clear]);
      }
      wanted.push(clearBox);
    }
    var taxonomyOrder = Object.create(null);
    index.taxonomyIds.forEach(function (id, position) { taxonomyOrder[id] = position; });
    FACETS.forEach(function (facet) {
      var counts = index.facetCounts(result, facet);
      var values = Object.keys(counts);
      var typedValues = current[facet] || [];
      // A chosen value stays listed (with 0) when the other filters leave nothing with it.
      typedValues.forEach(function (typed) {
        if (!values.some(function (value) { return names(facet, typed, value); })) {
          var value = facet === "category" ? index.categoryLookup[site.engine.fold(typed.trim())] || typed : typed;
          counts[value] = 0;
          values.push(value);
        }
      });
      if (!values.length) return;
      var order = facet === "category"
        ? function (a, b) { return (a in taxonomyOrder ? taxonomyOrder[a] : -1) - (b in taxonomyOrder ? taxonomyOrder[b] : -1); }
        : function (a, b) { return counts[b] !== counts[a] ? counts[b] - counts[a] : (a < b ? -1 : a > b ? 1 : 0); };
      var limit = expanded[facet] ? values.length : FACET_VALUES;
      // What is listed: the first `limit` values and every chosen one, each with its place in the full order.
      var listed;
      if (limit >= values.length) {
        values.sort(order);
        listed = values.map(function (value, position) { return [value, position]; });
      } else {
        listed = site.engine.firstInOrder(values, order, limit).map(function (value, position) { return [value, position]; });
        var chosen = typedValues.length ? values.filter(function (value) {
          return isSelected(facet, value) && listed.every(function (entry) { return entry[0] !== value; });
        }) : [];
        chosen.sort(order).forEach(function (value) {
          listed.push([value, values.filter(function (other) { return order(other, value) < 0; }).length]);
        });
      }
      var parts = facetParts(facet);
      var items = parts.list.children;
      var shownCount = 0;
      listed.forEach(function (entry) {
        var value = entry[0];
        var selected = typedValues.length > 0 && isSelected(facet, value);
        if (entry[1] >= limit && !selected) return;
        var id = "f-" + facet + "-" + entry[1];
        var item = items[shownCount++];
        if (!item) {
          var box = element("input", { type: "checkbox", id: id, "data-facet": facet, "data-value": value });
          item = element("li", {}, [box, element("label", { for: id }), element("span", { class: "count" })]);
          parts.list.appendChild(item);
        }
        var cells = item.children;
        setIfChanged(cells[0], "id", id);
        setIfChanged(cells[0], "data-value", value);
        cells[0].checked = selected;
        setIfChanged(cells[1], "for", id);
        setText(cells[1], labelOf(facet, value));
        setText(cells[2], formatNumber(counts[value]));
      });
      while (items.length > shownCount) parts.list.removeChild(parts.list.lastChild);
      parts.limit = limit;
      if (values.length > limit) {
        if (!parts.more.parentNode) parts.set.appendChild(parts.more);
        setText(parts.more, say("site.search.show-more-values", [values.length]));
      } else if (parts.more.parentNode) {
        parts.set.removeChild(parts.more);
      }
      wanted.push(parts.set);
    });
    wanted.push(yearBox(result));
    // The facets already on the page stay (and keep focus); only the year box is new.
    var children = facetsBox.children;
    var same = children.length === wanted.length;
    for (var i = 0; same && i < wanted.length - 1; i++) same = children[i] === wanted[i];
    if (same) {
      facetsBox.replaceChild(wanted[wanted.length - 1], children[children.length - 1]);
    } else {
      facetsBox.textContent = "";
      wanted.forEach(function (node) { facetsBox.appendChild(node); });
    }
    if (focused) {
      var again = document.getElementById(focused);
      if (again) again.focus();
    }
  }

  function yearBox(result) {
    var counts = index.facetCounts(result, "year");
    var known = Object.keys(counts).map(Number).sort();
    var range = current.year && current.year.length ? site.engine.parseYears(current.year[0]) : null;
    var from = element("input", { type: "number", id: "year-from", inputmode: "numeric", min: "0", max: "9999" });
    var to = element("input", { type: "number", id: "year-to", inputmode: "numeric", min: "0", max: "9999" });
    if (range) {
      if (range.first > 0) from.value = range.first;
      if (range.last < 9999) to.value = range.last;
    }
    if (known.length) {
      from.setAttribute("placeholder", known[0]);
      to.setAttribute("placeholder", known[known.length - 1]);
    }
    var apply = element("button", { type: "button", class: "secondary", id: "year-apply", text: say("site.search.apply-years") });
    apply.addEventListener("click", function () {
      var state = Object.assign({}, current);
      var first = from.value.trim();
      var last = to.value.trim();
      state.year = first || last ? [first === last ? first : first + ".." + last] : [];
      go(state, true);
    });
    return element("fieldset", { id: "facet-year" }, [
      element("legend", { text: say("site.field.year") }),
      element("div", { class: "years" }, [
        element("div", {}, [element("label", { for: "year-from", text: say("site.search.year-from") }), from]),
        element("div", {}, [element("label", { for: "year-to", text: say("site.search.year-to") }), to]),
        apply,
      ]),
    ]);
  }

  function pageOf(id, kind, municipality) {
    // A policy is on its municipality's page; a peer's municipality that another catalogue holds too
    // (be/vlaanderen:gent) has its page under the catalogue's name (SitePaths.municipality).
    if (kind === 1) return "municipalities/" + municipality.replace(/^([a-z]+)\/([a-z0-9-]+):/, "$2/$1/") + ".html#policy";
    // A qualified id (vlaanderen:be/gent/…) has its page under the catalogue's name (SitePaths.caseStudy).
    return "cases/" + id.replace(":", "/") + ".html";
  }

  function draw(state, result, visible, texts, keepFocus) {
    notices.textContent = "";
    result.filters.notes.forEach(function (note) {
      var key = note[0] === "unknown-category" ? "site.search.unknown-category" : "site.search.bad-year";
      notices.appendChild(element("p", { class: "notice", text: say(key, [note[1]]) }));
    });
    var total = result.matches.length;
    var line = total === 1 ? say("site.search.result-count-one") : say("site.search.result-count", [total]);
    if (total > visible.length) line += " (" + say("site.search.results-shown", [visible.length]) + ")";
    status.textContent = total ? line : say("site.search.no-results");
    if (!total) notices.appendChild(dropHint(result));
    var firstNew = list.children.length;
    list.textContent = "";
    visible.forEach(function (n) {
      var text = texts[n];
      var id = text[0];
      var kind = index.kinds[n];
      var municipality = index.municipalities[index.municipalityOf[n]];
      var recordLanguage = index.languageValues[index.languageOf[n]];
      var link = element("a", { href: pageOf(id, kind, municipality.id), lang: recordLanguage, text: text[1] });
      var facts = [say(kind === 1 ? "site.kind.policy" : "site.kind.case"), municipality.name + " (" + municipality.country + ")"];
      if (index.years[n]) facts.push(String(index.years[n]));
      if (index.catalogueOf) facts.push(labelOf("catalogue", index.catalogueValues[index.catalogueOf[n]]));
      var categories = index.categories[n].map(function (v) { return labelOf("category", index.taxonomyIds[v]); });
      if (categories.length) facts.push(categories.join(", "));
      var snippet = element("p", { class: "snippet", lang: recordLanguage });
      site.engine.snippet(text[2], result.words).forEach(function (part) {
        snippet.appendChild(part.highlighted ? element("mark", { text: part.text }) : document.createTextNode(part.text));
      });
      list.appendChild(element("li", { "data-id": id }, [
        element("h3", {}, [link]), element("p", { class: "result-meta", text: facts.join(" · ") }), snippet,
      ]));
    });
    more.hidden = total <= visible.length;
    drawFacets(result);
    if (keepFocus && list.children[firstNew]) list.children[firstNew].querySelector("a").focus();
  }

  /** Which single filter, dropped, gives results. */
  function dropHint(result) {
    var best = null;
    var names = FACETS.concat(["year", "words"]);
    names.forEach(function (name) {
      var active = name === "words" ? result.words.length : (current[name] || []).length;
      if (!active) return;
      var count = index.countWithout(result, site.BITS[name]);
      if (count > 0 && (!best || count > best.count)) best = { name: name, count: count };
    });
    if (!best) return null;
    var label = best.name === "words" ? "“" + current.q + "”" : say("site.field." + best.name);
    var button = element("button", { type: "button", class: "secondary", text: say("site.search.drop-filter", [label, best.count]) });
    button.addEventListener("click", function () {
      var state = Object.assign({}, current);
      if (best.name === "words") state.q = ""; else state[best.name] = [];
      input.value = state.q;
      go(state, true);
    });
    return element("p", {}, [button]);
  }

  /** The ids of every result of the last search, in order (for tests and tools). */
  site.resultIds = function () {
    var result = site.lastSearch && site.lastSearch.result;
    var numbers = result ? index.ranked(result, result.matches.length) : [];
    return index.texts(numbers).then(function (texts) { return numbers.map(function (n) { return texts[n][0]; }); });
  };

  input.value = current.q;
  status.textContent = "";
  var loadingTimer = setTimeout(function () { status.textContent = say("site.search.loading"); }, 300);
  Promise.all([
    site.load(root, "words-" + language, "data/words-" + language + ".js"),
    site.openIndex(root),
  ]).then(function (loaded) {
    clearTimeout(loadingTimer);
    words = loaded[0];
    index = loaded[1];
    run();
  }).catch(function () {
    clearTimeout(loadingTimer);
    status.textContent = words["site.search.load-failed"] || "The search index could not be loaded.";
  });
})(window);
