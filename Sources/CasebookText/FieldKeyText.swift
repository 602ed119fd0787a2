/// Labels of the fields of case studies, policies and municipality profiles by their key, as `show` lays a
/// record out (`Listening`, `Clipping service`). The key of a field's label is `key.` followed by the field's key.
public enum FieldKeyText: String, MessageEntry {
  case acceptableUse = "key.acceptable_use"
  case accessibility = "key.accessibility"
  case accountManagement = "key.account_management"
  case accounts = "key.accounts"
  case accountsPublished = "key.accounts_published"
  case activities = "key.activities"
  case adopted = "key.adopted"
  case allowed = "key.allowed"
  case altText = "key.alt_text"
  case amount = "key.amount"
  case approval = "key.approval"
  case approvalRequired = "key.approval_required"
  case approver = "key.approver"
  case asksForInput = "key.asks_for_input"
  case audience = "key.audience"
  case authenticity = "key.authenticity"
  case author = "key.author"
  case budget = "key.budget"
  case budgetReserved = "key.budget_reserved"
  case captions = "key.captions"
  case capture = "key.capture"
  case categories = "key.categories"
  case channels = "key.channels"
  case checkInput = "key.check_input"
  case citizenConduct = "key.citizen_conduct"
  case clippingService = "key.clipping_service"
  case codeOfConduct = "key.code_of_conduct"
  case committed = "key.committed"
  case consequencesDefined = "key.consequences_defined"
  case contact = "key.contact"
  case content = "key.content"
  case convene = "key.convene"
  case correctMistakesOpenly = "key.correct_mistakes_openly"
  case councilRoles = "key.council_roles"
  case country = "key.country"
  case covered = "key.covered"
  case crisis = "key.crisis"
  case currency = "key.currency"
  case date = "key.date"
  case department = "key.department"
  case description = "key.description"
  case digitalInclusion = "key.digital_inclusion"
  case discloseIdentity = "key.disclose_identity"
  case discloseRole = "key.disclose_role"
  case dpia = "key.dpia"
  case editorialCalendar = "key.editorial_calendar"
  case email = "key.email"
  case embedding = "key.embedding"
  case employeeAccess = "key.employee_access"
  case employeeConduct = "key.employee_conduct"
  case end = "key.end"
  case evaluation = "key.evaluation"
  case everyMessageAnswered = "key.every_message_answered"
  case experimentation = "key.experimentation"
  case fictional = "key.fictional"
  case firstResponseHours = "key.first_response_hours"
  case freedomOfInformation = "key.freedom_of_information"
  case frequency = "key.frequency"
  case goals = "key.goals"
  case grantedBy = "key.granted_by"
  case handle = "key.handle"
  case houseRules = "key.house_rules"
  case houseRulesUrl = "key.house_rules_url"
  case how = "key.how"
  case inactiveAccountsClosed = "key.inactive_accounts_closed"
  case incidentProcedure = "key.incident_procedure"
  case innovate = "key.innovate"
  case integration = "key.integration"
  case interaction = "key.interaction"
  case jointControllership = "key.joint_controllership"
  case keepPromises = "key.keep_promises"
  case kpis = "key.kpis"
  case language = "key.language"
  case languages = "key.languages"
  case lastReview = "key.last_review"
  case laws = "key.laws"
  case legal = "key.legal"
  case lessons = "key.lessons"
  case listening = "key.listening"
  case maintainers = "key.maintainers"
  case measurement = "key.measurement"
  case measures = "key.measures"
  case messagesAreDocuments = "key.messages_are_documents"
  case methods = "key.methods"
  case mode = "key.mode"
  case moderation = "key.moderation"
  case monitoring = "key.monitoring"
  case name = "key.name"
  case namedStaff = "key.named_staff"
  case neverSoleChannel = "key.never_sole_channel"
  case nextReview = "key.next_review"
  case noProfiling = "key.no_profiling"
  case notes = "key.notes"
  case offboarding = "key.offboarding"
  case onCall = "key.on_call"
  case otherChannels = "key.other_channels"
  case outcomes = "key.outcomes"
  case outsideOfficeHours = "key.outside_office_hours"
  case owner = "key.owner"
  case partOfCommunicationStrategy = "key.part_of_communication_strategy"
  case partners = "key.partners"
  case passwordManagement = "key.password_management"
  case per = "key.per"
  case period = "key.period"
  case personalDataInPrivate = "key.personal_data_in_private"
  case personalUseAtWork = "key.personal_use_at_work"
  case pilots = "key.pilots"
  case plan = "key.plan"
  case platform = "key.platform"
  case population = "key.population"
  case privacy = "key.privacy"
  case privacyStatement = "key.privacy_statement"
  case privateUseGuidelines = "key.private_use_guidelines"
  case procedure = "key.procedure"
  case processes = "key.processes"
  case processingRegister = "key.processing_register"
  case prohibited = "key.prohibited"
  case provided = "key.provided"
  case publishedTerms = "key.published_terms"
  case publisher = "key.publisher"
  case purpose = "key.purpose"
  case readers = "key.readers"
  case records = "key.records"
  case region = "key.region"
  case register = "key.register"
  case removalGrounds = "key.removal_grounds"
  case removedCommentsArchived = "key.removed_comments_archived"
  case reportTo = "key.report_to"
  case reportingFrequency = "key.reporting_frequency"
  case reportsBack = "key.reports_back"
  case representativeness = "key.representativeness"
  case requestProcedure = "key.request_procedure"
  case resolutionDays = "key.resolution_days"
  case response = "key.response"
  case responsibilities = "key.responsibilities"
  case resultsPublished = "key.results_published"
  case retentionSchedule = "key.retention_schedule"
  case role = "key.role"
  case routing = "key.routing"
  case rules = "key.rules"
  case rumourControl = "key.rumour_control"
  case schemaVersion = "key.schema_version"
  case scope = "key.scope"
  case security = "key.security"
  case shareKnowledge = "key.share_knowledge"
  case sources = "key.sources"
  case staffEmpowered = "key.staff_empowered"
  case staffedHours = "key.staffed_hours"
  case standards = "key.standards"
  case start = "key.start"
  case status = "key.status"
  case strategyDocument = "key.strategy_document"
  case style = "key.style"
  case summary = "key.summary"
  case supportCommunity = "key.support_community"
  case tags = "key.tags"
  case target = "key.target"
  case task = "key.task"
  case textEquivalent = "key.text_equivalent"
  case title = "key.title"
  case tone = "key.tone"
  case tools = "key.tools"
  case topics = "key.topics"
  case training = "key.training"
  case trust = "key.trust"
  case twoFactor = "key.two_factor"
  case unit = "key.unit"
  case url = "key.url"
  case website = "key.website"
  case whoMayPost = "key.who_may_post"
  case workAccess = "key.work_access"
  case writtenAgreements = "key.written_agreements"
  case year = "key.year"

