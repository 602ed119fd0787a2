import CasebookText

/// The pages of single records: a case study, and a municipality with its cases, policy and comparison.
struct SiteRecordPages {
  let model: SiteModel
  let language: Language
  var words: SiteWords { SiteWords(language) }

  func chrome(_ path: String, _ section: PageFrame.SiteSection? = nil) -> PageFrame.SiteChrome {
    SitePageSupport.chrome(model, language: language, path: path, section: section)
  }

  /// `<dt>`/`<dd>` pairs for the facts that are known.
  func facts(_ pairs: [(SiteText, String?)]) -> String {
    var html = "<dl class=\"record-meta\">\n"
    for (label, value) in pairs {
      guard let value, !value.isEmpty else { continue }
      html += "<dt>\(HTML.escape(words[label]))</dt><dd>\(value)</dd>\n"
    }
    return html + "</dl>\n"
  }

  /// Links to the search page filtered by one value each.
  func filterChips(_ values: [String], name: String, from path: String, label: (String) -> String) -> String? {
    guard !values.isEmpty else { return nil }
    let search = SitePaths.relative(from: path, to: SitePaths.search)
    return "<ul class=\"chips\">" + values.map { value in
      "<li><a href=\"\(HTML.escape(search + HTML.query([(name, value)])))\">\(HTML.escape(label(value)))</a></li>"
    }.joined() + "</ul>"
  }

  // MARK: Case study

  func casePage(_ study: CaseStudy) -> String {
    let path = SitePaths.caseStudy(study.id)
    let municipalityID = "\(study.country)/\(study.municipality)"
    let link = { (target: String) in SitePaths.relative(from: path, to: target) }
    var main = SitePageSupport.breadcrumbs(
      words,
      [
        (words[.navSearch], link(SitePaths.search)),
        (model.municipalityName(municipalityID), link(SitePaths.municipality(municipalityID))),
      ])
    main += "<article lang=\"\(HTML.escape(study.language))\">\n<h1>\(HTML.escape(study.title))</h1>\n"
    main += "<div lang=\"\(language.rawValue)\">\n"
    main += facts([
      (.catalogue, study.catalogue.map { HTML.escape(model.catalogueName($0, language)) }),
      (.municipality, HTML.link(link(SitePaths.municipality(municipalityID)), model.municipalityName(municipalityID))),
      (.country, HTML.link(link(SitePaths.country(study.country)), study.country.uppercased())),
      (.year, HTML.link(link(SitePaths.year(study.year)), String(study.year))),
      (.date, study.date.map(HTML.escape)),
      (.language, HTML.escape(SitePageSupport.languageName(study.language))),
      (.categories, filterChips(study.categories, name: "category", from: path) { model.categoryLabel($0, language) }),
      (.channels, filterChips(study.channels, name: "channel", from: path) { $0 }),
      (.tags, filterChips(study.tags, name: "tag", from: path) { $0 }),
    ])
    main += "</div>\n"
    main += section(.summary, "<p>\(HTML.escape(study.summary))</p>\n")
    if !study.outcomes.isEmpty { main += section(.outcomes, list(study.outcomes)) }
    if !study.lessons.isEmpty { main += section(.lessons, list(study.lessons)) }
    if !study.sources.isEmpty {
      let items = study.sources.map { source in
        var parts = [HTML.webLink(source.url, text: source.title)]
        let details = [source.author, source.publisher, source.year.map(String.init)].compactMap { $0 }
        if !details.isEmpty { parts.append(HTML.escape(details.joined(separator: ", "))) }
        return "<li>" + parts.joined(separator: " — ") + "</li>"
      }
      main += section(.sources, "<ul class=\"record-list\">\n" + items.joined(separator: "\n") + "\n</ul>\n")
    }
    let contact = [
      study.contact.name.map(HTML.escape), study.contact.role.map(HTML.escape), study.contact.email.map(HTML.escape),
      study.contact.url.map { HTML.webLink($0) },
    ].compactMap { $0 }
    if !contact.isEmpty { main += section(.contact, "<p>" + contact.joined(separator: " · ") + "</p>\n") }
    main += "</article>\n"
    main += provenance(study.path)
    let related = (model.related[study.id] ?? []).compactMap { model.casesByID[$0] }
    if !related.isEmpty {
      main += "<section aria-labelledby=\"related\">\n<h2 id=\"related\">\(HTML.escape(words[.relatedCases]))</h2>\n"
      main += caseList(related, from: path)
      main += "</section>\n"
    }
    // A peer's case is edited at the peer, not here.
    if study.catalogue ?? CatalogueSource.localName == CatalogueSource.localName { main += editLink(study.path) }
    return PageFrame.sitePage(chrome(path), title: study.title, main: main)
  }

