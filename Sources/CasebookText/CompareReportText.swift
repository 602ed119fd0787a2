/// The fixed words of `compare` and `rank` reports, and how a criterion's findings are put in words.
public enum CompareReportText: String, MessageEntry {
  case heading = "compare.heading"
  case headingBoth = "compare.heading-both"
  case policyLine = "compare.policy-line"
  case policyLineAdopted = "compare.policy-line-adopted"
  case modelLine = "compare.model-line"
  case modelLineAlone = "compare.model-line-alone"
  case model = "compare.model"
  case overall = "compare.overall"
  case pillar = "compare.pillar"
  case score = "compare.score"
  case scores = "compare.scores"
  case scoresScale = "compare.scores-scale"
  case bestPractice = "compare.best-practice"
  case criterion = "compare.criterion"
  case status = "compare.status"
  case weight = "compare.weight"
  case found = "compare.found"
  case recommendation = "compare.recommendation"
  case peers = "compare.peers"
  case caseWord = "compare.case"
  case topRecommendations = "compare.top-recommendations"
  case topRecommendationsOf = "compare.top-recommendations-of"
  case noRecommendations = "compare.no-recommendations"
  case doesBetter = "compare.does-better"
  case notApplicableShort = "compare.not-applicable-short"
  case rank = "compare.rank"
  case municipality = "compare.municipality"
  case leagueTitle = "compare.league-title"
  case method = "compare.method"
  case methodText = "compare.method-text"
  case sources = "compare.sources"
  case chartOf = "compare.chart-of"
  case technical = "compare.technical"
  case technicalText = "compare.technical-text"
  case technicalColumn = "compare.technical-column"
  case fieldsRead = "compare.fields-read"
  case met = "compare.status.met"
  case partial = "compare.status.partial"
  case missing = "compare.status.missing"
  case notApplicable = "compare.status.not-applicable"
  case doesNotApply = "compare.does-not-apply"
  case checksPass = "compare.checks-pass"
  case notSet = "compare.not-set"
  case filledIn = "compare.filled-in"
  case items = "compare.items"
  case item = "compare.item"
  case andMoreItems = "compare.and-more-items"
  case mustBeFilledIn = "compare.must-be-filled-in"
  case mustNotBeEmpty = "compare.must-not-be-empty"
  case mustBe = "compare.must-be"
  case mustInclude = "compare.must-include"
  case mustBeOneOf = "compare.must-be-one-of"
  case needsAtLeast = "compare.needs-at-least"
  case needsAtLeastOf = "compare.needs-at-least-of"
  case atMost = "compare.at-most"
  case atMostOf = "compare.at-most-of"
  case invalidPolicies = "compare.invalid-policies"
  case medianOfOne = "compare.median-of-one"
  case medianOfOther = "compare.median-of-other"
  case indicativeOne = "compare.indicative-one"
  case indicativeOther = "compare.indicative-other"
  case madeOn = "compare.made-on"
  case criterionDetails = "compare.criterion-details"
  case peerPolicyScore = "compare.peer-policy-score"
  case peerCaseOf = "compare.peer-case-of"

