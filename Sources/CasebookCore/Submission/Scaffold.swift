import CasebookGit
import CasebookYAML
import CasebookText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The kinds of file `casebook new` writes.
public enum ScaffoldKind: String, Sendable, CaseIterable {
  /// A case study, `cases/<cc>/<municipality>/<year>-<slug>.yaml`.
  case caseStudy = "case"
  /// A policy, `cases/<cc>/<municipality>/policy.yaml`.
  case policy
  /// A municipality's profile, `cases/<cc>/<municipality>/municipality.yaml`.
  case municipality
}

/// What `casebook new` is asked to write.
public struct ScaffoldRequest: Sendable {
  /// The folder to start from (`-C DIR`); nil for the current directory.
  public var directory: String?
  /// The kind of file.
  public var kind: ScaffoldKind
  /// `cc/municipality`, such as `nl/voorbeeldstad`.
  public var municipality: String
  /// The case's or policy's title, or the municipality's name; required for a case (its file name comes from it).
  public var title: String?
  /// The case's year; the current year when nil.
  public var year: Int?

  /// Creates a request.
  public init(
    directory: String? = nil, kind: ScaffoldKind, municipality: String, title: String? = nil, year: Int? = nil
  ) {
    self.directory = directory
    self.kind = kind
    self.municipality = municipality
    self.title = title
    self.year = year
  }
}

/// What `casebook new` wrote.
public struct ScaffoldResult: Sendable {
  /// The new file's path from the repository root.
  public var path: String
  /// The new file's absolute path.
  public var absolutePath: String
  /// True when the municipality's folder has no `municipality.yaml` yet (write that first).
  public var municipalityProfileMissing: Bool
  /// True when HEAD has no profile for the municipality: its first submission brings the profile along.
  public var municipalityIsNew: Bool = false
}

/// `casebook new`: files with every field, short guidance in Dutch and English, and placeholders starting with
/// `TODO`, which the `catalog.placeholder` rule rejects until they are replaced.
public enum Scaffold {
  /// The longest file name made from a title (without year and `.yaml`).
  static let maximumSlugLength = 60

  /// Splits `cc/municipality` (a leading `cases/` and a trailing `/` are allowed) and checks both parts.
  public static func municipalityID(_ text: String) throws(CatalogueError) -> (country: String, municipality: String) {
    var trimmed = text[...]
    if trimmed.hasPrefix("cases/") { trimmed = trimmed.dropFirst("cases/".count) }
    while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 2 else {
      throw .invalidArgument(Message(SubmissionText.notAMunicipality, .code(text)))
    }
    if let problem = CatalogueLayout.countryFolderProblem(parts[0]) { throw .invalidArgument(problem) }
    guard CatalogueLayout.isSlug(parts[1]) else {
      throw .invalidArgument(
        Message(
          SubmissionText.municipalitySlug, .code(parts[1]),
          .code("\(parts[0])/\(CatalogueLayout.suggestedSlug(parts[1]))")))
    }
    return (parts[0], parts[1])
  }

  /// The path from the repository root of the file to write. A case's name is its year and its title as a slug.
  public static func path(
    kind: ScaffoldKind, country: String, municipality: String, title: String?, year: Int
  ) throws(CatalogueError) -> String {
    let folder = "\(CatalogueLayout.casesFolder)/\(country)/\(municipality)/"
    switch kind {
    case .municipality: return folder + "municipality.yaml"
    case .policy: return folder + "policy.yaml"
    case .caseStudy:
      guard let title, !title.allSatisfy(\.isWhitespace) else {
        throw .invalidArgument(Message(SubmissionText.titleNeeded))
      }
      return folder + "\(year)-\(slug(for: title)).yaml"
    }
  }

  /// A file name from a title, cut at a dash to at most ``maximumSlugLength`` characters.
  static func slug(for title: String) -> String {
    var slug = CatalogueLayout.suggestedSlug(title)
    if slug.count > maximumSlugLength {
      slug = String(slug.prefix(maximumSlugLength))
      if let dash = slug.lastIndex(of: "-") { slug = String(slug[..<dash]) }
    }
    return slug
  }

