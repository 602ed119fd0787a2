import CasebookText

/// The pages that list records: search (the home page), use categories, countries, years, municipalities,
/// coverage, policies and the contribute page.
struct SiteListPages {
  let model: SiteModel
  let language: Language
  var words: SiteWords { SiteWords(language) }
  var records: SiteRecordPages { SiteRecordPages(model: model, language: language) }

  func chrome(_ path: String, _ section: PageFrame.SiteSection? = nil) -> PageFrame.SiteChrome {
    SitePageSupport.chrome(model, language: language, path: path, section: section)
  }

  func count(_ number: Int) -> String {
    number == 1 ? words[.caseCountOne] : words(.caseCount, .number(number))
  }

  // MARK: Search

  /// The search page; `dataVersion` (hex digits) goes into the addresses of the search data files.
  func searchPage(dataVersion: String) -> String {
    let index = model.index
    var chrome = SitePageSupport.chrome(model, language: language, path: SitePaths.search, section: .search, showSource: true)
    chrome.scripts = PageAssets.searchScripts
    chrome.bodyData = " data-page=\"search\" data-version=\"\(HTML.escape(dataVersion))\""
    var main = "<h1>\(HTML.escape(words[.searchHeading]))</h1>\n"
    let profiles = index.municipalities.count { $0.hasProfile }
    main += "<p>\(SitePageSupport.codeSpans(words(.searchIntro, .number(index.caseCount), .number(index.policyCount), .number(profiles))))</p>\n"
    main += """
      <form class="search-form" id="search-form" role="search" action="index.html" method="get">
      <div><label for="q">\(HTML.escape(words[.searchLabel]))</label>
      <input type="search" id="q" name="q" autocomplete="off" aria-describedby="search-hint"/></div>
      <button type="submit">\(HTML.escape(words[.searchButton]))</button>
      <p id="search-hint" class="muted">\(HTML.escape(words[.searchHint]))</p>
      </form>
      <p class="notice" id="no-script">\(HTML.escape(words[.noScript]))</p>
      <div class="search-layout" id="search-area" hidden="hidden">
      <aside class="facets" aria-labelledby="filters-heading">
      <h2 id="filters-heading">\(HTML.escape(words[.filters]))</h2>
      <div id="facets"></div>
      </aside>
      <section aria-labelledby="results-heading">
      <h2 id="results-heading">\(HTML.escape(words[.results]))</h2>
      <p id="status" class="status-line" role="status" aria-live="polite"></p>
      <div id="notices"></div>
      <ol id="results" class="results"></ol>
      <p><button type="button" id="more" class="secondary" hidden="hidden">\(HTML.escape(words[.showMore]))</button></p>
      </section>
      </div>

      """
    main += browse()
    return PageFrame.sitePage(chrome, title: model.title(language), main: main)
  }

  /// Plain links to every list page: every record is reachable without JavaScript.
  func browse() -> String {
    let index = model.index
    var html = "<section aria-labelledby=\"browse\">\n<h2 id=\"browse\">\(HTML.escape(words[.browse]))</h2>\n"
    html += "<h3>\(HTML.escape(words[.browseByCategory]))</h3>\n<ul class=\"columns\">\n"
    let perCategory = casesPerCategory()
    for category in index.taxonomy.categories {
      html += "<li>" + HTML.link(SitePaths.category(category.id), category.label(language.rawValue))
        + " <span class=\"muted\">(\(perCategory[category.id]?.count ?? 0))</span></li>\n"
    }
    html += "</ul>\n<h3>\(HTML.escape(words[.browseByCountry]))</h3>\n<ul class=\"columns\">\n"
    for country in countries() {
      html += "<li>" + HTML.link(SitePaths.country(country), country) + "</li>\n"
    }
    html += "</ul>\n<p>" + HTML.link(SitePaths.municipalities, words[.allMunicipalities]) + "</p>\n"
    html += "<h3>\(HTML.escape(words[.browseByYear]))</h3>\n<ul class=\"columns\">\n"
    for (year, cases) in casesPerYear() {
      html += "<li>" + HTML.link(SitePaths.year(year), String(year)) + " <span class=\"muted\">(\(cases.count))</span></li>\n"
    }
    return html + "</ul>\n</section>\n"
  }