  func section(_ heading: SiteText, _ content: String) -> String {
    let id = heading.rawValue.split(separator: ".").last.map(String.init) ?? "section"
    return "<section aria-labelledby=\"\(id)\">\n<h2 id=\"\(id)\" lang=\"\(language.rawValue)\">\(HTML.escape(words[heading]))</h2>\n\(content)</section>\n"
  }

  func list(_ items: [String]) -> String {
    "<ul class=\"record-list\">\n" + items.map { "<li>\(HTML.escape($0))</li>" }.joined(separator: "\n") + "\n</ul>\n"
  }

  /// Who submitted the file and when, from git history.
  func provenance(_ filePath: String) -> String {
    var html = "<section aria-labelledby=\"provenance\">\n<h2 id=\"provenance\">\(HTML.escape(words[.provenance]))</h2>\n"
    html += "<p>\(HTML.escape(words[.file])): <code>\(HTML.escape(filePath))</code></p>\n"
    let record = model.provenance[filePath] ?? Provenance(commits: [], state: .uncommitted)
    if record.state == .uncommitted {
      return html + "<p>\(HTML.escape(words[.notCommitted]))</p>\n</section>\n"
    }
    if let first = record.firstSubmitted {
      html += "<p>\(HTML.escape(words(.firstSubmitted, .text(first.author), .text(first.day), .text(first.shortID))))</p>\n"
    }
    if let last = record.lastChanged, record.revisions > 1 {
      html += "<p>\(HTML.escape(words(.lastChanged, .text(last.author), .text(last.day), .text(last.shortID))))</p>\n"
    }
    html += "<p>\(HTML.escape(words(.commitCount, .number(record.revisions))))</p>\n"
    if record.state == .modified { html += "<p class=\"notice\">\(HTML.escape(words[.modifiedSinceCommit]))</p>\n" }
    return html + "</section>\n"
  }

  func editLink(_ filePath: String) -> String {
    guard let template = model.request.editURL else { return "" }
    let url = template.replacing("{path}", with: filePath)
    guard HTML.isWebAddress(url) else { return "" }
    return "<p class=\"edit-link\">\(HTML.webLink(url, text: words[.editThisCase]))</p>\n"
  }

  /// A list of case studies with municipality and year, linked from the page at `path`.
  func caseList(_ cases: [CaseStudy], from path: String, showMunicipality: Bool = true) -> String {
    var html = "<ul class=\"record-list\">\n"
    for study in cases {
      html += "<li><a href=\"\(HTML.escape(SitePaths.relative(from: path, to: SitePaths.caseStudy(study.id))))\" "
        + "lang=\"\(HTML.escape(study.language))\">\(HTML.escape(study.title))</a>"
      var name = showMunicipality ? model.municipalityName("\(study.country)/\(study.municipality)") + ", " : ""
      if let catalogue = study.catalogue { name = model.catalogueName(catalogue, language) + ", " + name }
      html += " <span class=\"muted\">(\(HTML.escape(name))\(study.year))</span></li>\n"
    }
    return html + "</ul>\n"
  }

  // MARK: Municipality

