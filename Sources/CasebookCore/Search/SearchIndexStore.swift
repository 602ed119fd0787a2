import CasebookGit
import CasebookYAML

/// Whether a search index came from the cache.
public enum SearchIndexSource: Sendable, Hashable {
  /// The cached index matched the snapshot and was used as it was.
  case cache
  /// The index was built from the catalogue (no cache yet, the catalogue or rules changed, or the cache file
  /// was damaged or of another format version) and saved for next time.
  case built
}

/// A search index together with where it came from.
public struct LoadedSearchIndex: Sendable {
  /// The index.
  public let index: SearchIndex
  /// Whether it was read from the cache or built.
  public let source: SearchIndexSource
  /// The content key it was found or saved under.
  let key: String
  /// True when a working tree's index was found by the files' stat data (``WorkingTreeKeys``).
  var foundByFingerprint = false
}

extension SearchIndex {
  /// Version of the cache file's layout; bump it whenever the encoding or the index's content changes.
  public static let formatVersion: UInt32 = 1
  /// The start of the cache files' names under `<git dir>/casebook/cache/`: `search-index-<key>`.
  public static let cacheName = "search-index"

  /// The index of `snapshot`: read from the cache file when its key matches — which takes no YAML parsing and
  /// no validation — or else built from ``Catalogue/load(_:limits:)`` and saved. The key covers the path,
  /// mode and blob id of every catalogue and schema file, the rule code version, the YAML limits and the
  /// format version, so any change to content or rules makes a new index. Two processes may do this at once:
  /// each writes a complete file and renames it into place.
  public static func load(
    _ snapshot: Snapshot, limits: YAMLLimits = YAMLLimits(), useCache: Bool = true
  ) throws(CatalogueError) -> LoadedSearchIndex {
    try load(
      key: cacheKey(snapshot, limits: limits), gitDirectory: snapshot.gitDirectory, useCache: useCache,
      snapshot: { () throws(CatalogueError) in snapshot }, limits: limits)
  }

  /// The index of the catalogue at `revision`. The cache is looked up by the tree ids of `cases/` and
  /// `schema/`, which name their whole content, so a current index is found without listing a single file;
  /// only when it is not current is the revision's snapshot taken and the index built.
  static func load(
    _ workspace: Workspace, revision: String, limits: YAMLLimits, useCache: Bool
  ) throws(CatalogueError) -> LoadedSearchIndex {
    try load(workspace, commit: try workspace.resolve(revision), named: revision, limits: limits, useCache: useCache)
  }

  /// The index of the catalogue at `commit`; `snapshot`, when given, is that commit's snapshot (taken already).
  /// With `peer`, the commit is that peer catalogue's: its index is kept apart from the local ones (the two
  /// most recent per peer, `peer.<name>.index-<key>`) and built with ``Catalogue/load(_:limits:requiringSchemas:)``
  /// requiring schemas, so a peer's file is never kept after only a partial check.
  static func load(
    _ workspace: Workspace, commit: ObjectID, named revision: String, limits: YAMLLimits, useCache: Bool,
    snapshot taken: Snapshot? = nil, peer: String? = nil
  ) throws(CatalogueError) -> LoadedSearchIndex {
    let slot = peer.map { CacheSlot(prefix: "peer.\($0).index", kept: 2, requiringSchemas: true) } ?? .local
    return try load(
      key: try cacheKey(workspace, commit: commit, limits: limits, peer: peer != nil), gitDirectory: workspace.gitDirectory,
      useCache: useCache,
      snapshot: { () throws(CatalogueError) in
        if let taken { return taken }
        return try workspace.snapshot(ofCommit: commit, named: revision)
      },
      limits: limits, slot: slot)
  }

  /// Where an index is kept, how many of its kind, and how its catalogue is read.
  struct CacheSlot {
    var prefix: String
    var kept: Int
    var requiringSchemas: Bool
    static let local = CacheSlot(prefix: SearchIndex.cacheName, kept: SearchIndex.keptIndexes, requiringSchemas: false)
  }

  private static func load(
    key: String, gitDirectory: String, useCache: Bool, snapshot: () throws(CatalogueError) -> Snapshot,
    limits: YAMLLimits, slot: CacheSlot = .local
  ) throws(CatalogueError) -> LoadedSearchIndex {
    if useCache, let index = cached(key: key, gitDirectory: gitDirectory, prefix: slot.prefix) {
      return LoadedSearchIndex(index: index, source: .cache, key: key)
    }
    let index = try build(try snapshot(), limits: limits, requiringSchemas: slot.requiringSchemas)
    if useCache {
      let file = CacheFile(gitDirectory: gitDirectory, name: cacheName(key: key, prefix: slot.prefix))
      file.save(version: formatVersion) { stream in index.encode(into: &stream, key: key) }
      file.removeOlderSiblings(named: slot.prefix, keeping: slot.kept)
    }
    return LoadedSearchIndex(index: index, source: .built, key: key)
  }

