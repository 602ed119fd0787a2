import CasebookYAML

/// A valid catalogue file, decoded.
public enum CatalogueRecord: Sendable {
  case caseStudy(CaseStudy)
  case policy(Policy)
  case municipality(Municipality)

  /// Decodes a document that passed validation; nil for kinds that have no record.
  init?(_ file: CataloguePath, document: Node) {
    switch file.kind {
    case .caseStudy: self = .caseStudy(CaseStudy(file, document))
    case .policy: self = .policy(Policy(file, document))
    case .municipality: self = .municipality(Municipality(file, document))
    default: return nil
    }
  }
}

extension CatalogueRecord {
  /// The kind of file the record comes from.
  var fileKind: CatalogueFileKind {
    switch self {
    case .caseStudy: .caseStudy
    case .policy: .policy
    case .municipality: .municipality
    }
  }

  /// The same record as if it were at `file` (same content, another place).
  func relocated(to file: CataloguePath) -> CatalogueRecord {
    switch self {
    case .caseStudy(var study):
      study.id = file.recordID ?? file.path
      study.path = file.path
      study.country = file.country ?? ""
      study.municipality = file.municipality ?? ""
      return .caseStudy(study)
    case .policy(var policy):
      policy.id = file.recordID ?? file.path
      policy.path = file.path
      policy.country = file.country ?? ""
      policy.municipality = file.municipality ?? ""
      return .policy(policy)
    case .municipality(var municipality):
      municipality.id = file.municipalityID ?? file.path
      municipality.path = file.path
      return .municipality(municipality)
    }
  }
}

/// A source a case study draws on.
public struct Source: Sendable, Hashable {
  public var title: String
  public var url: String
  public var author: String?
  public var year: Int?
  public var publisher: String?
}

/// Who to ask about a case.
public struct Contact: Sendable, Hashable {
  public var name: String?
  public var role: String?
  public var email: String?
  public var url: String?
}

/// A municipality's profile from `municipality.yaml`.
public struct Municipality: Sendable, Hashable {
  /// `cc/slug`.
  public var id: String
  /// Path of the file from the repository root.
  public var path: String
  public var name: String
  /// Upper-case ISO 3166-1 alpha-2 code.
  public var country: String
  public var region: String?
  public var population: Int?
  public var website: String?
  public var languages: [String]
  /// E-mail addresses allowed to change the municipality's folder.
  public var maintainers: [String]
  /// True for invented example municipalities.
  public var fictional: Bool

  init(_ file: CataloguePath, _ document: Node) {
    id = file.municipalityID ?? file.path
    path = file.path
    name = document["name"]?.string ?? id
    country = document["country"]?.string ?? (file.country ?? "").uppercased()
    region = document["region"]?.string
    population = document["population"]?.integer
    website = document["website"]?.string
    languages = document["languages"]?.strings ?? []
    maintainers = document["maintainers"]?.strings ?? []
    fictional = document["fictional"]?.bool ?? false
  }
}

/// A case study: what a municipality did with social media, and what came of it.
public struct CaseStudy: Sendable, Hashable {
  /// `cc/municipality/slug`: the path is the identity.
  public var id: String
  /// Path of the file from the repository root.
  public var path: String
  /// Lower-case country code of the folder.
  public var country: String
  /// The municipality folder's slug.
  public var municipality: String
  public var title: String
  public var summary: String
  public var year: Int
  public var date: String?
  /// Use-category ids.
  public var categories: [String]
  public var channels: [String]
  public var language: String
  public var outcomes: [String]
  public var lessons: [String]
  public var sources: [Source]
  public var contact: Contact
  public var tags: [String]
  /// Where `title` is written, for findings about it.
  public var titleLocation: SourceLocation
  /// Where `language` is written.
  public var languageLocation: SourceLocation
  /// The catalogue's name when records of several catalogues are shown together (`site --catalogue`).
  public var catalogue: String?

  init(_ file: CataloguePath, _ document: Node) {
    id = file.recordID ?? file.path
    titleLocation = document["title"]?.location ?? .start
    languageLocation = document["language"]?.location ?? .start
    path = file.path
    country = file.country ?? ""
    municipality = file.municipality ?? ""
    title = document["title"]?.string ?? ""
    summary = document["summary"]?.string ?? ""
    year = document["year"]?.integer ?? 0
    date = document["date"]?.string
    categories = document["categories"]?.strings ?? []
    channels = document["channels"]?.strings ?? []
    language = document["language"]?.string ?? ""
    outcomes = document["outcomes"]?.strings ?? []
    lessons = document["lessons"]?.strings ?? []
    sources = (document["sources"]?.items ?? []).map {
      Source(
        title: $0["title"]?.string ?? "", url: $0["url"]?.string ?? "", author: $0["author"]?.string,
        year: $0["year"]?.integer, publisher: $0["publisher"]?.string)
    }
    let contact = document["contact"]
    self.contact = Contact(
      name: contact?["name"]?.string, role: contact?["role"]?.string, email: contact?["email"]?.string,
      url: contact?["url"]?.string)
    tags = document["tags"]?.strings ?? []
  }
}

/// A municipality's social-media policy. The whole document is kept: the best-practice model reads its fields.
public struct Policy: Sendable {
  /// `cc/municipality/policy`.
  public var id: String
  /// Path of the file from the repository root.
  public var path: String
  /// Lower-case country code of the folder.
  public var country: String
  /// The municipality folder's slug.
  public var municipality: String
  public var title: String
  public var status: String
  public var language: String
  public var adopted: String?
  /// Use-category ids the policy targets.
  public var categories: [String]
  /// The validated document. In a ``PolicyScore`` made by `compare` or `rank` (through the score cache) it
  /// holds only the fields read above (``headingFields``); the criteria were applied to the whole document.
  public var document: Node
  /// The catalogue's name when records of several catalogues are shown together (`site --catalogue`).
  public var catalogue: String?

  /// The top-level fields this value reads from the document.
  static let headingFields: Set<String> = ["title", "status", "language", "adopted", "categories"]

  init(_ file: CataloguePath, _ document: Node) {
    id = file.recordID ?? file.path
    path = file.path
    country = file.country ?? ""
    municipality = file.municipality ?? ""
    title = document["title"]?.string ?? ""
    status = document["status"]?.string ?? ""
    language = document["language"]?.string ?? ""
    adopted = document["adopted"]?.string
    categories = document["categories"]?.strings ?? []
    self.document = document
  }
}

extension Node {
  /// The strings of a sequence of strings (other items skipped).
  var strings: [String]? {
    items?.compactMap(\.string)
  }
}
