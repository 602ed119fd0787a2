
/// Why `new`, `submit` or `init` refuse a value, and the words they write into a repository.
public enum SubmissionText: String, MessageEntry {
  case sha256 = "submission.sha256"
  case archive = "submission.archive"
  case ciImage = "submission.ci-image"
  case initCommitMessage = "submission.init-commit-message"
  case fileNotFolder = "submission.file-not-folder"
  case noSteward = "submission.no-steward"
  case notAnEmail = "submission.not-an-email"
  case folderNotMade = "submission.folder-not-made"
  case notAMunicipality = "submission.not-a-municipality"
  case municipalitySlug = "submission.municipality-slug"
  case titleNeeded = "submission.title-needed"
  case yearRange = "submission.year-range"
  case messageNeeded = "submission.message-needed"
  case filesNeeded = "submission.files-needed"
  case wholeRepository = "submission.whole-repository"
  case doesNotExist = "submission.does-not-exist"
  case fileTooLarge = "submission.file-too-large"
  case notPlainFile = "submission.not-plain-file"
  case holderElsewhere = "submission.holder-elsewhere"
  case holderHere = "submission.holder-here"
  case holderRunning = "submission.holder-running"
  case since = "submission.since"
  case stewardsComment = "submission.stewards-comment"
  case defaultLanguageComment = "submission.default-language-comment"

  public var texts: Texts {
    switch self {
    case .sha256:
      Texts(
        en: "--casebook-sha256 takes the archive's SHA-256 as 64 lower-case hex digits (`sha256sum` prints it)",
        nl: "--casebook-sha256 verwacht de SHA-256 van het archief als 64 hexadecimale cijfers in kleine letters "
          + "(`sha256sum` toont die)")
    case .archive:
      Texts(
        en: "--casebook-archive takes the https address of a casebook release's source archive, such as "
          + "https://example.org/casebook/archive/v0.1.0.tar.gz",
        nl: "--casebook-archive verwacht het https-adres van het bronarchief van een casebook-uitgave, zoals "
          + "https://example.org/casebook/archive/v0.1.0.tar.gz")
    case .ciImage:
      Texts(
        en: "--ci-image takes an image pinned by digest, IMAGE@sha256:<64 hex digits> (`docker buildx imagetools "
          + "inspect IMAGE` shows the digest)",
        nl: "--ci-image verwacht een image vastgelegd met zijn digest, IMAGE@sha256:<64 hexadecimale cijfers> "
          + "(`docker buildx imagetools inspect IMAGE` toont de digest)")
    case .initCommitMessage: Texts(en: "Start a casebook catalogue", nl: "Begin een casebook-catalogus")
    case .fileNotFolder: Texts(en: "it is a file, not a folder", nl: "het is een bestand, geen map")
    case .noSteward:
      Texts(
        en: "no steward is known for the new catalogue: pass --steward you@example.org, or set your e-mail address "
          + "with `git config --global user.email you@example.org`",
        nl: "er is geen catalogusbeheerder bekend voor de nieuwe catalogus: geef --steward u@example.org mee, of "
          + "stel uw e-mailadres in met `git config --global user.email u@example.org`")
    case .notAnEmail:
      Texts(
        en: "{1} is not an e-mail address: pass --steward name@example.org",
        nl: "{1} is geen e-mailadres: geef --steward naam@example.org mee")
    case .folderNotMade: Texts(en: "the folder could not be made", nl: "de map kon niet gemaakt worden")
    case .notAMunicipality:
      Texts(
        en: "{1} is not a municipality: write country code and folder name, for example nl/voorbeeldstad",
        nl: "{1} is geen gemeente: schrijf landcode en mapnaam, bijvoorbeeld nl/voorbeeldstad")
    case .municipalitySlug:
      Texts(
        en: "the municipality's folder name {1} must be lower-case letters, digits and dashes, for example {2}",
        nl: "de mapnaam van de gemeente {1} mag alleen kleine letters, cijfers en streepjes bevatten, bijvoorbeeld {2}")
    case .titleNeeded:
      Texts(
        en: "a case needs a title, from which its file name is made: pass --title \"Short title\"",
        nl: "een casus heeft een titel nodig; daarvan wordt de bestandsnaam gemaakt: geef --title \"Korte titel\" mee")
    case .yearRange:
      Texts(
        en: "the year {1} is outside 1990–2100: pass --year with the year of the case",
        nl: "het jaar {1} ligt buiten 1990–2100: geef --year mee met het jaar van de casus")
    case .messageNeeded:
      Texts(
        en: "a submission needs a message: pass -m \"What you add or change\"",
        nl: "een inzending heeft een bericht nodig: geef -m \"Wat u toevoegt of verandert\" mee")
    case .filesNeeded:
      Texts(
        en: "name the files to submit, for example cases/nl/x/2024-y.yaml",
        nl: "noem de bestanden die u indient, bijvoorbeeld cases/nl/x/2024-y.yaml")
    case .wholeRepository:
      Texts(
        en: "name the files to submit, not the whole repository: for example cases/nl/x/2024-y.yaml",
        nl: "noem de bestanden die u indient, niet de hele repository: bijvoorbeeld cases/nl/x/2024-y.yaml")
    case .doesNotExist:
      Texts(
        en: "{1} does not exist: check the path (`git status` lists changed files)",
        nl: "{1} bestaat niet: controleer het pad (`git status` toont gewijzigde bestanden)")
    case .fileTooLarge:
      Texts(
        en: "{1} has {2} bytes, more than the {3} a catalogue file may have",
        nl: "{1} heeft {2} bytes, meer dan de {3} die een catalogusbestand mag hebben")
    case .notPlainFile:
      Texts(
        en: "{1} is not a plain file (a symbolic link or a special file): casebook submits plain files only",
        nl: "{1} is geen gewoon bestand (een symbolische koppeling of een speciaal bestand): casebook dient alleen "
          + "gewone bestanden in")
    case .holderElsewhere: Texts(en: "process {1} on the computer {2}{3}", nl: "proces {1} op de computer {2}{3}")
    case .holderHere: Texts(en: "process {1}{2}", nl: "proces {1}{2}")
    case .holderRunning: Texts(en: "process {1}{2}, still running", nl: "proces {1}{2}, nog bezig")
    case .since: Texts(en: " since {1}", nl: " sinds {1}")
    case .stewardsComment:
      Texts(
        en: "Who may change schema/ and everything outside cases/. Each municipality's folder under cases/ is "
          + "governed by the maintainers listed in its municipality.yaml.",
        nl: "Wie schema/ en alles buiten cases/ mag wijzigen. De map van elke gemeente onder cases/ valt onder de "
          + "beheerders (maintainers) in haar municipality.yaml.")
    case .defaultLanguageComment:
      Texts(
        en: "The language casebook speaks to people working on this catalogue when neither --lang nor their locale "
          + "(LC_ALL, LC_MESSAGES, LANG) says otherwise: nl or en.",
        nl: "De taal waarin casebook spreekt tegen wie aan deze catalogus werkt, als --lang noch de taalinstelling "
          + "(LC_ALL, LC_MESSAGES, LANG) iets anders zegt: nl of en.")
    }
  }
}
