import CasebookText

/// The frame around every page: the document head, and for the site the header with navigation and the
/// language switch, and the footer. A report page (`compare`, `rank`) is self-contained: its styles are inline
/// and it has no scripts. A site page links the site's styles and scripts as files, under a strict
/// Content-Security-Policy that allows nothing but the site's own files.
enum PageFrame {
  /// The policy every site page declares: only the site's own files; no inline script, no eval, no plug-ins.
  static let contentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    + "base-uri 'none'; form-action 'self'"

  /// A self-contained report page: inline styles, no scripts, nothing fetched; well-formed XHTML. `body` is the
  /// page's header and main part; `footer` (text) is printed at the foot of every page: Chromium repeats a
  /// table's `<tfoot>` on every printed page, but neither a fixed element in the page margin nor `@page`
  /// margin boxes, so the page is laid out in a one-cell presentational table.
  static func report(language: Language, title: String, body: String, footer: String) -> String {
    """
    <!DOCTYPE html>
    <html xmlns="http://www.w3.org/1999/xhtml" lang="\(language.rawValue)" xml:lang="\(language.rawValue)">
    <head>
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <meta name="generator" content="casebook"/>
    <title>\(HTML.escape(title))</title>
    <style>
    \(PageAssets.inlineStyles)
    </style>
    </head>
    <body>
    <table class="page-frame" role="presentation"><tbody><tr><td>
    \(body)
    </td></tr></tbody>
    <tfoot><tr><td><footer><p>\(HTML.escape(footer))</p></footer></td></tr></tfoot></table>
    </body>
    </html>

    """
  }

  /// Where a site page is and what surrounds it.
  struct SiteChrome {
    /// The page's language.
    var language: Language
    /// The page's path inside its language's folder (`cases/nl/x/slug.html`), for the language switch.
    var path: String
    /// The site's title (`--title`).
    var siteTitle: String
    /// Which navigation entry is the current page's, if any.
    var section: SiteSection?
    /// Scripts the page needs after `site.js`, by asset name, in the order they run.
    var scripts: [String] = []
    /// The canonical address of the page, when the site knows its base address.
    var canonical: String?
    /// The footer's line: which revision the site was made from.
    var footer: String
    /// Extra `data-` attributes for the body, already escaped (`data-page="search"`).
    var bodyData: String = ""
    /// A line printed at the foot of every page (a report's title, date and version), as in ``report``.
    var printFooter: String?

    /// From this page to the site's root: `../` once for the language folder and once per folder below it.
    var root: String { "../" + languageRoot }
    /// From this page to the root of its language's folder.
    var languageRoot: String { String(repeating: "../", count: path.utf8.count { $0 == UInt8(ascii: "/") }) }
  }

  /// The entries of the site's navigation.
  enum SiteSection: CaseIterable {
    case search, categories, coverage, policies, contribute

    var path: String {
      switch self {
      case .search: "index.html"
      case .categories: "categories/index.html"
      case .coverage: "coverage.html"
      case .policies: "policies.html"
      case .contribute: "contribute.html"
      }
    }

    var label: SiteText {
      switch self {
      case .search: .navSearch
      case .categories: .navCategories
      case .coverage: .navCoverage
      case .policies: .navPolicies
      case .contribute: .navContribute
      }
    }
  }

  /// A site page: `main` is the page's own content (its `<h1>` included).
  static func sitePage(_ chrome: SiteChrome, title: String, main: String) -> String {
    let language = chrome.language
    let words = SiteWords(language)
    let other = language == .nl ? Language.en : .nl
    let languageRoot = chrome.languageRoot
    let root = "../" + languageRoot
    var html = """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" lang="\(language.rawValue)" xml:lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8"/>
      <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <meta name="generator" content="casebook"/>
      <meta name="referrer" content="no-referrer"/>
      <title>\(HTML.escape(title == chrome.siteTitle ? title : "\(title) · \(chrome.siteTitle)"))</title>

      """
    // An empty icon, so that browsers do not ask the server's root for /favicon.ico.
    html += "<link rel=\"icon\" href=\"data:,\"/>\n"
    if let canonical = chrome.canonical { html += "<link rel=\"canonical\" href=\"\(HTML.escape(canonical))\"/>\n" }
    html += "<link rel=\"alternate\" hreflang=\"\(other.rawValue)\" href=\"\(HTML.escape(root + other.rawValue + "/" + chrome.path))\"/>\n"
    html += "<link rel=\"stylesheet\" href=\"\(HTML.escape(PageAssets.address("site.css", root: root)))\"/>\n"
    html += "<link rel=\"stylesheet\" media=\"print\" href=\"\(HTML.escape(PageAssets.address("print.css", root: root)))\"/>\n"
    for script in ["site.js"] + chrome.scripts {
      html += "<script src=\"\(HTML.escape(PageAssets.address(script, root: root)))\" defer=\"defer\"></script>\n"
    }
    html += "</head>\n<body data-root=\"\(root)\" data-lang=\"\(language.rawValue)\"\(chrome.bodyData)>\n"
    html += "<a class=\"skip\" href=\"#main\">\(HTML.escape(words[.skipToContent]))</a>\n"
    // A page with a print footer is laid out in the frame whose footer printing repeats (see `report`).
    if chrome.printFooter != nil { html += "<table class=\"page-frame\" role=\"presentation\"><tbody><tr><td>\n" }
    html += "<header class=\"site-header\">\n"
    html += "<a class=\"site-title\" href=\"\(languageRoot)index.html\">\(HTML.escape(chrome.siteTitle))</a>\n"
    html += "<nav class=\"site-nav\" aria-label=\"\(HTML.escape(words[.navLabel]))\"><ul>\n"
    for section in SiteSection.allCases {
      html += "<li>" + HTML.link(languageRoot + section.path, words[section.label], current: section == chrome.section)
        + "</li>\n"
    }
    html += "</ul></nav>\n"
    html += "<p class=\"language-switch\"><a id=\"language-switch\" href=\"\(HTML.escape(root + other.rawValue + "/" + chrome.path))\" "
      + "hreflang=\"\(other.rawValue)\" lang=\"\(other.rawValue)\">\(HTML.escape(words[.otherLanguage]))</a></p>\n"
    let content = "</header>\n<main id=\"main\">\n\(main)</main>\n"
    guard let printFooter = chrome.printFooter else {
      return html + content + "<footer><p>\(HTML.escape(chrome.footer))</p></footer>\n</body>\n</html>\n"
    }
    return html + content + "</td></tr></tbody>\n<tfoot><tr><td><footer><p>\(HTML.escape(printFooter))</p>"
      + "<p>\(HTML.escape(chrome.footer))</p></footer></td></tr></tfoot></table>\n</body>\n</html>\n"
  }
}

/// The site's words in one language, by catalogue entry.
struct SiteWords {
  let language: Language

  init(_ language: Language) { self.language = language }

  subscript(_ entry: SiteText) -> String { entry.texts[language] }

  /// An entry with its placeholders filled.
  func callAsFunction(_ entry: SiteText, _ arguments: MessageArgument...) -> String {
    Message(entry, arguments: arguments).text(language)
  }
}
