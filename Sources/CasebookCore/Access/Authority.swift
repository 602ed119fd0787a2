import CasebookGit
import CasebookYAML
import CasebookText

/// Who may change what, read from BASE once per folder; and which municipalities look alike.
struct Authority {
  let guardian: HistoryGuard
  /// The profile of each municipality folder at BASE; nil for a folder without a `municipality.yaml` there.
  private var baseProfiles: [String: Profile?] = [:]
  /// Profiles as some commit has them, by blob id.
  private var profiles: [ObjectID: Profile] = [:]
  /// Every municipality at BASE with its skeletons, read when a look-alike check first needs it.
  private var knownMunicipalities: [(id: String, name: String, skeletons: Set<String>)]?
  /// Folders reported as look-alikes already (each is reported once).
  private var lookAlikesReported: Set<String> = []

  init(guardian: HistoryGuard) { self.guardian = guardian }

  /// What a municipality profile says about who maintains it and what it is called.
  struct Profile {
    var maintainers: [String] = []
    var name: String?
    var nameLocation = SourceLocation.start
  }

  /// The problems with `actor` making `change`: `access.*` diagnostics on the changed path, `context` saying
  /// which commit did what; `revision` is the commit whose profiles count for a new folder.
  mutating func problems(
    _ change: TreeChange, actor: String, context: Message, revision: ObjectID
  ) throws(GitError) -> [Diagnostic] {
    // A path no lookup accepts is refused for everyone by the hygiene rules.
    if UnsafePathName.firstUnsafePart(of: change.path) != nil { return [] }
    // Stewards may change everything: they land others' work (a merge is held to what it brings in), remove
    // abuse, and add a municipality that looks like another.
    let stewards = guardian.rules.stewards
    if Self.contains(stewards, actor) { return [] }
    let parts = change.path.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count >= 4, parts[0] == CatalogueLayout.casesFolder else {
      return [
        Diagnostic(
          file: change.path, rule: "access.steward",
          message: Message(RepositoryCheckText.steward, .message(context), HistoryGuard.names(stewards), .text(actor)))
      ]
    }
    let id = "\(parts[1])/\(parts[2])"
    let folder = "\(CatalogueLayout.casesFolder)/\(id)"
    var found: [Diagnostic] = []
    let atBase = try profileAtBase(folder)
    if let atBase {
      if !Self.contains(atBase.maintainers, actor) {
        found.append(
          Diagnostic(
            file: change.path, rule: "access.municipality",
            message: Message(
              RepositoryCheckText.municipality, .message(context), .text(id), HistoryGuard.names(atBase.maintainers),
              .text(actor))))
      }
    } else {
      var listed = false
      for commit in [guardian.headCommit, revision] where !listed {
        listed = Self.contains(try profile(of: folder, at: commit)?.maintainers ?? [], actor)
      }
      if !listed {
        found.append(
          Diagnostic(
            file: change.path, rule: "access.new-municipality",
            message: Message(
              RepositoryCheckText.newMunicipality, .message(context), .text(id), .text(actor),
              .text(folder + "/municipality.yaml"))))
      }
    }
    if !lookAlikesReported.contains(folder) {
      if let problem = try lookAlike(folder: folder, id: id, slug: String(parts[2]), atBase: atBase, change: change,
        revision: revision, context: context)
      {
        lookAlikesReported.insert(folder)
        found.append(problem)
      }
    }
    return found
  }

  static func contains(_ addresses: [String], _ actor: String) -> Bool {
    let who = actor.lowercased()
    return addresses.contains { $0.lowercased() == who }
  }

  // MARK: Look-alikes

