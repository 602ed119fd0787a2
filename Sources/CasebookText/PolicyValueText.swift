/// Words for people for the values a policy's fields take from a fixed list in the policy schema
/// (`schema/policy.schema.json`), shown in reports instead of the schema codes (which JSON, CSV and SARIF
/// keep). The key is `value.` and the code; a code that needs other words in one field has a key with that
/// field's name (the last part of its path) in between: `value.approval.none`.
public enum PolicyValueText: String, MessageEntry {
  // listening.frequency
  case continuous = "value.continuous"
  case daily = "value.daily"
  case weekly = "value.weekly"
  case monthly = "value.monthly"
  case adHoc = "value.ad-hoc"
  // tone.style
  case personal = "value.personal"
  case styleMixed = "value.style.mixed"
  case corporate = "value.corporate"
  // interaction.mode
  case broadcast = "value.broadcast"
  case modeMixed = "value.mode.mixed"
  case modeDialogue = "value.mode.dialogue"
  // response.outside_office_hours
  case outsideOfficeHoursNone = "value.outside_office_hours.none"
  case autoReply = "value.auto-reply"
  case urgentOnly = "value.urgent-only"
  case full = "value.full"
  // representativeness.methods
  case citizenPanel = "value.citizen-panel"
  case survey = "value.survey"
  case offlineMeetings = "value.offline-meetings"
  case targetedOutreach = "value.targeted-outreach"
  case participationAnalysis = "value.participation-analysis"
  case stakeholderConsultation = "value.stakeholder-consultation"
  // experimentation.budget.per
  case year = "value.year"
  case pilot = "value.pilot"
  case total = "value.total"
  // measurement.reporting_frequency, training.frequency
  case quarterly = "value.quarterly"
  case twiceYearly = "value.twice-yearly"
  case yearly = "value.yearly"
  case once = "value.once"
  case onRequest = "value.on-request"
  // digital_inclusion.measures
  case skillsTraining = "value.skills-training"
  case assistedAccess = "value.assisted-access"
  case publicAccessPoints = "value.public-access-points"
  case plainLanguage = "value.plain-language"
  case offlineAlternatives = "value.offline-alternatives"
  case partnerOrganisations = "value.partner-organisations"
  // employee_access.work_access, content.who_may_post
  case allStaff = "value.all-staff"
  case designatedStaff = "value.designated-staff"
  case communicationTeam = "value.communication-team"
  // acceptable_use.personal_use_at_work
  case allowed = "value.allowed"
  case withinLimits = "value.within-limits"
  case notAllowed = "value.not-allowed"
  // content.approval
  case approvalNone = "value.approval.none"
  case sensitiveOnly = "value.sensitive-only"
  case everyMessage = "value.every-message"
  // citizen_conduct.moderation
  case moderationNone = "value.moderation.none"
  case reactive = "value.reactive"
  case active = "value.active"
  case preModeration = "value.pre-moderation"
  // citizen_conduct.removal_grounds
  case discrimination = "value.discrimination"
  case threats = "value.threats"
  case insults = "value.insults"
  case personalData = "value.personal-data"
  case spam = "value.spam"
  case advertising = "value.advertising"
  case offTopic = "value.off-topic"
  case illegal = "value.illegal"
  case impersonation = "value.impersonation"
  // training.topics
  case dialogue = "value.dialogue"
  case webcare = "value.webcare"
  case writing = "value.writing"
  case monitoring = "value.monitoring"
  case measurement = "value.measurement"
  case security = "value.security"
  case privacy = "value.privacy"
  case legal = "value.legal"
  case accessibility = "value.accessibility"
  case crisis = "value.crisis"
  // legal records: capture and scope
  case automatic = "value.automatic"
  case manual = "value.manual"
  case captureNone = "value.capture.none"
  case posts = "value.posts"
  case comments = "value.comments"
  case directMessages = "value.direct-messages"
  case removedComments = "value.removed-comments"
  case workChats = "value.work-chats"
  // any other field
  case none = "value.none"