  public var texts: Texts {
    switch self {
    case .heading: Texts(en: "{1} compared with best practice", nl: "{1} vergeleken met de goede praktijk")
    case .headingBoth:
      Texts(
        en: "{1} & {2} side by side, compared with best practice",
        nl: "{1} & {2} naast elkaar, vergeleken met de goede praktijk")
    case .policyLine: Texts(en: "Policy of {1}: {2} ({3})", nl: "Beleid van {1}: {2} ({3})")
    case .policyLineAdopted:
      Texts(en: "Policy of {1}: {2} ({3}; adopted on {4})", nl: "Beleid van {1}: {2} ({3}; vastgesteld op {4})")
    case .modelLine: Texts(en: "Model: {1}, version {2} ({3}); {4}", nl: "Model: {1}, versie {2} ({3}); {4}")
    case .modelLineAlone: Texts(en: "Model: {1}, version {2} ({3})", nl: "Model: {1}, versie {2} ({3})")
    case .model: Texts(en: "Model", nl: "Model")
    case .overall: Texts(en: "Overall", nl: "Totaal")
    case .pillar: Texts(en: "Pillar", nl: "Pijler")
    case .score: Texts(en: "Score", nl: "Score")
    case .scores: Texts(en: "Scores", nl: "Scores")
    case .scoresScale: Texts(en: "Scores (0–100)", nl: "Scores (0–100)")
    case .bestPractice: Texts(en: "Best practice", nl: "Goede praktijk")
    case .criterion: Texts(en: "Criterion", nl: "Criterium")
    case .status: Texts(en: "Status", nl: "Status")
    case .weight: Texts(en: "weight {1}", nl: "gewicht {1}")
    case .found: Texts(en: "Found", nl: "Gevonden")
    case .recommendation: Texts(en: "Recommendation", nl: "Aanbeveling")
    case .peers: Texts(en: "Learn from", nl: "Leer van")
    case .caseWord: Texts(en: "case study", nl: "casus")
    case .topRecommendations: Texts(en: "Top recommendations", nl: "Belangrijkste aanbevelingen")
    case .topRecommendationsOf: Texts(en: "Top recommendations: {1}", nl: "Belangrijkste aanbevelingen: {1}")
    case .noRecommendations:
      Texts(
        en: "Every criterion that applies is met.",
        nl: "Aan elk criterium dat van toepassing is, is voldaan.")
    case .doesBetter: Texts(en: "Where {1} does better", nl: "Waar {1} het beter doet")
    case .notApplicableShort: Texts(en: "n/a", nl: "n.v.t.")
    case .rank: Texts(en: "Rank", nl: "Plaats")
    case .municipality: Texts(en: "Municipality", nl: "Gemeente")
    case .leagueTitle:
      Texts(
        en: "Social-media policies compared with best practice",
        nl: "Sociale-mediabeleid vergeleken met de goede praktijk")
    case .method: Texts(en: "How scores are computed", nl: "Zo worden de scores berekend")
    case .methodText:
      Texts(
        en: "A criterion that is met counts 1, partial 0.5, missing 0; a criterion that does not apply is left out. "
          + "A pillar's score is 100 × the sum of weight × credit over the sum of the weights of its criteria that "
          + "apply; the overall score is the same sum over all criteria. A recommendation's gain is what meeting it "
          + "would add to the overall score.",
        nl: "Een criterium waaraan voldaan is, telt 1, gedeeltelijk 0,5, ontbrekend 0; een criterium dat niet van "
          + "toepassing is, telt niet mee. De score van een pijler is 100 × de som van gewicht × waardering gedeeld "
          + "door de som van de gewichten van de criteria die van toepassing zijn; de totaalscore is dezelfde som over "
          + "alle criteria. De winst van een aanbeveling is wat voldoen eraan aan de totaalscore zou toevoegen.")
    case .sources: Texts(en: "Sources", nl: "Bronnen")
    case .chartOf:
      Texts(
        en: "Score for {1}: this municipality against best practice and the catalogue median",
        nl: "Score voor {1}: deze gemeente tegenover de goede praktijk en de mediaan van de catalogus")
    case .technical: Texts(en: "Technical names", nl: "Technische namen")
    case .technicalText:
      Texts(
        en: "For model and policy authors: each criterion's id in the model and the policy fields it reads.",
        nl: "Voor wie het model of een beleid schrijft: de id van elk criterium in het model en de velden van het "
          + "beleid die het leest.")
    case .technicalColumn: Texts(en: "Id and fields", nl: "Id en velden")
    case .fieldsRead: Texts(en: "{1}: {2}", nl: "{1}: {2}")
    case .met: Texts(en: "met", nl: "voldaan")
    case .partial: Texts(en: "partial", nl: "gedeeltelijk")
    case .missing: Texts(en: "missing", nl: "ontbreekt")
    case .notApplicable: Texts(en: "not applicable", nl: "niet van toepassing")
    case .doesNotApply:
      Texts(
        en: "Does not apply (its condition does not hold): {1}",
        nl: "Niet van toepassing (de voorwaarde geldt niet): {1}")
    case .checksPass:
      Texts(en: "{1} of {2} checks pass, {3} needed", nl: "{1} van {2} controles voldaan, {3} nodig")
    case .notSet: Texts(en: "not in the policy", nl: "niet in het beleid")
    case .filledIn: Texts(en: "filled in", nl: "ingevuld")
    case .items: Texts(en: "{1} items", nl: "{1} elementen")
    case .item: Texts(en: "{1} item", nl: "{1} element")
    case .andMoreItems: Texts(en: "{1}, … ({2})", nl: "{1}, … ({2})")
    case .mustBeFilledIn: Texts(en: "must be filled in", nl: "moet ingevuld zijn")
    case .mustNotBeEmpty: Texts(en: "must not be empty", nl: "mag niet leeg zijn")
    case .mustBe: Texts(en: "must be {1}", nl: "moet {1} zijn")
    case .mustInclude: Texts(en: "must include {1}", nl: "moet {1} bevatten")
    case .mustBeOneOf: Texts(en: "must be {1}", nl: "moet {1} zijn")
    case .needsAtLeast: Texts(en: "needs at least {1}", nl: "minstens {1} nodig")
    case .needsAtLeastOf: Texts(en: "needs at least {1} of {2}", nl: "minstens {1} van {2} nodig")
    case .atMost: Texts(en: "at most {1}", nl: "hoogstens {1}")
    case .atMostOf: Texts(en: "at most {1} of {2}", nl: "hoogstens {1} van {2}")
    case .invalidPolicies: Texts(en: "Left out (policy has errors)", nl: "Weggelaten (beleid met fouten)")
    case .medianOfOne: Texts(en: "Median of {1} policy", nl: "Mediaan van {1} gemeente")
    case .medianOfOther: Texts(en: "Median of {1} policies", nl: "Mediaan van {1} gemeenten")
    case .indicativeOne:
      Texts(
        en: "The catalogue holds only {1} policy, so this comparison is indicative: a median needs at least five "
          + "policies to say much.",
        nl: "De catalogus bevat het beleid van maar {1} gemeente. Deze vergelijking is daarom indicatief: een "
          + "mediaan zegt pas iets bij het beleid van minstens vijf gemeenten.")
    case .indicativeOther:
      Texts(
        en: "The catalogue holds only {1} policies, so this comparison is indicative: a median needs at least five "
          + "policies to say much.",
        nl: "De catalogus bevat het beleid van maar {1} gemeenten. Deze vergelijking is daarom indicatief: een "
          + "mediaan zegt pas iets bij het beleid van minstens vijf gemeenten.")
    case .madeOn: Texts(en: "Made on {1}; catalogue: {2}", nl: "Gemaakt op {1}; catalogus: {2}")
    case .criterionDetails: Texts(en: "Weight {1}; in the model and policy:", nl: "Gewicht {1}; in model en beleid:")
    case .peerPolicyScore: Texts(en: "(score {1})", nl: "(score {1})")
    case .peerCaseOf: Texts(en: "({1}, {2})", nl: "({1}, {2})")
    }
  }
}