  /// The scaffold's text. `identity` fills maintainers and the case's contact; `languages` (the municipality's)
  /// fill the language of a case or policy; what is unknown becomes a `TODO` placeholder.
  public static func text(
    kind: ScaffoldKind, path: String, country: String, title: String?, year: Int,
    identity: (name: String, email: String)?, languages: [String]
  ) -> String {
    let todoLanguage = "TODO taalcode, bijvoorbeeld nl / language code, e.g. en"
    let todoEmail = "TODO e-mailadres / e-mail address"
    var values = [
      "path": path, "year": "\(year)", "nextYear": "\(year + 1)", "country": country,
      "countryUpper": country.uppercased(),
      "language": languages.first.map(YAMLText.scalar) ?? todoLanguage,
    ]
    switch kind {
    case .caseStudy:
      values["title"] = title.map(YAMLText.scalar) ?? "TODO titel van de casus / title of the case"
      if let identity {
        values["contact"] = """
            name: \(YAMLText.scalar(identity.name))
            # role: Webcareteam
            email: \(YAMLText.scalar(identity.email))
            # url: https://www.example.org/contact
          """
      } else {
        values["contact"] = """
            # name: Voornaam Achternaam / First Last
            # role: Webcareteam
            email: \(todoEmail)
            # url: https://www.example.org/contact
          """
      }
    case .policy:
      values["title"] = title.map(YAMLText.scalar) ?? "TODO titel van het beleid / title of the policy"
    case .municipality:
      values["name"] = title.map(YAMLText.scalar) ?? "TODO naam van de gemeente / name of the municipality"
      values["languages"] = "  - " + (languages.first.map(YAMLText.scalar) ?? todoLanguage)
      values["maintainers"] = "  - " + (identity.map { YAMLText.scalar($0.email) } ?? todoEmail)
    }
    let template = EmbeddedCatalogueFiles.file("templates/new/\(kind.rawValue).yaml")?.text ?? ""
    return TemplateText.fill(template, values)
  }

  /// Writes the scaffold into the working tree; refuses to replace an existing file.
  public static func write(_ request: ScaffoldRequest) throws(CatalogueError) -> ScaffoldResult {
    let (country, municipality) = try municipalityID(request.municipality)
    let year = request.year ?? currentYear()
    guard (1990...2100).contains(year) else {
      throw .invalidArgument(Message(SubmissionText.yearRange, .text(String(year))))
    }
    let path = try path(
      kind: request.kind, country: country, municipality: municipality, title: request.title, year: year)
    let workspace = try Workspace(directory: request.directory)
    guard let root = workspace.workingDirectory else { throw .noWorkingTree }
    let folder = root + "\(CatalogueLayout.casesFolder)/\(country)/\(municipality)/"
    let profile = folder + "municipality.yaml"
    let identity = try? workspace.repository.configuredIdentity()
    var languages: [String] = []
    if request.kind != .municipality, let bytes = try? FileSystem.read(profile, limit: 1 << 20),
      let document = try? YAMLParser.parse(bytes)
    {
      languages = document["languages"]?.strings ?? []
    }
    let text = text(
      kind: request.kind, path: path, country: country, title: request.title, year: year,
      identity: identity ?? nil, languages: languages)
    do {
      try FileSystem.writeFile(root: root, path, Array(text.utf8), existing: .refuse)
    } catch {
      if case .fileExists = error { throw .fileExists(path: path) }
      throw error
    }
    var result = ScaffoldResult(
      path: path, absolutePath: root + path,
      municipalityProfileMissing: request.kind != .municipality && FileSystem.entryType(profile) == nil)
    let profilePath = "\(CatalogueLayout.casesFolder)/\(country)/\(municipality)/municipality.yaml"
    if let head = try? workspace.repository.headCommit() {
      result.municipalityIsNew = (try? workspace.repository.entry(at: profilePath, commit: head)) == nil
    } else {
      result.municipalityIsNew = true
    }
    return result
  }

  /// The current year in the local time zone.
  static func currentYear() -> Int {
    var now = time(nil)
    var parts = tm()
    guard localtime_r(&now, &parts) != nil else { return 1970 + Int(now / 31_556_952) }
    return Int(parts.tm_year) + 1900
  }
}