  public var texts: Texts {
    switch self {
    case .continuous: Texts(en: "continuously", nl: "doorlopend")
    case .daily: Texts(en: "every day", nl: "dagelijks")
    case .weekly: Texts(en: "every week", nl: "wekelijks")
    case .monthly: Texts(en: "every month", nl: "maandelijks")
    case .adHoc: Texts(en: "when needed", nl: "wanneer nodig")
    case .personal: Texts(en: "personal", nl: "persoonlijk")
    case .styleMixed: Texts(en: "partly personal and partly formal", nl: "deels persoonlijk en deels zakelijk")
    case .corporate: Texts(en: "formal", nl: "zakelijk")
    case .broadcast: Texts(en: "mainly sending out news", nl: "vooral zenden")
    case .modeMixed: Texts(en: "both sending out news and conversation", nl: "zowel zenden als in gesprek gaan")
    case .modeDialogue: Texts(en: "in conversation with residents", nl: "in gesprek met inwoners")
    case .outsideOfficeHoursNone: Texts(en: "no reply", nl: "geen reactie")
    case .autoReply: Texts(en: "automatic reply", nl: "automatisch antwoord")
    case .urgentOnly: Texts(en: "urgent matters only", nl: "alleen bij spoed")
    case .full: Texts(en: "full reply", nl: "volledig antwoord")
    case .citizenPanel: Texts(en: "residents' panel", nl: "inwonerspanel")
    case .survey: Texts(en: "surveys", nl: "enquêtes")
    case .offlineMeetings: Texts(en: "meetings in person", nl: "bijeenkomsten op locatie")
    case .targetedOutreach: Texts(en: "reaching out to groups that are heard less", nl: "gericht minder gehoorde groepen opzoeken")
    case .participationAnalysis: Texts(en: "analysing who takes part", nl: "analyse van wie meedoet")
    case .stakeholderConsultation: Texts(en: "consulting stakeholders", nl: "raadplegen van belanghebbenden")
    case .year: Texts(en: "per year", nl: "per jaar")
    case .pilot: Texts(en: "per pilot", nl: "per pilot")
    case .total: Texts(en: "in total", nl: "in totaal")
    case .quarterly: Texts(en: "every quarter", nl: "elk kwartaal")
    case .twiceYearly: Texts(en: "twice a year", nl: "twee keer per jaar")
    case .yearly: Texts(en: "every year", nl: "jaarlijks")
    case .once: Texts(en: "once", nl: "eenmalig")
    case .onRequest: Texts(en: "on request", nl: "op verzoek")
    case .skillsTraining: Texts(en: "digital skills courses", nl: "cursussen digitale vaardigheden")
    case .assistedAccess: Texts(en: "help with going online", nl: "hulp bij het online regelen")
    case .publicAccessPoints: Texts(en: "public computers and access points", nl: "openbare computers en informatiepunten")
    case .plainLanguage: Texts(en: "plain language", nl: "eenvoudige taal")
    case .offlineAlternatives: Texts(en: "offline alternative", nl: "alternatief zonder internet")
    case .partnerOrganisations: Texts(en: "partner organisations", nl: "partnerorganisaties")
    case .allStaff: Texts(en: "all staff", nl: "alle medewerkers")
    case .designatedStaff: Texts(en: "designated staff", nl: "aangewezen medewerkers")
    case .communicationTeam: Texts(en: "the communication team", nl: "het communicatieteam")
    case .allowed: Texts(en: "allowed", nl: "toegestaan")
    case .withinLimits: Texts(en: "allowed within limits", nl: "toegestaan binnen grenzen")
    case .notAllowed: Texts(en: "not allowed", nl: "niet toegestaan")
    case .approvalNone: Texts(en: "no approval beforehand", nl: "geen goedkeuring vooraf")
    case .sensitiveOnly: Texts(en: "only sensitive messages", nl: "alleen gevoelige berichten")
    case .everyMessage: Texts(en: "every message", nl: "elk bericht")
    case .moderationNone: Texts(en: "no moderation", nl: "geen moderatie")
    case .reactive: Texts(en: "after a report", nl: "na een melding")
    case .active: Texts(en: "active monitoring", nl: "actief meelezen")
    case .preModeration: Texts(en: "checked before publication", nl: "controle vóór plaatsing")
    case .discrimination: Texts(en: "discrimination", nl: "discriminatie")
    case .threats: Texts(en: "threats", nl: "bedreigingen")
    case .insults: Texts(en: "insults", nl: "beledigingen")
    case .personalData: Texts(en: "personal data", nl: "persoonsgegevens")
    case .spam: Texts(en: "spam", nl: "spam")
    case .advertising: Texts(en: "advertising", nl: "reclame")
    case .offTopic: Texts(en: "off topic", nl: "niet ter zake")
    case .illegal: Texts(en: "unlawful content", nl: "onrechtmatige inhoud")
    case .impersonation: Texts(en: "posing as someone else", nl: "zich voordoen als een ander")
    case .dialogue: Texts(en: "conversation with residents", nl: "in gesprek met inwoners")
    case .webcare: Texts(en: "webcare", nl: "webcare")
    case .writing: Texts(en: "writing", nl: "schrijven")
    case .monitoring: Texts(en: "monitoring", nl: "monitoring")
    case .measurement: Texts(en: "measuring results", nl: "resultaten meten")
    case .security: Texts(en: "security", nl: "beveiliging")
    case .privacy: Texts(en: "privacy", nl: "privacy")
    case .legal: Texts(en: "legal matters", nl: "juridische zaken")
    case .accessibility: Texts(en: "accessibility", nl: "toegankelijkheid")
    case .crisis: Texts(en: "crisis communication", nl: "crisiscommunicatie")
    case .automatic: Texts(en: "automatically", nl: "automatisch")
    case .manual: Texts(en: "by hand", nl: "met de hand")
    case .captureNone: Texts(en: "not archived", nl: "niet gearchiveerd")
    case .posts: Texts(en: "posts", nl: "berichten")
    case .comments: Texts(en: "comments", nl: "reacties")
    case .directMessages: Texts(en: "direct messages", nl: "privéberichten")
    case .removedComments: Texts(en: "removed comments", nl: "verwijderde reacties")
    case .workChats: Texts(en: "work chats", nl: "werkchats")
    case .none: Texts(en: "none", nl: "geen")
    }
  }

  /// The fields (the last part of their path) whose values the policy schema takes from a fixed list; only
  /// their values are put in words.
  public static let fieldsWithFixedValues: Set<String> = [
    "approval", "capture", "frequency", "measures", "methods", "mode", "moderation", "outside_office_hours", "per",
    "personal_use_at_work", "removal_grounds", "reporting_frequency", "scope", "status", "style", "topics",
    "who_may_post", "work_access",
  ]

  /// The words for `value` in the field at `path` (`content.approval`), or nil for a value without an
  /// entry (a value a steward added), which a report then shows as it is written. A policy's status has its
  /// own words (``PolicyStatusText``).
  public static func label(_ value: String, field path: String) -> Message? {
    let field = path.split(separator: ".").last.map(String.init) ?? path
    if field == "status" { return Message(key: "policy-status." + value, arguments: []) }
    // Free text that happens to equal a code ("daily" as a tool's name) stays as it is written.
    guard fieldsWithFixedValues.contains(field) else { return nil }
    return Message(key: "value.\(field).\(value)", arguments: []) ?? Message(key: "value." + value, arguments: [])
  }
}
