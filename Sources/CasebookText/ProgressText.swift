/// The progress line on a terminal while long work runs.
public enum ProgressText: String, MessageEntry {
  case checkingFiles = "progress.checking-files"
  case writingPages = "progress.writing-pages"

  public var texts: Texts {
    switch self {
    case .checkingFiles: Texts(en: "Checking files: {1} of {2}…", nl: "Bestanden controleren: {1} van {2}…")
    case .writingPages: Texts(en: "Writing pages: {1} of {2}…", nl: "Pagina's schrijven: {1} van {2}…")
    }
  }
}
