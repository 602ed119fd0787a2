import CasebookText

/// Pieces several site pages share.
enum SitePageSupport {
  /// The frame of a page. Only the search page names the revision in its footer: were every page to name it,
  /// every commit would change every page.
  static func chrome(
    _ model: SiteModel, language: Language, path: String, section: PageFrame.SiteSection?, showSource: Bool = false
  ) -> PageFrame.SiteChrome {
    var canonical: String?
    if let base = model.request.baseURL {
      canonical = (base.hasSuffix("/") ? base : base + "/") + language.rawValue + "/" + path
    }
    return PageFrame.SiteChrome(
      language: language, path: path, siteTitle: model.title(language), section: section, canonical: canonical,
      footer: showSource ? SiteWords(language)(.footer, .message(model.sourceLabel)) : SiteWords(language)[.footerPlain])
  }

  /// A breadcrumb trail of links (the current page is the heading that follows).
  static func breadcrumbs(_ words: SiteWords, _ links: [(String, String)]) -> String {
    "<nav class=\"breadcrumbs\" aria-label=\"\(HTML.escape(words[.breadcrumbs]))\"><ol>"
      + links.map { "<li>" + HTML.link($0.1, $0.0) + "</li>" }.joined() + "</ol></nav>\n"
  }

  /// A language's own name for the codes the site speaks, else the code.
  static func languageName(_ code: String) -> String {
    Language(code: code).map(\.ownName) ?? code
  }

  /// Escaped text in which `backticked` parts are shown as code.
  static func codeSpans(_ text: String) -> String {
    var html = ""
    for (number, part) in text.split(separator: "`", omittingEmptySubsequences: false).enumerated() {
      html += number % 2 == 1 ? "<code>\(HTML.escape(String(part)))</code>" : HTML.escape(String(part))
    }
    return html
  }
}