  func countries() -> [String] {
    Array(Set(model.index.municipalities.map(\.country))).sorted()
  }

  func casesPerCategory() -> [String: [CaseStudy]] { Self.casesPerCategory(model.catalogue.cases) }

  static func casesPerCategory(_ cases: [CaseStudy]) -> [String: [CaseStudy]] {
    var grouped: [String: [CaseStudy]] = [:]
    for study in cases {
      for category in study.categories { grouped[category, default: []].append(study) }
    }
    return grouped
  }

  /// Years with cases, newest first.
  func casesPerYear() -> [(Int, [CaseStudy])] {
    Dictionary(grouping: model.catalogue.cases, by: \.year).sorted { $0.key > $1.key }.map { ($0.key, $0.value) }
  }

  /// Newest first, then by id.
  func newestFirst(_ cases: [CaseStudy]) -> [CaseStudy] {
    cases.sorted { ($1.year, $0.id) < ($0.year, $1.id) }
  }

  // MARK: Categories

  func categoriesPage() -> String {
    let path = SitePaths.categories
    let perCategory = casesPerCategory()
    var main = "<h1>\(HTML.escape(words[.categoriesHeading]))</h1>\n<p>\(HTML.escape(words[.categoriesIntro]))</p>\n<dl>\n"
    for category in model.index.taxonomy.categories {
      main += "<dt>" + HTML.link(SitePaths.relative(from: path, to: SitePaths.category(category.id)), category.label(language.rawValue))
        + " <span class=\"muted\">(\(HTML.escape(count(perCategory[category.id]?.count ?? 0))))</span></dt>\n"
      main += "<dd>\(HTML.escape(category.descriptions[language.rawValue] ?? category.descriptions["en"] ?? ""))</dd>\n"
    }
    main += "</dl>\n"
    return PageFrame.sitePage(chrome(path, .categories), title: words[.categoriesHeading], main: main)
  }

  func categoryPage(_ category: UseCategory, _ members: [CaseStudy]) -> String {
    let path = SitePaths.category(category.id)
    let cases = newestFirst(members)
    var main = SitePageSupport.breadcrumbs(
      words, [(words[.categoriesHeading], SitePaths.relative(from: path, to: SitePaths.categories))])
    main += "<h1>\(HTML.escape(category.label(language.rawValue)))</h1>\n"
    main += "<p>\(HTML.escape(category.descriptions[language.rawValue] ?? category.descriptions["en"] ?? ""))</p>\n"
    let names = Array(category.labels.values).sorted() + category.aliases
    main += "<p class=\"muted\">\(HTML.escape(words(.alsoCalled, .all(names.map { .text($0) }))))</p>\n"
    let search = SitePaths.relative(from: path, to: SitePaths.search) + HTML.query([("category", category.id)])
    main += "<p>" + HTML.link(search, words[.searchInCategory]) + "</p>\n"
    main += "<h2>\(HTML.escape(words[.casesInCategory])) (\(cases.count))</h2>\n"
    main += records.caseList(cases, from: path)
    return PageFrame.sitePage(chrome(path, .categories), title: category.label(language.rawValue), main: main)
  }

  // MARK: Countries, municipalities, years

  func countryPage(_ country: String) -> String {
    let path = SitePaths.country(country)
    let municipalities = model.index.municipalities.filter { $0.country == country }
    var main = "<h1>\(HTML.escape(words(.municipalitiesIn, .text(country))))</h1>\n<ul class=\"columns\">\n"
    for municipality in municipalities.sorted(by: { TextFolding.fold($0.name) < TextFolding.fold($1.name) }) {
      main += "<li>" + HTML.link(SitePaths.relative(from: path, to: SitePaths.municipality(municipality.id)), municipality.name)
        + " <span class=\"muted\">(\(HTML.escape(count(model.casesOfMunicipality[municipality.id]?.count ?? 0))))</span></li>\n"
    }
    main += "</ul>\n"
    return PageFrame.sitePage(chrome(path), title: words(.municipalitiesIn, .text(country)), main: main)
  }