  public var texts: Texts {
    switch self {
    case .acceptableUse: Texts(en: "Acceptable use", nl: "Aanvaardbaar gebruik")
    case .accessibility: Texts(en: "Accessibility", nl: "Toegankelijkheid")
    case .accountManagement: Texts(en: "Account management", nl: "Accountbeheer")
    case .accounts: Texts(en: "Accounts", nl: "Accounts")
    case .accountsPublished: Texts(en: "Accounts published", nl: "Accounts gepubliceerd")
    case .activities: Texts(en: "Activities", nl: "Activiteiten")
    case .adopted: Texts(en: "Adopted", nl: "Vastgesteld")
    case .allowed: Texts(en: "Allowed", nl: "Toegestaan")
    case .altText: Texts(en: "Text alternatives", nl: "Tekstalternatieven")
    case .amount: Texts(en: "Amount", nl: "Bedrag")
    case .approval: Texts(en: "Approval", nl: "Goedkeuring")
    case .approvalRequired: Texts(en: "Approval required", nl: "Goedkeuring nodig")
    case .approver: Texts(en: "Approver", nl: "Goedkeurder")
    case .asksForInput: Texts(en: "Asks for input", nl: "Vraagt om inbreng")
    case .audience: Texts(en: "Audience", nl: "Doelgroep")
    case .authenticity: Texts(en: "Authenticity", nl: "Authenticiteit")
    case .author: Texts(en: "Author", nl: "Auteur")
    case .budget: Texts(en: "Budget", nl: "Budget")
    case .budgetReserved: Texts(en: "Budget reserved", nl: "Budget gereserveerd")
    case .captions: Texts(en: "Captions", nl: "Ondertiteling")
    case .capture: Texts(en: "Capture", nl: "Vastlegging")
    case .categories: Texts(en: "Categories", nl: "Categorieën")
    case .channels: Texts(en: "Channels", nl: "Kanalen")
    case .checkInput: Texts(en: "Checks input", nl: "Controleert inbreng")
    case .citizenConduct: Texts(en: "Citizen conduct", nl: "Gedrag van inwoners")
    case .clippingService: Texts(en: "Clipping service", nl: "Knipselkrant")
    case .codeOfConduct: Texts(en: "Code of conduct", nl: "Gedragscode")
    case .committed: Texts(en: "Committed", nl: "Toegezegd")
    case .consequencesDefined: Texts(en: "Consequences defined", nl: "Gevolgen vastgelegd")
    case .contact: Texts(en: "Contact", nl: "Contact")
    case .content: Texts(en: "Content", nl: "Inhoud")
    case .convene: Texts(en: "Bringing people together", nl: "Mensen samenbrengen")
    case .correctMistakesOpenly: Texts(en: "Mistakes corrected openly", nl: "Fouten openlijk hersteld")
    case .councilRoles: Texts(en: "Council roles", nl: "Rollen van de gemeente")
    case .country: Texts(en: "Country", nl: "Land")
    case .covered: Texts(en: "Covered", nl: "Geregeld")
    case .crisis: Texts(en: "Crisis", nl: "Crisis")
    case .currency: Texts(en: "Currency", nl: "Munteenheid")
    case .date: Texts(en: "Date", nl: "Datum")
    case .department: Texts(en: "Department", nl: "Afdeling")
    case .description: Texts(en: "Description", nl: "Beschrijving")
    case .digitalInclusion: Texts(en: "Digital inclusion", nl: "Digitale inclusie")
    case .discloseIdentity: Texts(en: "Identity disclosed", nl: "Identiteit bekendgemaakt")
    case .discloseRole: Texts(en: "Role disclosed", nl: "Rol bekendgemaakt")
    case .dpia: Texts(en: "DPIA", nl: "DPIA")
    case .editorialCalendar: Texts(en: "Editorial calendar", nl: "Redactieplanning")
    case .email: Texts(en: "E-mail", nl: "E-mail")
    case .embedding: Texts(en: "Embedding", nl: "Inbedding")
    case .employeeAccess: Texts(en: "Employee access", nl: "Toegang voor medewerkers")
    case .employeeConduct: Texts(en: "Employee conduct", nl: "Gedrag van medewerkers")
    case .end: Texts(en: "End", nl: "Einde")
    case .evaluation: Texts(en: "Evaluation", nl: "Evaluatie")
    case .everyMessageAnswered: Texts(en: "Every message answered", nl: "Elk bericht beantwoord")
    case .experimentation: Texts(en: "Experimentation", nl: "Experimenteren")
    case .fictional: Texts(en: "Fictional", nl: "Fictief")
    case .firstResponseHours: Texts(en: "First response (hours)", nl: "Eerste reactie (uren)")
    case .freedomOfInformation: Texts(en: "Freedom of information", nl: "Openbaarheid van bestuur")
    case .frequency: Texts(en: "Frequency", nl: "Frequentie")
    case .goals: Texts(en: "Goals", nl: "Doelen")
    case .grantedBy: Texts(en: "Granted by", nl: "Toegekend door")
    case .handle: Texts(en: "Handle", nl: "Accountnaam")
    case .houseRules: Texts(en: "House rules", nl: "Huisregels")
    case .houseRulesUrl: Texts(en: "House rules URL", nl: "URL van de huisregels")
    case .how: Texts(en: "How", nl: "Hoe")
    case .inactiveAccountsClosed: Texts(en: "Inactive accounts closed", nl: "Inactieve accounts opgeheven")
    case .incidentProcedure: Texts(en: "Incident procedure", nl: "Incidentprocedure")
    case .innovate: Texts(en: "Innovating", nl: "Vernieuwen")
    case .integration: Texts(en: "Integration", nl: "Samenhang")
    case .interaction: Texts(en: "Interaction", nl: "Interactie")
    case .jointControllership: Texts(en: "Joint controllership", nl: "Gezamenlijke verwerkingsverantwoordelijkheid")
    case .keepPromises: Texts(en: "Promises kept", nl: "Beloften nagekomen")
    case .kpis: Texts(en: "KPIs", nl: "Kpi's")
    case .language: Texts(en: "Language", nl: "Taal")
    case .languages: Texts(en: "Languages", nl: "Talen")
    case .lastReview: Texts(en: "Last review", nl: "Laatste evaluatie")
    case .laws: Texts(en: "Laws", nl: "Wetten")
    case .legal: Texts(en: "Legal", nl: "Juridisch")
    case .lessons: Texts(en: "Lessons", nl: "Lessen")
    case .listening: Texts(en: "Listening", nl: "Luisteren")
    case .maintainers: Texts(en: "Maintainers", nl: "Beheerders")
    case .measurement: Texts(en: "Measurement", nl: "Meten")
    case .measures: Texts(en: "Measures", nl: "Maatregelen")
    case .messagesAreDocuments: Texts(en: "Messages are documents", nl: "Berichten zijn documenten")
    case .methods: Texts(en: "Methods", nl: "Methoden")
    case .mode: Texts(en: "Mode", nl: "Werkwijze")
    case .moderation: Texts(en: "Moderation", nl: "Moderatie")
    case .monitoring: Texts(en: "Monitoring", nl: "Monitoring")
    case .name: Texts(en: "Name", nl: "Naam")
    case .namedStaff: Texts(en: "Named staff", nl: "Medewerkers met naam")
    case .neverSoleChannel: Texts(en: "Never the only channel", nl: "Nooit het enige kanaal")
    case .nextReview: Texts(en: "Next review", nl: "Volgende evaluatie")
    case .noProfiling: Texts(en: "No profiling", nl: "Geen profilering")
    case .notes: Texts(en: "Notes", nl: "Opmerkingen")
    case .offboarding: Texts(en: "Offboarding", nl: "Vertrek van medewerkers")
    case .onCall: Texts(en: "On call", nl: "Bereikbaarheid")
    case .otherChannels: Texts(en: "Other channels", nl: "Andere kanalen")
    case .outcomes: Texts(en: "Outcomes", nl: "Resultaten")
    case .outsideOfficeHours: Texts(en: "Outside office hours", nl: "Buiten kantoortijd")
    case .owner: Texts(en: "Owner", nl: "Eigenaar")
    case .partOfCommunicationStrategy:
      Texts(en: "Part of the communication strategy", nl: "Onderdeel van de communicatiestrategie")
    case .partners: Texts(en: "Partners", nl: "Partners")
    case .passwordManagement: Texts(en: "Password management", nl: "Wachtwoordbeheer")
    case .per: Texts(en: "Per", nl: "Per")
    case .period: Texts(en: "Period", nl: "Periode")
    case .personalDataInPrivate: Texts(en: "Personal data in private", nl: "Persoonsgegevens privé")
    case .personalUseAtWork: Texts(en: "Personal use at work", nl: "Privégebruik onder werktijd")
    case .pilots: Texts(en: "Pilots", nl: "Pilots")
    case .plan: Texts(en: "Plan", nl: "Plan")
    case .platform: Texts(en: "Platform", nl: "Platform")
    case .population: Texts(en: "Population", nl: "Inwoners")
    case .privacy: Texts(en: "Privacy", nl: "Privacy")
    case .privacyStatement: Texts(en: "Privacy statement", nl: "Privacyverklaring")
    case .privateUseGuidelines: Texts(en: "Private use guidelines", nl: "Richtlijnen voor privégebruik")
    case .procedure: Texts(en: "Procedure", nl: "Procedure")
    case .processes: Texts(en: "Processes", nl: "Processen")
    case .processingRegister: Texts(en: "Processing register", nl: "Verwerkingsregister")
    case .prohibited: Texts(en: "Prohibited", nl: "Niet toegestaan")
    case .provided: Texts(en: "Provided", nl: "Aangeboden")
    case .publishedTerms: Texts(en: "Published terms", nl: "Gepubliceerde termijnen")
    case .publisher: Texts(en: "Publisher", nl: "Uitgever")
    case .purpose: Texts(en: "Purpose", nl: "Doel")
    case .readers: Texts(en: "Readers", nl: "Lezers")
    case .records: Texts(en: "Records", nl: "Records")
    case .region: Texts(en: "Region", nl: "Regio")
    case .register: Texts(en: "Register", nl: "Register")
    case .removalGrounds: Texts(en: "Removal grounds", nl: "Gronden voor verwijdering")
    case .removedCommentsArchived: Texts(en: "Removed comments archived", nl: "Verwijderde reacties gearchiveerd")
    case .reportTo: Texts(en: "Report to", nl: "Rapporteren aan")
    case .reportingFrequency: Texts(en: "Reporting frequency", nl: "Rapportagefrequentie")
    case .reportsBack: Texts(en: "Reports back", nl: "Koppelt terug")
    case .representativeness: Texts(en: "Representativeness", nl: "Representativiteit")
    case .requestProcedure: Texts(en: "Request procedure", nl: "Procedure voor verzoeken")
    case .resolutionDays: Texts(en: "Resolution (days)", nl: "Afhandeling (dagen)")
    case .response: Texts(en: "Response", nl: "Reactie")
    case .responsibilities: Texts(en: "Responsibilities", nl: "Verantwoordelijkheden")
    case .resultsPublished: Texts(en: "Results published", nl: "Resultaten gepubliceerd")
    case .retentionSchedule: Texts(en: "Retention schedule", nl: "Bewaartermijnen")
    case .role: Texts(en: "Role", nl: "Rol")
    case .routing: Texts(en: "Routing", nl: "Doorsturen")
    case .rules: Texts(en: "Rules", nl: "Regels")
    case .rumourControl: Texts(en: "Rumour control", nl: "Geruchtenbestrijding")
    case .schemaVersion: Texts(en: "Schema version", nl: "Schemaversie")
    case .scope: Texts(en: "Scope", nl: "Reikwijdte")
    case .security: Texts(en: "Security", nl: "Beveiliging")
    case .shareKnowledge: Texts(en: "Sharing knowledge", nl: "Kennis delen")
    case .sources: Texts(en: "Sources", nl: "Bronnen")
    case .staffEmpowered: Texts(en: "Staff empowered", nl: "Medewerkers hebben ruimte")
    case .staffedHours: Texts(en: "Staffed hours", nl: "Bemande uren")
    case .standards: Texts(en: "Standards", nl: "Normen")
    case .start: Texts(en: "Start", nl: "Begin")
    case .status: Texts(en: "Status", nl: "Status")
    case .strategyDocument: Texts(en: "Strategy document", nl: "Strategiedocument")
    case .style: Texts(en: "Style", nl: "Stijl")
    case .summary: Texts(en: "Summary", nl: "Samenvatting")
    case .supportCommunity: Texts(en: "Supporting the community", nl: "De gemeenschap steunen")
    case .tags: Texts(en: "Tags", nl: "Tags")
    case .target: Texts(en: "Target", nl: "Doel")
    case .task: Texts(en: "Task", nl: "Taak")
    case .textEquivalent: Texts(en: "Text equivalent", nl: "Tekstequivalent")
    case .title: Texts(en: "Title", nl: "Titel")
    case .tone: Texts(en: "Tone", nl: "Toon")
    case .tools: Texts(en: "Tools", nl: "Hulpmiddelen")
    case .topics: Texts(en: "Topics", nl: "Onderwerpen")
    case .training: Texts(en: "Training", nl: "Training")
    case .trust: Texts(en: "Trust", nl: "Vertrouwen")
    case .twoFactor: Texts(en: "Two-factor authentication", nl: "Tweestapsverificatie")
    case .unit: Texts(en: "Unit", nl: "Eenheid")
    case .url: Texts(en: "URL", nl: "URL")
    case .website: Texts(en: "Website", nl: "Website")
    case .whoMayPost: Texts(en: "Who may post", nl: "Wie mag publiceren")
    case .workAccess: Texts(en: "Work access", nl: "Toegang voor het werk")
    case .writtenAgreements: Texts(en: "Written agreements", nl: "Schriftelijke afspraken")
    case .year: Texts(en: "Year", nl: "Jaar")
    }
  }
}