  func municipalityPage(_ id: String) -> String {
    let path = SitePaths.municipality(id)
    let name = model.municipalityName(id)
    let country = String(id.prefix { $0 != "/" })
    var main = SitePageSupport.breadcrumbs(
      words,
      [
        (words[.navSearch], SitePaths.relative(from: path, to: SitePaths.search)),
        (words(.municipalitiesIn, .text(country.uppercased())), SitePaths.relative(from: path, to: SitePaths.country(country))),
      ])
    main += "<h1>\(HTML.escape(name))</h1>\n"
    if let profile = model.profiles[id] {
      var profileHTML = facts([
        (.country, HTML.link(SitePaths.relative(from: path, to: SitePaths.country(country)), profile.country)),
        (.region, profile.region.map(HTML.escape)),
        (.population, profile.population.map { HTML.escape(NumberWords.integer($0, language)) }),
        (.website, profile.website.map { HTML.webLink($0) }),
        (.languages, profile.languages.isEmpty ? nil : HTML.escape(profile.languages.map(SitePageSupport.languageName).joined(separator: ", "))),
      ])
      if profile.fictional { profileHTML += "<p class=\"notice\">\(HTML.escape(words[.fictional]))</p>\n" }
      main += section(.profile, profileHTML)
    }
    let cases = (model.casesOfMunicipality[id] ?? []).sorted { ($1.year, $0.id) < ($0.year, $1.id) }
    main += section(.casesOf, cases.isEmpty ? "<p>\(HTML.escape(words[.noCases]))</p>\n" : caseList(cases, from: path, showMunicipality: false))
    let compare = comparison(id, path: path)
    main += policySection(id, path: path, compare: compare)
    var frame = chrome(path)
    frame.printFooter = compare?.footer
    return PageFrame.sitePage(frame, title: name, main: main)
  }

  /// The comparison of the municipality's policy with best practice, when it has a scored policy: the same
  /// sections as `compare --format html`, with the same footer printed on every page. The footer gives the day
  /// of the site's commit; the catalogue's version is named on the search page only, as on every other page,
  /// so that a commit does not change every municipality's page.
  func comparison(_ id: String, path: String) -> CompareHTML? {
    guard let scores = model.scores, let score = model.peeredScores[id] else { return nil }
    var report = ComparisonReport(
      subject: score, other: nil, catalogue: scores, snapshotLabel: model.comparisonLabel)
    report.date = model.request.date
    var compare = CompareHTML(report: report, language: language) { peer in
      switch peer {
      case .policy(let municipality, _, _): SitePaths.relative(from: path, to: SitePaths.municipality(municipality))
      case .caseStudy(let caseID, _, _, _): SitePaths.relative(from: path, to: SitePaths.caseStudy(caseID))
      }
    }
    compare.fragments = model.fragments
    return compare
  }

  func policySection(_ id: String, path: String, compare: CompareHTML?) -> String {
    let policyPath = "\(CatalogueLayout.casesFolder)/\(id)/policy.yaml"
    var html = "<section aria-labelledby=\"policy\" id=\"policy-section\">\n<h2 id=\"policy\">\(HTML.escape(words[.policy]))</h2>\n"
    guard let policy = model.policies[id] else {
      // A peer's municipality: its policy is the peer's to add (see SiteCatalogues).
      if let peer = model.peerName(ofMunicipality: id) {
        return html + "<p>\(HTML.escape(words(.noPeerPolicy, .text(peer))))</p>\n</section>\n"
      }
      let text =
        model.catalogue.invalidFiles.contains(policyPath)
        ? words(.invalidPolicy, .text(policyPath)) : words(.noPolicy, .text(id))
      return html + "<p>\(SitePageSupport.codeSpans(text))</p>\n</section>\n"
    }
    html += "<div lang=\"\(HTML.escape(policy.language))\">\n<h3>\(HTML.escape(policy.title))</h3>\n"
    if let summary = policy.document["summary"]?.string { html += "<p>\(HTML.escape(summary))</p>\n" }
    html += "</div>\n"
    html += facts([
      (.status, HTML.escape(policy.status)), (.adopted, policy.adopted.map(HTML.escape)),
      (.language, HTML.escape(SitePageSupport.languageName(policy.language))),
      (.categories, filterChips(policy.categories, name: "category", from: path) { model.categoryLabel($0, language) }),
    ])
    let goals = policy.document["goals"]?.strings ?? []
    if !goals.isEmpty {
      html += "<h3>\(HTML.escape(words[.goals]))</h3>\n<div lang=\"\(HTML.escape(policy.language))\">\(list(goals))</div>"
    }
    html += provenance(policy.path)
    html += "</section>\n"
    if let compare {
      html += "<div class=\"comparison\">\n<p class=\"meta\">\(HTML.escape(words[.comparison]))</p>\n"
      html += compare.meta() + compare.sections() + "</div>\n"
    }
    return html
  }
}