  /// Indexes kept in the cache: enough for the working tree and a revision or two used alongside it (each
  /// is about 0.9 kB per record), so that switching between them does not rebuild either.
  static let keptIndexes = 3

  /// The cache file of the index with `key`: each key has its own, so that indexes of different snapshots
  /// do not replace each other.
  static func cacheName(key: String, prefix: String = SearchIndex.cacheName) -> String { "\(prefix)-\(key.prefix(16))" }

  /// The index of the working tree. With the cache, the fingerprint of the files' stat data is looked up
  /// first (``WorkingTreeKeys``): when the working tree looks as it did when an index was built, that index
  /// is used without taking a snapshot (no blob id is looked up or computed). Otherwise the snapshot is
  /// taken and the index found by its content key or built, and the fingerprint is remembered for that key
  /// if it is settled and still the same afterwards (nothing changed while the files were read).
  /// `early` is a fingerprint started before the repository was open, used when it was taken of this working
  /// tree. `now` is the current time and `beforeSnapshot` runs between the fingerprint and the snapshot (both
  /// for tests).
  static func load(
    workingTreeOf workspace: Workspace, limits: YAMLLimits, useCache: Bool,
    now: Int64 = WorkingTreeFingerprint.currentTime(), early: EarlyFingerprint? = nil,
    beforeSnapshot: () -> Void = {}
  ) throws(CatalogueError) -> LoadedSearchIndex {
    let keys = WorkingTreeKeys(gitDirectory: workspace.gitDirectory)
    let context = keyPreamble(limits)
    var fingerprint: WorkingTreeFingerprint?
    if useCache {
      fingerprint =
        early?.fingerprint(
          root: workspace.workingDirectory ?? "", context: context, maxFiles: workspace.maxFiles,
          gitDirectory: workspace.gitDirectory)
        ?? workspace.workingTreeFingerprint(context: context, now: now)
    }
    if let fingerprint, fingerprint.isSettled, let key = keys.key(for: fingerprint.digest),
      let index = cached(key: key, gitDirectory: workspace.gitDirectory)
    {
      return LoadedSearchIndex(index: index, source: .cache, key: key, foundByFingerprint: true)
    }
    beforeSnapshot()
    let loaded = try load(try workspace.workingTreeSnapshot(), limits: limits, useCache: useCache)
    if let fingerprint, fingerprint.isSettled,
      workspace.workingTreeFingerprint(context: context, now: now) == fingerprint
    {
      keys.remember(loaded.key, for: fingerprint.digest)
    }
    return loaded
  }

  /// The cached index with `key`, or nil when there is none or it is damaged.
  private static func cached(key: String, gitDirectory: String, prefix: String = SearchIndex.cacheName) -> SearchIndex? {
    let file = CacheFile(gitDirectory: gitDirectory, name: cacheName(key: key, prefix: prefix))
    guard let payload = file.map(version: formatVersion) else { return nil }
    var reader = ByteReader(payload)
    guard let index = try? decode(&reader, expectedKey: key) else { return nil }
    file.markUsed()
    return index
  }

  /// Identifies everything the index depends on.
  static func cacheKey(_ snapshot: Snapshot, limits: YAMLLimits) -> String {
    var bytes = Array(keyPreamble(limits).utf8)
    bytes.reserveCapacity(bytes.count + snapshot.entries.count * 96)
    for entry in snapshot.entries {
      bytes.append(contentsOf: entry.path.utf8)
      bytes.append(0)
      withUnsafeBytes(of: entry.mode.rawMode.littleEndian) { bytes.append(contentsOf: $0) }
      bytes.append(contentsOf: entry.blobID.bytes)
    }
    return ObjectID.blob(hashing: bytes).hex
  }

  /// The key of a commit's index: the tree ids of its `cases/` and `schema/` folders stand for every path,
  /// mode and blob below them.
  static func cacheKey(
    _ workspace: Workspace, commit: ObjectID, limits: YAMLLimits, peer: Bool = false
  ) throws(CatalogueError) -> String {
    var text = keyPreamble(limits) + (peer ? "peer\n" : "") + "trees\n"
    for folder in [CatalogueLayout.casesFolder, CatalogueLayout.schemaFolder] {
      text += "\(folder) \(try workspace.treeID(of: folder, commit: commit)?.hex ?? "-")\n"
    }
    return ObjectID.blob(hashing: Array(text.utf8)).hex
  }

  static func keyPreamble(_ limits: YAMLLimits) -> String {
    "casebook-search-\(formatVersion)\n\(RuleSet.codeVersion)\n\(BuildIdentity.current)\n\(limits)\n"
  }

