import CasebookGit
import CasebookYAML
import Dispatch
import Foundation
import CasebookText

/// The outcome of checking one file in the parallel phase of a validation.
struct CheckedFile: Sendable {
  var verdict: FileVerdict
  /// The record, when the file has one and records were asked for (boxed: a record is large inline, and
  /// most runs keep none, so an unboxed optional would make every result as large as a case study).
  var recordBox: RecordBox?
  var record: CatalogueRecord? { recordBox?.record }
  /// For a search index build: the file's case study or policy as the index keeps it, in place of the record
  /// (boxed like the record).
  var entryBox: IndexEntryBox?
  var entry: IndexEntry? { entryBox?.entry }
  /// True for a file checked now whose verdict belongs in the cache (not for one read from the cache, nor for
  /// one that could not be read, which is not cached). It is encoded when the cache is saved.
  var isNew = false
  /// For a file checked now with records asked for: its encoded document, for the cache.
  var newDocument: [UInt8]?
  /// True when the verdict came from the cache.
  var fromCache = false
  /// True when the findings were cut to the run's share of the diagnostics budget.
  var trimmedByRun = false
}

/// What a file's findings depend on besides the rules: its content, its kind and its country folder (and, for a
/// schema document, its path, which is its base URI).
struct DistinctContent: Hashable {
  let blob: ObjectID
  let kind: CatalogueFileKind
  let place: String?

  init(_ file: CataloguePath, _ entry: SnapshotEntry) {
    blob = entry.blobID
    kind = file.kind
    place = file.kind == .schemaDocument ? file.path : file.country
  }
}

extension CheckedFile {
  /// The result of a file with the same content, kind and country, moved to `file`: findings name `file`, the
  /// record gets `file`'s identity, and the result is cached under `file`'s path too.
  func relocated(from source: CataloguePath, to file: CataloguePath, caching: Bool) -> CheckedFile {
    var copy = self
    copy.verdict.diagnostics = verdict.diagnostics.map { diagnostic in
      var moved = diagnostic
      if moved.file == source.path { moved.file = file.path }
      return moved
    }
    copy.recordBox = record.map { RecordBox($0.relocated(to: file)) }
    copy.entryBox = entry.map { IndexEntryBox($0.relocated(to: file)) }
    copy.fromCache = false
    copy.isNew = caching && !trimmedByRun && (isNew || fromCache)
    return copy
  }

  /// Replaces a case study's or policy's record by its index entry, with words numbered in `terms`.
  mutating func index(in terms: TermTable?) {
    guard let terms, let record, let entry = IndexEntry(record, terms: terms) else { return }
    entryBox = IndexEntryBox(entry)
    recordBox = nil
  }

  /// Cuts the findings to the run's share (see ``CatalogueValidator/maxDiagnostics``). A result cut short
  /// depends on the size of the run, so it is not cached.
  mutating func trim(to limit: Int, file: CataloguePath) {
    let trimmed = FileCheck.capped(verdict.diagnostics, file: file.path, limit: limit)
    guard trimmed != verdict.diagnostics else { return }
    verdict.diagnostics = trimmed
    isNew = false
    newDocument = nil
    trimmedByRun = true
  }
}

/// A record on the heap.
final class RecordBox: Sendable {
  let record: CatalogueRecord
  init(_ record: CatalogueRecord) { self.record = record }
}

/// An index entry on the heap.
final class IndexEntryBox: Sendable {
  let entry: IndexEntry
  init(_ entry: IndexEntry) { self.entry = entry }
}

/// The caches one validation reads and extends: verdicts always, documents (to rebuild records) on request.
struct ValidationCaches: Sendable {
  static let verdictKind = "verdicts"
  static let documentKind = "documents"

  let verdicts: ResultCache
  let documents: ResultCache?
  /// False when documents are only read: a search index build keeps no documents to save.
  let savesDocuments: Bool

  init(snapshot: Snapshot, rules: RuleSet, records: Bool, savesDocuments: Bool = true) {
    verdicts = ResultCache(gitDirectory: snapshot.gitDirectory, kind: Self.verdictKind, rulesID: rules.id)
    documents = records
      ? ResultCache(gitDirectory: snapshot.gitDirectory, kind: Self.documentKind, rulesID: rules.id) : nil
    self.savesDocuments = records && savesDocuments
  }
}

