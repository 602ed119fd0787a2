import CasebookText

/// What a file in the catalogue is, decided from its path alone.
public enum CatalogueFileKind: String, Sendable, Hashable, CaseIterable {
  /// `cases/<cc>/<municipality>/municipality.yaml`
  case municipality
  /// `cases/<cc>/<municipality>/policy.yaml`
  case policy
  /// `cases/<cc>/<municipality>/<slug>.yaml`
  case caseStudy = "case"
  /// A JSON Schema under `schema/` (`*.schema.json`).
  case schemaDocument = "schema"
  /// `schema/categories.yaml`
  case taxonomy
  /// `schema/stewards.yaml`
  case stewards
  /// `schema/best-practice.yaml`
  case bestPractice = "best-practice"
  /// `schema/rules.yaml`: the stewards' severities for rules
  case ruleConfig = "rules"
  /// `schema/versions.yaml`: the schema's current version, the older ones still read and how to migrate
  case versions
  /// `schema/peers.yaml`: the peer catalogues `casebook fetch` reads
  case peers
}

/// A catalogue file's path, parsed: its kind and, under `cases/`, the country, municipality and slug.
public struct CataloguePath: Sendable, Hashable {
  /// Path from the repository root.
  public var path: String
  /// What the file is.
  public var kind: CatalogueFileKind
  /// Lower-case ISO 3166-1 alpha-2 code of the country folder, for files under `cases/`.
  public var country: String?
  /// The municipality folder's name, for files under `cases/`.
  public var municipality: String?
  /// The file name without `.yaml`, for case studies.
  public var slug: String?

  /// `cc/municipality`, for files under `cases/`.
  public var municipalityID: String? {
    guard let country, let municipality else { return nil }
    return "\(country)/\(municipality)"
  }

  /// The identity of a case study or policy: `cc/municipality/slug` (`…/policy` for a policy).
  public var recordID: String? {
    guard let municipalityID else { return nil }
    switch kind {
    case .caseStudy: return slug.map { "\(municipalityID)/\($0)" }
    case .policy: return "\(municipalityID)/policy"
    case .municipality: return municipalityID
    default: return nil
    }
  }

  /// The folder of the municipality this file belongs to (`cases/gb/somerset`).
  public var municipalityFolder: String? {
    municipalityID.map { "cases/\($0)" }
  }
}

/// The outcome of reading a path against the catalogue layout.
public enum PathClassification: Sendable, Hashable {
  /// A catalogue file to validate.
  case file(CataloguePath)
  /// A path the catalogue does not look at (outside `cases/` and the known `schema/` files).
  case ignored
  /// A path under `cases/` that breaks the layout.
  case misplaced(Diagnostic)
}

/// The catalogue's layout rules for paths.
public enum CatalogueLayout {
  /// The folder that holds municipalities' files.
  public static let casesFolder = "cases"
  /// The folder that holds schemas, taxonomy, stewards and the best-practice model.
  public static let schemaFolder = "schema"
  /// A note for contributors, the only file allowed in `cases/` outside municipality folders.
  public static let casesReadme = "cases/README.md"

  /// Schema-folder files with a fixed meaning.
  static let schemaFiles: [String: CatalogueFileKind] = [
    "schema/categories.yaml": .taxonomy,
    "schema/stewards.yaml": .stewards,
    "schema/best-practice.yaml": .bestPractice,
    "schema/rules.yaml": .ruleConfig,
    "schema/versions.yaml": .versions,
    "schema/peers.yaml": .peers,
  ]

  /// Decides what a path is, or why it does not belong where it is.
  public static func classify(_ path: String) -> PathClassification {
    var bytes = path
    return bytes.withUTF8 { classify(path, bytes: $0) }
  }

