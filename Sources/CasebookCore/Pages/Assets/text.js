/* casebook's search in the browser, part 1 of 3 (text.js, engine.js, filters.js; loaded in that order): text as
   `casebook search` reads it. It mirrors the Swift code step by step:
   - folding and words: Sources/CasebookCore/Catalogue/TextFolding.swift and Search/SearchText.swift
   - the query's words (`partici*`): QueryWord.parse in Search/SearchText.swift
   - numbers in the data files: NumberText in Sources/CasebookCore/Site/SiteSearchData.swift
   - snippets: Search/Snippet.swift */
(function (global) {
  "use strict";

  var site = global.CasebookSite || (global.CasebookSite = {});

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

  site.text = {
    fold: fold, words: words, wordRanges: wordRanges, parseQuery: parseQuery, byCodePoint: byCodePoint,
    decodeNumbers: decodeNumbers, decodeLists: decodeLists, DIGIT_VALUE: DIGIT_VALUE, snippet: snippet,
  };
})(window);
