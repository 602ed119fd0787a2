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

  static func check(paths: [String], records: [String: CatalogueRecord], rules: RuleSet) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    var folders: [String: (hasProfile: Bool, count: Int)] = [:]
    for path in paths {
      guard case .file(let file) = CatalogueLayout.classify(path), let folder = file.municipalityFolder else {
        continue
      }
      folders[folder, default: (false, 0)].count += 1
      if file.kind == .municipality { folders[folder]!.hasProfile = true }
    }
    for (folder, state) in folders where !state.hasProfile {
      diagnostics.append(
        Diagnostic(
          file: folder, rule: "catalog.missing-municipality",
          message: "the folder has no municipality.yaml: add the municipality's profile "
            + "(`casebook new municipality --municipality \(folder.dropFirst("cases/".count))`)"))
    }
    var municipalities: [String: Municipality] = [:]
    var casesByFolder: [String: [CaseStudy]] = [:]
    for record in records.values {
      switch record {
      case .municipality(let municipality): municipalities[municipality.id] = municipality
      case .caseStudy(let study): casesByFolder["\(study.country)/\(study.municipality)", default: []].append(study)
      case .policy: break
      }
    }
    for (folder, studies) in casesByFolder {
      var firstByTitle: [String: CaseStudy] = [:]
      for study in studies.sorted(by: { $0.path < $1.path }) {
        let key = TextFolding.fold(study.title.trimmingSpaces)
        if let first = firstByTitle[key] {
          diagnostics.append(
            Diagnostic(
              file: study.path, line: study.titleLocation.line, column: study.titleLocation.column,
              rule: "catalog.duplicate-title",
              message: "another case of this municipality has the same title (\(first.path)): "
                + "give each case its own title", pointer: "/title"))
        } else {
          firstByTitle[key] = study
        }
      }
      guard let municipality = municipalities[folder], !municipality.languages.isEmpty else { continue }
      for study in studies where !study.language.isEmpty && !municipality.languages.contains(study.language) {
        diagnostics.append(
          Diagnostic(
            file: study.path, line: study.languageLocation.line, column: study.languageLocation.column,
            severity: .warning, rule: "catalog.case-language",
            message: "the case is in `\(study.language)`, which is not among the municipality's languages "
              + "(\(municipality.languages.joined(separator: ", "))): check `language` here or in municipality.yaml",
            pointer: "/language"))
      }
    }
    _ = rules
    return diagnostics
  }
}
