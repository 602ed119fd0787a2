import CasebookYAML
import Foundation

/// What the search index keeps of one valid case study or policy. It is made on the worker that checked the
/// file — the text folded, split into words and the words numbered there — so that building an index holds
/// neither the records nor their documents, and the single-threaded part of the build only adds numbers.
struct IndexEntry: Sendable {
  var kind: RecordKind
  /// `cc/municipality/slug`, and the country and municipality folders it is made of.
  var id: String
  var country: String
  var municipality: String
  /// The ``TermTable`` whose numbers ``body`` uses.
  var table: Int
  /// Year, language, categories, channels, tags, title, snippet, the number of words per field, then each
  /// distinct `term << 3 | field` (as a gap from the previous one) with its count, in ascending order.
  var body: [UInt8]

  /// The entry of a case study or policy; nil for a municipality profile.
  init?(_ record: CatalogueRecord, terms: TermTable) {
    switch record {
    case .municipality: return nil
    case .caseStudy(let study):
      self.init(
        kind: .caseStudy, id: study.id, country: study.country, municipality: study.municipality,
        year: study.year, language: study.language, categories: study.categories, channels: study.channels,
        tags: study.tags, title: study.title, snippet: study.summary,
        fields: [
          study.title, study.summary, study.outcomes.joined(separator: "\n"),
          study.lessons.joined(separator: "\n"), study.tags.joined(separator: " "),
        ],
        terms: terms)
    case .policy(let policy):
      let summary = policy.document["summary"]?.string ?? ""
      let goals = policy.document["goals"]?.strings ?? []
      var descriptions: [String] = []
      Self.collectDescriptions(policy.document, into: &descriptions)
      self.init(
        kind: .policy, id: policy.id, country: policy.country, municipality: policy.municipality,
        year: policy.adopted.flatMap { Int($0.prefix(4)) } ?? 0, language: policy.language,
        categories: policy.categories, channels: policy.document["channels"]?.strings ?? [], tags: [],
        title: policy.title, snippet: summary.isEmpty ? goals.first ?? "" : summary,
        fields: [policy.title, summary, goals.joined(separator: "\n"), descriptions.joined(separator: "\n"), ""],
        terms: terms)
    }
  }

  private init(
    kind: RecordKind, id: String, country: String, municipality: String, year: Int, language: String,
    categories: [String], channels: [String], tags: [String], title: String, snippet: String, fields: [String],
    terms: TermTable
  ) {
    self.kind = kind
    self.id = id
    self.country = country
    self.municipality = municipality
    table = terms.number
    var writer = ByteWriter()
    writer.leb128(Int(UInt32(bitPattern: Int32(clamping: year))))
    writer.shortString(language)
    for list in [categories, channels, tags] {
      writer.leb128(list.count)
      for value in list { writer.shortString(value) }
    }
    writer.shortString(title)
    writer.shortString(snippet)
    // `term << 3 | field` for every word, as the index counts them.
    var keys = terms.takeScratch()
    for (field, text) in fields.enumerated() {
      var length = 0
      SearchText.forEachWord(in: TextFolding.fold(text)) { word in
        keys.append(UInt64(terms.number(of: word)) << 3 | UInt64(field))
        length += 1
      }
      writer.leb128(length)
    }
    keys.sort()
    var distinct = 0
    for position in keys.indices where position == 0 || keys[position] != keys[position - 1] { distinct += 1 }
    writer.leb128(distinct)
    var position = 0
    var previous: UInt64 = 0
    while position < keys.count {
      let key = keys[position]
      var count = 0
      while position < keys.count, keys[position] == key {
        count += 1
        position += 1
      }
      writer.leb128(Int(key - previous))
      writer.leb128(count)
      previous = key
    }
    terms.returnScratch(keys)
    body = writer.bytes
  }

  /// Every `description` text anywhere in a policy: the prose of each section.
  private static func collectDescriptions(_ node: Node, into texts: inout [String]) {
    var stack = [node]
    while let next = stack.popLast() {
      switch next.value {
      case .mapping(let entries):
        for entry in entries.reversed() {
          if entry.key == "description", let text = entry.value.string { texts.append(text) }
          stack.append(entry.value)
        }
      case .sequence(let items): stack.append(contentsOf: items.reversed())
      default: break
      }
    }
  }

  /// The same entry for a file with the same content at `file` (see ``CatalogueRecord/relocated(to:)``).
  func relocated(to file: CataloguePath) -> IndexEntry {
    var copy = self
    copy.id = file.recordID ?? file.path
    copy.country = file.country ?? ""
    copy.municipality = file.municipality ?? ""
    return copy
  }