  /// Writes the index as ``decode(_:expectedKey:)`` reads it; its large arrays go to the file as they are,
  /// never copied into one buffer.
  func encode(into stream: inout CacheStream, key: String) {
    var writer = stream.writer
    stream.writer = ByteWriter()
    writer.string(key)
    writer.int(taxonomy.categories.count)
    for category in taxonomy.categories {
      writer.string(category.id)
      for texts in [category.labels, category.descriptions] {
        let languages = texts.keys.sorted()
        writer.strings(languages)
        writer.strings(languages.map { texts[$0]! })
      }
      writer.strings(category.aliases)
    }
    writer.strings(invalidFiles)
    writer.int(municipalities.count)
    for municipality in municipalities {
      writer.string(municipality.id)
      writer.string(municipality.name)
      writer.string(municipality.country)
      writer.bool(municipality.hasProfile)
    }
    writer.strings(values)
    stream.writer = writer
    stream.byteArray(kinds)
    stream.uint32Array(years.map { UInt32(bitPattern: $0) })
    stream.uint32Array(municipalityOf)
    stream.uint32Array(languageOf)
    for lists in [categories, channels, tags] {
      stream.uint32Array(lists.offsets)
      stream.uint32Array(lists.values)
    }
    for strings in [texts, terms] {
      stream.byteArray(strings.bytes)
      stream.uint32Array(strings.offsets)
    }
    stream.uint32Array(postingOffsets)
    stream.byteArray(postings)
  }

  /// Reads an index written by ``encode(into:key:)``; throws when the key differs or anything is inconsistent,
  /// so that a damaged or stale file is rebuilt rather than trusted.
  static func decode(_ reader: inout ByteReader, expectedKey: String) throws(CorruptCache) -> SearchIndex {
    guard try reader.string() == expectedKey else { throw CorruptCache() }
    let categoryCount = try reader.int()
    guard categoryCount >= 0, categoryCount < 10_000 else { throw CorruptCache() }
    var categories: [UseCategory] = []
    for _ in 0..<categoryCount {
      let id = try reader.string()
      var texts: [[String: String]] = []
      for _ in 0..<2 {
        let languages = try reader.strings()
        let values = try reader.strings()
        guard languages.count == values.count else { throw CorruptCache() }
        texts.append(Dictionary(zip(languages, values)) { first, _ in first })
      }
      categories.append(
        UseCategory(id: id, labels: texts[0], descriptions: texts[1], aliases: try reader.strings()))
    }
    let invalidFiles = try reader.strings()
    let municipalityCount = try reader.int()
    guard municipalityCount >= 0, municipalityCount <= reader.remaining else { throw CorruptCache() }
    var municipalities: [IndexedMunicipality] = []
    municipalities.reserveCapacity(municipalityCount)
    for _ in 0..<municipalityCount {
      municipalities.append(
        IndexedMunicipality(
          id: try reader.string(), name: try reader.string(), country: try reader.string(),
          hasProfile: try reader.bool()))
    }
    let values = try reader.strings()
    let kinds = try reader.byteSlice().array
    let count = kinds.count
    let years = try reader.int32Array()
    let municipalityOf = try reader.uint32Array()
    let languageOf = try reader.uint32Array()
    guard kinds.allSatisfy({ $0 <= 1 }), years.count == count, municipalityOf.count == count,
      languageOf.count == count, municipalityOf.allSatisfy({ Int($0) < municipalityCount }),
      languageOf.allSatisfy({ Int($0) < values.count })
    else { throw CorruptCache() }
    let categoryLists = try reader.packedLists(count: count, valueBound: values.count)
    let channelLists = try reader.packedLists(count: count, valueBound: values.count)
    let tagLists = try reader.packedLists(count: count, valueBound: values.count)
    let texts = try reader.packedStrings()
    let terms = try reader.packedStrings()
    let postingOffsets = try reader.uint32Array()
    let postings = try reader.byteSlice()
    guard texts.count == count * 3, postingOffsets.count == terms.count + 1,
      PackedStrings.validOffsets(postingOffsets, end: postings.count), reader.isAtEnd
    else { throw CorruptCache() }
    return SearchIndex(
      taxonomy: Taxonomy(categories: categories), invalidFiles: invalidFiles, municipalities: municipalities,
      values: values, kinds: kinds, years: years, municipalityOf: municipalityOf, languageOf: languageOf,
      categories: categoryLists, channels: channelLists, tags: tagLists, texts: texts, terms: terms,
      postingOffsets: postingOffsets, postings: postings)
  }
}

extension ByteReader {
  /// Bytes not read yet.
  var remaining: Int { bytes.count - offset }
}