  func municipalitiesPage() -> String {
    let path = SitePaths.municipalities
    var main = "<h1>\(HTML.escape(words[.municipalities]))</h1>\n"
    for country in countries() {
      main += "<h2>" + HTML.link(SitePaths.relative(from: path, to: SitePaths.country(country)), country) + "</h2>\n<ul class=\"columns\">\n"
      for municipality in model.index.municipalities where municipality.country == country {
        main += "<li>" + HTML.link(SitePaths.relative(from: path, to: SitePaths.municipality(municipality.id)), municipality.name) + "</li>\n"
      }
      main += "</ul>\n"
    }
    return PageFrame.sitePage(chrome(path), title: words[.municipalities], main: main)
  }

  func yearPage(_ year: Int, _ cases: [CaseStudy]) -> String {
    let path = SitePaths.year(year)
    var main = "<h1>\(HTML.escape(words(.casesFrom, .text(String(year)))))</h1>\n"
    main += records.caseList(newestFirst(cases), from: path)
    return PageFrame.sitePage(chrome(path), title: words(.casesFrom, .text(String(year))), main: main)
  }

  // MARK: Coverage

  func coveragePage() -> String {
    let path = SitePaths.coverage
    let stats = model.index.coverage(by: .country)
    let maximum = stats.rows.flatMap(\.counts).max() ?? 0
    var main = "<h1>\(HTML.escape(words[.coverageHeading]))</h1>\n<p>\(HTML.escape(words[.coverageIntro]))</p>\n"
    main += "<table class=\"heat\">\n<caption>\(HTML.escape(words[.coverageCaption]))</caption>\n<thead><tr>"
    main += "<th scope=\"col\">\(HTML.escape(words[.category]))</th>"
    for column in stats.columns { main += "<th scope=\"col\" class=\"num\">\(HTML.escape(column))</th>" }
    main += "<th scope=\"col\" class=\"num\">\(HTML.escape(words[.total]))</th></tr></thead>\n<tbody>\n"
    let contribute = HTML.escape(SitePaths.relative(from: path, to: SitePaths.contribute)) + "#wanted"
    for row in stats.rows {
      let label = model.categoryLabel(row.category, language)
      main += "<tr><th scope=\"row\">" + HTML.link(SitePaths.category(row.category), label) + "</th>"
      for (column, cellCount) in zip(stats.columns, row.counts) {
        let level = Charts.heatLevel(cellCount, maximum: maximum)
        if cellCount == 0 {
          main += "<td class=\"heat-0\"><a class=\"wanted\" href=\"\(contribute)\" aria-label=\"\(HTML.escape(words(.wantedCell, .text(label), .text(column))))\">"
            + "\(HTML.escape(words[.wanted]))</a></td>"
        } else {
          var filters = [("category", row.category)]
          if column.count == 2 { filters.append(("country", column.lowercased())) }
          let href = SitePaths.search + HTML.query(filters)
          main += "<td class=\"heat-\(level)\"><a href=\"\(HTML.escape(href))\" aria-label=\"\(HTML.escape(words(.coverageCell, .text(label), .text(column), .number(cellCount))))\">\(cellCount)</a></td>"
        }
      }
      main += "<td class=\"num\">\(row.total)</td></tr>\n"
    }
    main += "</tbody>\n</table>\n"
    return PageFrame.sitePage(chrome(path, .coverage), title: words[.coverageHeading], main: main)
  }

  // MARK: Policies

  func policiesPage() -> String {
    let path = SitePaths.policies
    var main = "<h1>\(HTML.escape(words[.policiesHeading]))</h1>\n"
    guard let scores = model.scores, !scores.scores.isEmpty else {
      main += "<p>\(HTML.escape(words[.noPolicies]))</p>\n"
      return PageFrame.sitePage(chrome(path, .policies), title: words[.policiesHeading], main: main)
    }
    main += "<p>\(HTML.escape(words[.policiesIntro]))</p>\n"
    let reportLanguage = language
    let report = RankReport(catalogue: scores, invalidPolicies: [], snapshotLabel: Message(CommonText.name, .text("")))
    main += RankRenderer.htmlSections(report, reportLanguage, RankRenderer.table(report, reportLanguage)) {
      SitePaths.municipality($0)
    }
    var chrome = chrome(path, .policies)
    chrome.bodyData = " data-page=\"policies\""
    return PageFrame.sitePage(chrome, title: words[.policiesHeading], main: main)
  }

  // MARK: Contribute