  /// A new municipality folder, or a new name for one, that readers could mistake for another municipality
  /// (`access.look-alike`): only a steward may add it.
  private mutating func lookAlike(
    folder: String, id: String, slug: String, atBase: Profile?, change: TreeChange, revision: ObjectID,
    context: Message
  ) throws(GitError) -> Diagnostic? {
    let profilePath = folder + "/municipality.yaml"
    let isNew = atBase == nil
    guard isNew || (change.path == profilePath && change.new != nil) else { return nil }
    var profile: Profile?
    if change.path == profilePath, let entry = change.new, entry.mode.isBlob {
      profile = try self.profile(inBlob: entry.id)
    } else {
      profile = try self.profile(of: folder, at: revision)
    }
    var mine: Set<String> = []
    if let name = profile?.name {
      let skeletons = LookAlike.skeletons(of: name)
      // An existing folder keeps whatever likeness its name had at the base (a steward accepted it then).
      if let baseName = atBase?.name, LookAlike.skeletons(of: baseName) == skeletons { return nil }
      mine = skeletons
    }
    if isNew { mine.formUnion(LookAlike.skeletons(of: slug)) }
    if mine.isEmpty { return nil }
    for other in try municipalities() where other.id != id && !other.skeletons.isDisjoint(with: mine) {
      var arguments: [MessageArgument] = [
        .message(context), .text(id), .text(other.id), .text(other.name), HistoryGuard.names(guardian.rules.stewards),
      ]
      if let name = profile?.name { arguments.append(.text(name)) }
      return Diagnostic(
        file: profilePath, line: profile?.nameLocation.line ?? 1, column: profile?.nameLocation.column ?? 1,
        rule: "access.look-alike",
        message: Message(profile?.name == nil ? GuardText.lookAlike : GuardText.lookAlikeNamed, arguments: arguments),
        pointer: profile?.name == nil ? "" : "/name")
    }
    // Later folders of the same push are compared with this one too.
    knownMunicipalities?.removeAll { $0.id == id }
    knownMunicipalities?.append((id, profile?.name ?? slug, mine))
    return nil
  }

  /// Every municipality at BASE, with the skeletons of its folder name and display name.
  private mutating func municipalities() throws(GitError) -> [(id: String, name: String, skeletons: Set<String>)] {
    if let knownMunicipalities { return knownMunicipalities }
    var found: [(id: String, name: String, skeletons: Set<String>)] = []
    for entry in guardian.base.entries where entry.path.hasSuffix("/municipality.yaml") {
      guard case .file(let file) = CatalogueLayout.classify(entry.path), file.kind == .municipality,
        let id = file.municipalityID, let slug = file.municipality
      else { continue }
      var skeletons = LookAlike.skeletons(of: slug)
      let name = try profile(inBlob: entry.blobID).name
      if let name { skeletons.formUnion(LookAlike.skeletons(of: name)) }
      found.append((id, name ?? slug, skeletons))
    }
    knownMunicipalities = found
    return found
  }

  // MARK: Profiles

  private mutating func profileAtBase(_ folder: String) throws(GitError) -> Profile? {
    if let known = baseProfiles[folder] { return known }
    var found: Profile?
    if let entry = guardian.base.entry(at: folder + "/municipality.yaml") {
      found = try profile(inBlob: entry.blobID)
    }
    baseProfiles[folder] = .some(found)
    return found
  }

  private mutating func profile(of folder: String, at commit: ObjectID) throws(GitError) -> Profile? {
    guard case .found(let entry?) = try guardian.repository.lookUp(folder + "/municipality.yaml", commit: commit),
      entry.mode.isBlob
    else { return nil }
    return try profile(inBlob: entry.id)
  }

  private mutating func profile(inBlob id: ObjectID) throws(GitError) -> Profile {
    if let known = profiles[id] { return known }
    var found = Profile()
    if try guardian.repository.blobSize(id) <= guardian.rules.limits.maxBytes,
      let document = try? YAMLParser.parse(try guardian.repository.blob(id), limits: guardian.rules.limits)
    {
      found.maintainers = document["maintainers"]?.strings ?? []
      if let name = document["name"], let text = name.string {
        found.name = text
        found.nameLocation = name.location
      }
    }
    profiles[id] = found
    return found
  }
}