  /// The fields of ``body``, read back in order.
  struct Content {
    var year: Int32
    var language: String
    var lists: [[String]]
    var title: String
    var snippet: String
    /// The number of words in each field, as the index's length normalisation counts them.
    var fieldLengths: [Float]
    var occurrences: Occurrences
  }

  /// Where the (term, field, count) triples start in ``body``, and how many there are.
  struct Occurrences {
    var start: UInt32
    var count: UInt32
  }

  /// Reads the fields before the occurrences.
  func content() -> Content {
    var reader = EntryReader(bytes: body)
    let year = Int32(bitPattern: UInt32(truncatingIfNeeded: reader.number()))
    let language = reader.string()
    var lists: [[String]] = []
    for _ in 0..<3 { lists.append((0..<reader.number()).map { _ in reader.string() }) }
    let title = reader.string()
    let snippet = reader.string()
    // A length is summed one word at a time in a Float, which stops growing at 2^24.
    let lengths = (0..<SearchIndex.fieldWeights.count).map { _ in Float(min(reader.number(), 1 << 24)) }
    let count = reader.number()
    return Content(
      year: year, language: language, lists: lists, title: title, snippet: snippet, fieldLengths: lengths,
      occurrences: Occurrences(start: UInt32(reader.offset), count: UInt32(count)))
  }

  /// Calls `body` with each distinct (term, field) of the entry and how often the word occurs in the field,
  /// ordered by term number, then field.
  func forEachOccurrence(_ occurrences: Occurrences, _ visit: (_ term: Int, _ field: Int, _ count: Int) -> Void) {
    var reader = EntryReader(bytes: body, offset: Int(occurrences.start))
    var key = 0
    for _ in 0..<occurrences.count {
      key += reader.number()
      visit(key >> 3, key & 7, reader.number())
    }
  }
}

extension ByteWriter {
  /// A LEB128 length, then the text's UTF-8 (an index entry's strings).
  fileprivate mutating func shortString(_ text: String) {
    leb128(text.utf8.count)
    bytes.append(contentsOf: text.utf8)
  }
}

/// Reads an entry's body (in memory, within one run: never damaged).
private struct EntryReader {
  let bytes: [UInt8]
  var offset = 0

  mutating func number() -> Int {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let byte = bytes[offset]
      offset += 1
      value |= UInt64(byte & 0x7f) << shift
      if byte < 0x80 { return Int(value) }
      shift += 7
    }
  }

  mutating func string() -> String {
    let count = number()
    defer { offset += count }
    return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
  }
}

/// Words numbered in the order they are first met, by one worker at a time.
final class TermTable: @unchecked Sendable {
  // Safe: a table is used by one thread at a time (lent out by ``TermTables``), and read only after every
  // worker joined.
  /// The table's place in its ``TermTables``.
  let number: Int
  private var numbers: [String: UInt32] = [:]
  /// The words, by number.
  private(set) var words: [String] = []
  private var scratch: [UInt64] = []

  init(number: Int) { self.number = number }

  func number(of word: String) -> UInt32 {
    if let known = numbers[word] { return known }
    let next = UInt32(words.count)
    words.append(word)
    numbers[word] = next
    return next
  }

  /// A reused buffer for one entry's occurrences.
  fileprivate func takeScratch() -> [UInt64] {
    var buffer = scratch
    scratch = []
    buffer.removeAll(keepingCapacity: true)
    return buffer
  }

  fileprivate func returnScratch(_ buffer: [UInt64]) { scratch = buffer }
}

/// The term tables of one index build: each worker borrows one at a time, so words are numbered without a
/// shared lock per word; the tables are merged when the index is finished.
final class TermTables: @unchecked Sendable {
  // Safe: `all` and `free` are only touched under `lock`.
  private let lock = NSLock()
  private var all: [TermTable] = []
  private var free: [TermTable] = []

  init() {}

  /// A table no other thread uses until it is put back.
  func take() -> TermTable {
    lock.lock()
    defer { lock.unlock() }
    if let table = free.popLast() { return table }
    let table = TermTable(number: all.count)
    all.append(table)
    return table
  }

  func put(_ table: TermTable) {
    lock.lock()
    free.append(table)
    lock.unlock()
  }

  /// Every table, by number (once no worker uses them).
  var tables: [TermTable] {
    lock.lock()
    defer { lock.unlock() }
    return all
  }
}