extension CatalogueValidator {
  /// Checks files in parallel; results come back in the order of `files`. Files are handed out in small
  /// chunks as workers become free (each worker borrows a snapshot reader), each chunk's results are
  /// published at once, and files whose blob was checked before under the same rules come from the cache.
  ///
  /// Each file reports at most `maxDiagnostics / runSize` problems (and at most
  /// ``FileCheck/maxDiagnostics``); a file cut shorter than that by the run's budget is not cached, so the
  /// cache holds only results that do not depend on the size of the run.
  static func checkFiles(
    _ files: [(path: CataloguePath, entry: SnapshotEntry)], snapshot: Snapshot, rules: RuleSet,
    records: Bool, caches: ValidationCaches?, maxDiagnostics: Int = CatalogueValidator.maxDiagnostics,
    runSize: Int? = nil, indexing terms: TermTables? = nil
  ) throws(CatalogueError) -> [CheckedFile] {
    let runSize = max(files.count, runSize ?? 0)
    let (distinct, copyOf) = distinctContents(files)
    guard distinct.count < files.count else {
      return try checkInParallel(
        files, snapshot: snapshot, rules: rules, records: records, caches: caches, maxDiagnostics: maxDiagnostics,
        runSize: runSize, terms: terms)
    }
    let checked = try checkInParallel(
      distinct.map { files[$0] }, snapshot: snapshot, rules: rules, records: records, caches: caches,
      maxDiagnostics: maxDiagnostics, runSize: runSize, terms: terms)
    let table = terms?.take()
    defer { if let terms, let table { terms.put(table) } }
    let perFile = CatalogueValidator.problemsPerFile(runSize: runSize, maxDiagnostics: maxDiagnostics)
    var positionOf = [Int](repeating: -1, count: files.count)
    for (position, index) in distinct.enumerated() { positionOf[index] = position }
    return files.indices.map { index in
      let original = checked[positionOf[copyOf[index] < 0 ? index : copyOf[index]]]
      guard copyOf[index] >= 0 else { return original }
      let (file, entry) = files[index]
      let key = ResultCache.Key(blob: entry.blobID, path: file.path)
      let source = files[copyOf[index]]
      var result: CheckedFile
      if let cached = caches.flatMap({ cachedResult(file, key: key, records: records, caches: $0) }) {
        result = cached
        result.index(in: table)
      } else {
        result = original.relocated(from: source.path, to: file, caching: caches != nil)
        // A copy of a cached result stores the source's cached document under its own key too, so that the
        // next run finds it whole instead of rewriting the cache again.
        if result.isNew, original.fromCache, original.record != nil {
          result.newDocument = caches?.documents?
            .value(for: ResultCache.Key(blob: source.entry.blobID, path: source.path.path))
        }
      }
      result.trim(to: perFile, file: file)
      return result
    }
  }

  /// A file's findings depend on its content, its kind and its country folder, not on the rest of its path:
  /// files that agree on those are checked once (a hostile tree can name one blob thousands of times).
  /// Returns the positions of the first file of each distinct content, and for every other file the position
  /// of the file it repeats (-1 for the first ones). The lookup table lives only during this call, so it is
  /// not held while files are checked.
  private static func distinctContents(
    _ files: [(path: CataloguePath, entry: SnapshotEntry)]
  ) -> (distinct: [Int], copyOf: [Int]) {
    var firstWithContent: [DistinctContent: Int] = [:]
    firstWithContent.reserveCapacity(files.count)
    var distinct: [Int] = []
    distinct.reserveCapacity(files.count)
    var copyOf = [Int](repeating: -1, count: files.count)
    for (index, file) in files.enumerated() {
      let key = DistinctContent(file.path, file.entry)
      if let first = firstWithContent[key] {
        copyOf[index] = first
      } else {
        firstWithContent[key] = index
        distinct.append(index)
      }
    }
    return (distinct, copyOf)
  }