/// What a catalogue was read from, for reports: the working tree or a revision.
public enum SnapshotText: String, MessageEntry {
  case workingTree = "snapshot.working-tree"
  case revision = "snapshot.revision"
  case atCommit = "snapshot.at-commit"
  case atCommitWithChanges = "snapshot.at-commit-with-changes"
  case notCommitted = "snapshot.not-committed"

  public var texts: Texts {
    switch self {
    case .workingTree: Texts(en: "working tree", nl: "werkmap")
    case .revision: Texts(en: "revision {1} ({2})", nl: "revisie {1} ({2})")
    case .atCommit: Texts(en: "version {1}", nl: "versie {1}")
    case .atCommitWithChanges:
      Texts(
        en: "version {1} with changes that are not yet committed",
        nl: "versie {1} met wijzigingen die nog niet zijn vastgelegd")
    case .notCommitted: Texts(en: "files not yet committed", nl: "bestanden die nog niet zijn vastgelegd")
    }
  }
}

/// Dates as a person writes them in reports meant for reading (`7 December 2026`, `7 december 2026`); machine
/// formats keep ISO dates.
public enum ReportDateText: String, MessageEntry {
  case date = "date.day-month-year"
  case january = "date.month.1"
  case february = "date.month.2"
  case march = "date.month.3"
  case april = "date.month.4"
  case may = "date.month.5"
  case june = "date.month.6"
  case july = "date.month.7"
  case august = "date.month.8"
  case september = "date.month.9"
  case october = "date.month.10"
  case november = "date.month.11"
  case december = "date.month.12"

  /// The months in order.
  public static let months: [ReportDateText] = [
    .january, .february, .march, .april, .may, .june, .july, .august, .september, .october, .november, .december,
  ]

  public var texts: Texts {
    switch self {
    case .date: Texts(en: "{1} {2} {3}", nl: "{1} {2} {3}")
    case .january: Texts(en: "January", nl: "januari")
    case .february: Texts(en: "February", nl: "februari")
    case .march: Texts(en: "March", nl: "maart")
    case .april: Texts(en: "April", nl: "april")
    case .may: Texts(en: "May", nl: "mei")
    case .june: Texts(en: "June", nl: "juni")
    case .july: Texts(en: "July", nl: "juli")
    case .august: Texts(en: "August", nl: "augustus")
    case .september: Texts(en: "September", nl: "september")
    case .october: Texts(en: "October", nl: "oktober")
    case .november: Texts(en: "November", nl: "november")
    case .december: Texts(en: "December", nl: "december")
    }
  }
}

/// A policy's status (`status` in policy.yaml) in words.
public enum PolicyStatusText: String, MessageEntry {
  case draft = "policy-status.draft"
  case adopted = "policy-status.adopted"
  case underReview = "policy-status.under-review"
  case retired = "policy-status.retired"

  public var texts: Texts {
    switch self {
    case .draft: Texts(en: "draft", nl: "concept")
    case .adopted: Texts(en: "in force", nl: "van kracht")
    case .underReview: Texts(en: "in force, being revised", nl: "van kracht, wordt herzien")
    case .retired: Texts(en: "no longer in force", nl: "niet meer van kracht")
    }
  }
}
