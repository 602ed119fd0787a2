import CasebookGit
import CasebookYAML
import CasebookText

/// Catalogue rules that span files; they run after every file was checked on its own.
enum CrossFileRules {
  /// Files outside the scope that rules about in-scope files need: the municipality profile and the sibling
  /// case studies of each municipality folder with an in-scope file.
  static func contextFiles(
    for scoped: [CataloguePath], among all: [CataloguePath], scope: ValidationScope
  ) -> [CataloguePath] {
    if case .all = scope { return [] }
    let folders = Set(scoped.compactMap(\.municipalityFolder))
    return all.filter { file in
      guard !scope.contains(file.path), let folder = file.municipalityFolder, folders.contains(folder) else {
        return false
      }
      return file.kind == .municipality || file.kind == .caseStudy
    }
  }

  /// The rules that span files, over every catalogue file of the snapshot (in path order) and the facts of
  /// the valid ones: `results[resultOf[i]]` belongs to `files[i]` (`resultOf[i]` is -1 for a file not checked).
  static func check(
    files: [(path: CataloguePath, entry: SnapshotEntry)], results: [CheckedFile], resultOf: [Int32]
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    // Files of one municipality folder are next to each other in path order: the rules work folder by folder
    // on those runs. Unsafe buffers read fields in place; array subscripts would copy whole elements.
    files.withUnsafeBufferPointer { files in
      results.withUnsafeBufferPointer { results in
        let facts = Facts(results: results, resultOf: resultOf)
        var start = 0
        while start < files.count {
          guard files[start].path.municipality != nil else {
            start += 1
            continue
          }
          let folder = folderOf(files[start].path)
          var end = start + 1
          while end < files.count, files[end].path.municipality != nil, folderOf(files[end].path) == folder {
            end += 1
          }
          checkFolder(folder, files: files, facts: facts, range: start..<end, into: &diagnostics)
          start = end
        }
      }
    }
    return diagnostics
  }

  /// A profile in every folder, distinct case titles, and case languages the municipality lists.
  private static func checkFolder(
    _ folder: Substring, files: UnsafeBufferPointer<(path: CataloguePath, entry: SnapshotEntry)>,
    facts: Facts, range: Range<Int>, into diagnostics: inout [Diagnostic]
  ) {
    var languages: [String] = []
    var hasProfile = false
    for index in range where files[index].path.kind == .municipality {
      hasProfile = true
      languages = facts[index]?.languages ?? []
    }
    if !hasProfile {
      diagnostics.append(
        Diagnostic(
          file: String(folder), rule: "catalog.missing-municipality",
          message: Message(
            CatalogueCheckText.missingMunicipality,
            .code("casebook new municipality --municipality \(folder.dropFirst("cases/".count))"))))
    }
    var titles: [(digest: ObjectID, index: Int)] = []
    for index in range {
      guard let study = facts[index], study.kind == .caseStudy else { continue }
      titles.append((study.titleDigest, index))
    }
    // Every case of a shared title is reported, naming the others: which one came first is not the files'
    // order, and a check of only the changed files must find the same problem on the changed one. Sorted by
    // digest, equal titles are neighbours (a hostile folder may hold many thousands of cases).
    titles.sort { ($0.digest, $0.index) < ($1.digest, $1.index) }
    var start = 0
    while start < titles.count {
      var end = start + 1
      while end < titles.count, titles[end].digest == titles[start].digest { end += 1 }
      defer { start = end }
      guard end - start > 1 else { continue }
      let group = titles[start..<end]
      for title in group {
        guard let study = facts[title.index] else { continue }
        let others = Array(group.lazy.filter { $0.index != title.index }.prefix(HistoryGuard.shownNames))
        let names = others.map { files[$0.index].path.path }.joined(separator: ", ")
        diagnostics.append(
          Diagnostic(
            file: files[title.index].path.path, line: study.titleLocation.line, column: study.titleLocation.column,
            rule: "catalog.duplicate-title",
            message: Message(
              CatalogueCheckText.duplicateTitle,
              group.count - 1 > others.count
                ? .message(Message(CommandText.andMore, .text(names), .number(group.count - 1 - others.count)))
                : .text(names)),
            pointer: "/title"))
      }
    }
    for index in range {
      guard let study = facts[index], study.kind == .caseStudy else { continue }
      let path = files[index].path.path
      guard !languages.isEmpty, !study.language.isEmpty, !languages.contains(study.language) else { continue }
      diagnostics.append(
        Diagnostic(
          file: path, line: study.languageLocation.line, column: study.languageLocation.column,
          severity: .warning, rule: "catalog.case-language",
          message: Message(
            CatalogueCheckText.caseLanguage, .code(study.language), .text(languages.joined(separator: ", "))),
          pointer: "/language"))
    }
  }

  /// The facts of the file at a position in the file list, read in place from the results.
  private struct Facts {
    let results: UnsafeBufferPointer<CheckedFile>
    let resultOf: [Int32]

    subscript(_ index: Int) -> CrossFileFacts? {
      let position = Int(resultOf[index])
      return position < 0 ? nil : results[position].verdict.facts
    }
  }

  /// `cases/cc/slug` of a file in a municipality folder, as a slice of its path (no copy).
  private static func folderOf(_ file: borrowing CataloguePath) -> Substring {
    let length = 7 + (file.country?.utf8.count ?? 0) + (file.municipality?.utf8.count ?? 0)
    let path = file.path
    return path[..<path.utf8.index(path.utf8.startIndex, offsetBy: min(length, path.utf8.count))]
  }
}

/// What the rules spanning files need to know about one valid file: a small extract of its record, kept
/// (and cached) instead of the whole record.
struct CrossFileFacts: Sendable, Hashable {
  var kind: CatalogueFileKind
  /// The SHA-1 of a case study's title, trimmed and folded, for spotting duplicates: twenty bytes instead of
  /// the title, in memory and in the cache, with a collision as unlikely as between two git objects.
  var titleDigest = Self.noTitle
  private static let noTitle = ObjectID(bytes: [UInt8](repeating: 0, count: ObjectID.byteCount))!
  var titleLocation = SourceLocation.start
  /// A case study's language.
  var language = ""
  var languageLocation = SourceLocation.start
  /// A municipality's languages.
  var languages: [String] = []

  init(kind: CatalogueFileKind) {
    self.kind = kind
  }

  /// The facts of a valid record.
  init(_ record: CatalogueRecord) {
    switch record {
    case .caseStudy(let study):
      self.init(kind: .caseStudy)
      titleDigest = ObjectID.blob(hashing: Array(TextFolding.fold(study.title.trimmingSpaces).utf8))
      titleLocation = study.titleLocation
      language = study.language
      languageLocation = study.languageLocation
    case .municipality(let municipality):
      self.init(kind: .municipality)
      languages = municipality.languages
    case .policy:
      self.init(kind: .policy)
    }
  }
}