  func contributePage() -> String {
    let path = SitePaths.contribute
    var main = "<h1>\(HTML.escape(words[.contributeHeading]))</h1>\n<p>\(HTML.escape(words[.contributeIntro]))</p>\n"
    main += "<h2>\(HTML.escape(words[.contributeWebHeading]))</h2>\n<ol class=\"steps\">\n"
    for step in [SiteText.contributeWeb1, .contributeWeb2, .contributeWeb3, .contributeWeb4, .contributeWeb5] {
      main += "<li>\(SitePageSupport.codeSpans(words[step]))</li>\n"
    }
    main += "</ol>\n<h2>\(HTML.escape(words[.contributeToolHeading]))</h2>\n<ol class=\"steps\">\n"
    for step in [SiteText.contributeTool1, .contributeTool2, .contributeTool3, .contributeTool4, .contributeTool5] {
      main += "<li>\(SitePageSupport.codeSpans(words[step]))</li>\n"
    }
    main += "</ol>\n<h2>\(HTML.escape(words[.contributeTemplateHeading]))</h2>\n"
    main += "<p>\(SitePageSupport.codeSpans(words[.contributeTemplateIntro]))</p>\n"
    let template = Scaffold.text(
      kind: .caseStudy, path: "cases/nl/uw-gemeente/2025-korte-titel.yaml", country: "nl", title: nil, year: 2025,
      identity: nil, languages: [])
    main += "<pre lang=\"en\" tabindex=\"0\"><code>\(HTML.escape(template))</code></pre>\n"
    main += "<h2>\(HTML.escape(words[.contributeRulesHeading]))</h2>\n<ul>\n"
    for rule in [SiteText.contributeRule1, .contributeRule2, .contributeRule3, .contributeRule4, .contributeRule5, .contributeRule6, .contributeRule7] {
      main += "<li>\(SitePageSupport.codeSpans(words[rule]))</li>\n"
    }
    main += "</ul>\n"
    let stats = model.index.coverage(by: .country)
    var wanted: [String] = []
    for row in stats.rows {
      let empty = zip(stats.columns, row.counts).filter { $0.1 == 0 && $0.0.count == 2 }.map(\.0)
      if !empty.isEmpty { wanted.append("<li>\(HTML.escape(model.categoryLabel(row.category, language))): \(HTML.escape(empty.joined(separator: ", ")))</li>") }
    }
    main += "<h2 id=\"wanted\">\(HTML.escape(words[.contributeWantedHeading]))</h2>\n"
    if !wanted.isEmpty {
      main += "<p>\(HTML.escape(words[.contributeWantedIntro]))</p>\n<ul>\n" + wanted.joined(separator: "\n") + "\n</ul>\n"
    }
    return PageFrame.sitePage(chrome(path, .contribute), title: words[.contributeHeading], main: main)
  }

  // MARK: The root

  /// `index.html` at the site's root: sends the reader to the search page in their browser's language (with
  /// the query kept), and without JavaScript after a moment to the Dutch one; both links are on the page.
  static func rootPage(_ model: SiteModel) -> String {
    let title = model.request.title ?? "\(SiteText.defaultTitle.texts.nl) · \(SiteText.defaultTitle.texts.en)"
    var html = """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" lang="nl" xml:lang="nl">
      <head>
      <meta charset="utf-8"/>
      <meta http-equiv="Content-Security-Policy" content="\(PageFrame.contentSecurityPolicy)"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <meta name="generator" content="casebook"/>
      <title>\(HTML.escape(title))</title>
      <link rel="icon" href="data:,"/>
      <link rel="stylesheet" href="\(HTML.escape(PageAssets.address("site.css", root: "")))"/>
      <script src="\(HTML.escape(PageAssets.address("site.js", root: "")))" defer="defer"></script>
      </head>
      <body data-root="" data-page="root">
      <main id="main">
      <h1>\(HTML.escape(title))</h1>

      """
    for language in [Language.nl, .en] {
      html += "<p lang=\"\(language.rawValue)\">\(HTML.escape(SiteText.chooseLanguage.texts[language])): "
        + "<a href=\"\(language.rawValue)/index.html\" hreflang=\"\(language.rawValue)\">\(language.ownName)</a></p>\n"
    }
    return html + "</main>\n</body>\n</html>\n"
  }
}