  /// Works on the path's bytes: a Character-based split costs many times more, for thousands of paths. The
  /// usual `cases/<cc>/<municipality>/<name>.yaml` is decided without building anything but the result;
  /// everything else takes the general way.
  private static func classify(_ path: String, bytes: UnsafeBufferPointer<UInt8>) -> PathClassification {
    if let parsed = validMunicipalityFile(path, bytes) { return .file(parsed) }
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    func text(_ number: Int) -> String { String(parts[number]) }
    if parts[0] == schemaFolder {
      if let kind = schemaFiles[path] { return .file(CataloguePath(path: path, kind: kind)) }
      if parts.count == 2, path.hasSuffix(".schema.json") {
        return .file(CataloguePath(path: path, kind: .schemaDocument))
      }
      return .ignored
    }
    guard parts[0] == casesFolder, parts.count > 1 else { return .ignored }
    // The one file allowed outside municipality folders: the contributors' note `casebook init` writes.
    if path == casesReadme { return .ignored }
    if parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
      return misplaced(path, rule: "catalog.layout", Message(CatalogueCheckText.badPathPart, .code(path)))
    }
    switch parts.count {
    case 2, 3:
      return misplaced(
        path, rule: "catalog.layout",
        Message(CatalogueCheckText.outsideMunicipality, .code(text(parts.count - 1))))
    case 4:
      return classifyMunicipalityFile(path, country: text(1), municipality: text(2), name: text(3))
    default:
      return misplaced(
        path, rule: "catalog.nesting",
        Message(CatalogueCheckText.nesting, .code("cases/\(text(1))/\(text(2))/")))
    }
  }

  /// The catalogue file at a well-formed `cases/<cc>/<slug>/<slug>.yaml`; nil for anything else (which
  /// ``classify(_:)`` then looks at the slow way, to say what is wrong).
  private static func validMunicipalityFile(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>) -> CataloguePath? {
    let slash = UInt8(ascii: "/")
    // cases/cc/ : six bytes of `cases/`, a two-letter code, a slash.
    guard bytes.count > 9, bytes[5] == slash, bytes[8] == slash,
      bytes[0] == UInt8(ascii: "c"), bytes[1] == UInt8(ascii: "a"), bytes[2] == UInt8(ascii: "s"),
      bytes[3] == UInt8(ascii: "e"), bytes[4] == UInt8(ascii: "s"),
      ISOCountry.isCode(bytes[6], bytes[7])
    else { return nil }
    var folderEnd = 9
    while folderEnd < bytes.count, bytes[folderEnd] != slash { folderEnd += 1 }
    let nameStart = folderEnd + 1
    let yaml = ".yaml".utf8
    guard nameStart + yaml.count < bytes.count,
      UnsafeBufferPointer(rebasing: bytes[(bytes.count - yaml.count)...]).elementsEqual(yaml)
    else { return nil }
    let folder = UnsafeBufferPointer(rebasing: bytes[9..<folderEnd])
    let stem = UnsafeBufferPointer(rebasing: bytes[nameStart..<(bytes.count - yaml.count)])
    guard isSlug(folder), isSlug(stem) else { return nil }
    var parsed = CataloguePath(
      path: path, kind: .caseStudy, country: String(decoding: bytes[6..<8], as: UTF8.self),
      municipality: String(decoding: folder, as: UTF8.self))
    if stem.elementsEqual("municipality".utf8) {
      parsed.kind = .municipality
    } else if stem.elementsEqual("policy".utf8) {
      parsed.kind = .policy
    } else {
      parsed.slug = String(decoding: stem, as: UTF8.self)
    }
    return parsed
  }

  private static func classifyMunicipalityFile(
    _ path: String, country: String, municipality: String, name: String
  ) -> PathClassification {
    if let problem = countryFolderProblem(country) {
      return misplaced(path, rule: "catalog.country-folder", problem)
    }
    guard isSlug(municipality) else {
      return misplaced(
        path, rule: "catalog.slug",
        Message(CatalogueCheckText.folderSlug, .code(municipality), .code(suggestedSlug(municipality))))
    }
    guard name.utf8.reversed().starts(with: ".yaml".utf8.reversed()) else {
      if name.hasSuffix(".yml") {
        return misplaced(
          path, rule: "catalog.extension",
          Message(CatalogueCheckText.extensionYML, .code(name), .code("\(name.dropLast(4)).yaml")))
      }
      return misplaced(
        path, rule: "catalog.unknown-file",
        Message(CatalogueCheckText.unknownFile, .code(name)))
    }
    let stem = String(decoding: name.utf8.dropLast(5), as: UTF8.self)
    guard isSlug(stem) else {
      return misplaced(
        path, rule: "catalog.slug",
        Message(CatalogueCheckText.fileSlug, .code(name), .code("\(suggestedSlug(stem)).yaml")))
    }
    var parsed = CataloguePath(path: path, kind: .caseStudy, country: country, municipality: municipality)
    switch stem {
    case "municipality": parsed.kind = .municipality
    case "policy": parsed.kind = .policy
    default: parsed.slug = stem
    }
    return .file(parsed)
  }

  private static func misplaced(_ path: String, rule: String, _ message: Message) -> PathClassification {
    .misplaced(Diagnostic(file: path, rule: rule, message: message))
  }

  /// Why a country folder name is wrong, or nil when it is a known lower-case ISO 3166-1 alpha-2 code.
  static func countryFolderProblem(_ name: String) -> Message? {
    if ISOCountry.codes.contains(name) { return nil }
    if name.count == 2, ISOCountry.codes.contains(name.lowercased()) {
      return Message(CatalogueCheckText.countryLowerCase, .code(name), .code(name.lowercased()))
    }
    if let hint = ISOCountry.commonMistakes[name.lowercased()] {
      return Message(CatalogueCheckText.countryMistake, .code(name), .code(hint))
    }
    return Message(CatalogueCheckText.countryUnknown, .code(name))
  }

  /// True for `lower-case-words-123`.
  public static func isSlug(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { isSlug($0) }
  }

  private static func isSlug(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var previousWasDash = true
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): previousWasDash = false
      case UInt8(ascii: "-") where !previousWasDash: previousWasDash = true
      default: return false
      }
    }
    return !bytes.isEmpty && !previousWasDash
  }

  /// A slug made from any text: `Den Haag` → `den-haag`, `Brighton & Hove` → `brighton-hove`.
  public static func suggestedSlug(_ text: String) -> String {
    let folded = TextFolding.fold(text)
    var slug = ""
    for scalar in folded.unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        slug.unicodeScalars.append(scalar)
      } else if !slug.isEmpty, slug.last != "-" {
        slug.append("-")
      }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    return slug.isEmpty ? "name" : slug
  }
}