  private static func checkInParallel(
    _ files: [(path: CataloguePath, entry: SnapshotEntry)], snapshot: Snapshot, rules: RuleSet,
    records: Bool, caches: ValidationCaches?, maxDiagnostics: Int, runSize: Int, terms: TermTables?
  ) throws(CatalogueError) -> [CheckedFile] {
    guard !files.isEmpty else { return [] }
    let perFile = problemsPerFile(runSize: runSize, maxDiagnostics: maxDiagnostics)
    let workers = max(1, ProcessInfoCompat.activeProcessorCount)
    let chunkSize = min(64, max(4, files.count / (workers * 16)))
    let chunks = (files.count + chunkSize - 1) / chunkSize
    let readers = ReaderPool(snapshot: snapshot)
    // Results are made in reading order (`order[position]` is the file checked at `position`) and put back
    // into the order of `files` afterwards, in place.
    let order = snapshot.readOrder(count: files.count) { files[$0].entry.blobID }
    let progress = WorkProgress.current
    progress?.expect(files.count)
    // Workers fill the result array's own storage, so there is never a second copy of the results.
    var results = [CheckedFile](unsafeUninitializedCapacity: files.count) { buffer, initialized in
      let slots = ChunkedSlots(buffer, chunks: chunks)
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        guard let reader = readers.take() else { return }
        defer { readers.put(reader) }
        let table = terms?.take()
        defer { if let terms, let table { terms.put(table) } }
        let range = chunk * chunkSize..<min(files.count, (chunk + 1) * chunkSize)
        var checked: [CheckedFile] = []
        checked.reserveCapacity(range.count)
        for position in range {
          let (file, entry) = files[order?[position] ?? position]
          var result = checkOne(file, entry: entry, reader: reader, rules: rules, records: records, caches: caches)
          result.trim(to: perFile, file: file)
          result.index(in: table)
          checked.append(result)
        }
        slots.publish(checked, chunk: chunk, at: range.lowerBound)
        progress?.advance(range.count)
      }
      initialized = slots.finish(chunkSize: chunkSize)
    }
    if let error = readers.failure { throw error }
    if let order, order.count == results.count { putBack(&results, readOrder: order) }
    return results
  }

  /// Moves values made in reading order back to their files' order: `values[position]` belongs to file
  /// `readOrder[position]`, and `readOrder` is a permutation of the positions. Each swap puts one value where
  /// it belongs: linear time, and no second array of values.
  static func putBack<Value>(_ values: inout [Value], readOrder: [Int]) {
    var destination = readOrder
    for position in values.indices {
      while destination[position] != position {
        let target = destination[position]
        values.swapAt(position, target)
        destination.swapAt(position, target)
      }
    }
  }

  /// One file: from the cache when its blob was checked under these rules, otherwise read and checked.
  static func checkOne(
    _ file: CataloguePath, entry: SnapshotEntry, reader: SnapshotReader, rules: RuleSet, records: Bool,
    caches: ValidationCaches?
  ) -> CheckedFile {
    let key = ResultCache.Key(blob: entry.blobID, path: file.path)
    if let caches, let cached = cachedResult(file, key: key, records: records, caches: caches) { return cached }
    let checked: (report: FileReport, document: Node?)
    if file.kind == .schemaDocument, rules.usesCompiledSchema(at: file.path, blob: entry.blobID) {
      // The same bytes compiled under the same path when the rules were loaded: nothing to report.
      checked = (FileReport(diagnostics: []), nil)
    } else {
      do {
        checked = try reader.withBytes(of: entry, limit: rules.limits.maxBytes) { buffer in
          FileCheck.check(file, buffer: buffer, rules: rules)
        }
      } catch {
        return CheckedFile(verdict: FileVerdict(diagnostics: [readProblem(error, file: file)], facts: nil))
      }
    }
    let verdict = FileVerdict(diagnostics: checked.report.diagnostics, facts: checked.report.record.map(CrossFileFacts.init))
    var result = CheckedFile(verdict: verdict, recordBox: records ? checked.report.record.map(RecordBox.init) : nil)
    if let caches {
      result.isNew = true
      if caches.savesDocuments, let document = checked.document {
        var documentWriter = ByteWriter()
        documentWriter.node(document)
        result.newDocument = documentWriter.bytes
      }
    }
    return result
  }

  /// The cached result, or nil when anything needed is missing or does not decode.
  private static func cachedResult(
    _ file: CataloguePath, key: ResultCache.Key, records: Bool, caches: ValidationCaches
  ) -> CheckedFile? {
    guard let (verdictReader, end) = caches.verdicts.reader(for: key),
      case var reader = verdictReader, let verdict = try? reader.verdict(path: file.path), reader.offset == end
    else { return nil }
    var result = CheckedFile(verdict: verdict, fromCache: true)
    guard records, verdict.facts != nil else { return result }
    guard let (start, documentEnd) = caches.documents?.reader(for: key), case var documentReader = start,
      let document = try? documentReader.node(), documentReader.offset == documentEnd,
      let record = CatalogueRecord(file, document: document)
    else { return nil }
    result.recordBox = RecordBox(record)
    return result
  }

  private static func readProblem(_ error: ReadFailure, file: CataloguePath) -> Diagnostic {
    switch error {
    case .tooLarge(let size, let limit):
      Diagnostic(
        file: file.path, rule: "yaml.too-large",
        message: Message(CatalogueCheckText.tooLarge, .text(String(size)), .text(String(limit))))
    case .unreadable(let reason):
      Diagnostic(file: file.path, rule: "git.unreadable", message: Message(CatalogueCheckText.unreadable, .message(reason)))
    }
  }

  /// The most problems one file reports in a run over `runSize` catalogue files.
  static func problemsPerFile(runSize: Int, maxDiagnostics: Int = CatalogueValidator.maxDiagnostics) -> Int {
    min(FileCheck.maxDiagnostics, max(1, maxDiagnostics / max(1, runSize)))
  }

  /// Adds this run's new results to the caches; writes nothing when every result came from them. Earlier
  /// entries not used now are kept up to `runSize` (files whose results came from folder summaries count too).
  static func saveCaches(
    _ caches: ValidationCaches, files: [(path: CataloguePath, entry: SnapshotEntry)], results: [CheckedFile],
    runSize: Int? = nil
  ) -> Bool {
    guard results.contains(where: \.isNew) else { return false }
    var keys: [ResultCache.Key] = []
    var documentKeys: [ResultCache.Key] = []
    var documentFiles: [Int] = []
    keys.reserveCapacity(results.count)
    var positions: [Int] = []
    positions.reserveCapacity(results.count)
    for (position, (file, result)) in zip(files, results).enumerated() where result.fromCache || result.isNew {
      let key = ResultCache.Key(blob: file.entry.blobID, path: file.path.path)
      keys.append(key)
      positions.append(position)
      if caches.documents != nil, result.verdict.facts != nil {
        documentKeys.append(key)
        documentFiles.append(position)
      }
    }
    let keep = max(keys.count, runSize ?? 0)
    caches.verdicts.save(keys: keys, isNew: { results[positions[$0]].isNew }, keepingOlder: keep) { index, writer in
      writer.verdict(results[positions[index]].verdict, path: files[positions[index]].path.path)
    }
    if let cache = caches.documents, results.contains(where: { $0.newDocument != nil }) {
      cache.save(keys: documentKeys, isNew: { results[documentFiles[$0]].newDocument != nil }, keepingOlder: keep) {
        index, writer in
        writer.raw(results[documentFiles[index]].newDocument!)
      }
    }
    return true
  }
}

/// Snapshot readers lent to workers, one at a time each: a reader (and its repository) is used by one thread
/// at a time, and is reused by the next chunk instead of reopening the repository.
private final class ReaderPool: @unchecked Sendable {
  // Safe: `free` and `failure` are only touched under `lock`; a reader is used by one worker at a time.
  private let lock = NSLock()
  private let snapshot: Snapshot
  private var free: [SnapshotReader] = []
  private var error: CatalogueError?

  init(snapshot: Snapshot) { self.snapshot = snapshot }

  /// A reader, or nil when none can be opened (the error is kept in ``failure``).
  func take() -> SnapshotReader? {
    lock.lock()
    if let reader = free.popLast() {
      lock.unlock()
      return reader
    }
    let failed = error != nil
    lock.unlock()
    if failed { return nil }
    do throws(CatalogueError) {
      return try snapshot.makeReader()
    } catch {
      lock.lock()
      self.error = error
      lock.unlock()
      return nil
    }
  }

  func put(_ reader: SnapshotReader) {
    lock.lock()
    free.append(reader)
    lock.unlock()
  }

  var failure: CatalogueError? {
    lock.lock()
    defer { lock.unlock() }
    return error
  }
}
