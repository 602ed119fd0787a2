/// Names for people of the policy fields the best-practice model reads, shown in reports instead of the field
/// paths (which follow in a technical appendix). The key of a field's name is `field.` followed by its path.
public enum PolicyFieldText: String, MessageEntry {
  case acceptableUseConsequencesDefined = "field.acceptable_use.consequences_defined"
  case acceptableUsePersonalUseAtWork = "field.acceptable_use.personal_use_at_work"
  case acceptableUseProhibited = "field.acceptable_use.prohibited"
  case accountManagementAccounts = "field.account_management.accounts"
  case accountManagementAccountsPublished = "field.account_management.accounts_published"
  case accountManagementApprovalRequired = "field.account_management.approval_required"
  case accountManagementInactiveAccountsClosed = "field.account_management.inactive_accounts_closed"
  case accountManagementRegister = "field.account_management.register"
  case authenticityCorrectMistakesOpenly = "field.authenticity.correct_mistakes_openly"
  case authenticityDiscloseIdentity = "field.authenticity.disclose_identity"
  case authenticityKeepPromises = "field.authenticity.keep_promises"
  case categories = "field.categories"
  case citizenConductHouseRules = "field.citizen_conduct.house_rules"
  case citizenConductModeration = "field.citizen_conduct.moderation"
  case citizenConductRemovalGrounds = "field.citizen_conduct.removal_grounds"
  case citizenConductRemovedCommentsArchived = "field.citizen_conduct.removed_comments_archived"
  case contentApproval = "field.content.approval"
  case contentEditorialCalendar = "field.content.editorial_calendar"
  case contentStandards = "field.content.standards"
  case contentWhoMayPost = "field.content.who_may_post"
  case councilRolesConveneActivities = "field.council_roles.convene.activities"
  case councilRolesConveneCommitted = "field.council_roles.convene.committed"
  case councilRolesConveneHow = "field.council_roles.convene.how"
  case councilRolesInnovateActivities = "field.council_roles.innovate.activities"
  case councilRolesInnovateCommitted = "field.council_roles.innovate.committed"
  case councilRolesShareKnowledgeActivities = "field.council_roles.share_knowledge.activities"
  case councilRolesShareKnowledgeCommitted = "field.council_roles.share_knowledge.committed"
  case councilRolesShareKnowledgeHow = "field.council_roles.share_knowledge.how"
  case councilRolesSupportCommunityActivities = "field.council_roles.support_community.activities"
  case councilRolesSupportCommunityCommitted = "field.council_roles.support_community.committed"
  case councilRolesSupportCommunityHow = "field.council_roles.support_community.how"
  case digitalInclusionCommitted = "field.digital_inclusion.committed"
  case digitalInclusionMeasures = "field.digital_inclusion.measures"
  case digitalInclusionPartners = "field.digital_inclusion.partners"
  case embeddingProcesses = "field.embedding.processes"
  case embeddingResponsibilities = "field.embedding.responsibilities"
  case embeddingRouting = "field.embedding.routing"
  case employeeAccessGrantedBy = "field.employee_access.granted_by"
  case employeeAccessProcedure = "field.employee_access.procedure"
  case employeeAccessWorkAccess = "field.employee_access.work_access"
  case employeeConductCodeOfConduct = "field.employee_conduct.code_of_conduct"
  case employeeConductDiscloseRole = "field.employee_conduct.disclose_role"
  case employeeConductPrivateUseGuidelines = "field.employee_conduct.private_use_guidelines"
  case experimentationAllowed = "field.experimentation.allowed"
  case experimentationBudget = "field.experimentation.budget"
  case experimentationBudgetReserved = "field.experimentation.budget_reserved"
  case experimentationEvaluation = "field.experimentation.evaluation"
  case experimentationPilots = "field.experimentation.pilots"
  case goals = "field.goals"
  case integrationNeverSoleChannel = "field.integration.never_sole_channel"
  case integrationOtherChannels = "field.integration.other_channels"
  case integrationPartOfCommunicationStrategy = "field.integration.part_of_communication_strategy"
  case interactionAsksForInput = "field.interaction.asks_for_input"
  case interactionMode = "field.interaction.mode"
  case interactionReportsBack = "field.interaction.reports_back"
  case legalAccessibilityAltText = "field.legal.accessibility.alt_text"
  case legalAccessibilityCaptions = "field.legal.accessibility.captions"
  case legalAccessibilityCovered = "field.legal.accessibility.covered"
  case legalAccessibilityTextEquivalent = "field.legal.accessibility.text_equivalent"
  case legalFreedomOfInformationCovered = "field.legal.freedom_of_information.covered"
  case legalFreedomOfInformationMessagesAreDocuments = "field.legal.freedom_of_information.messages_are_documents"
  case legalFreedomOfInformationRequestProcedure = "field.legal.freedom_of_information.request_procedure"
  case legalPrivacyCovered = "field.legal.privacy.covered"
  case legalPrivacyDpia = "field.legal.privacy.dpia"
  case legalPrivacyJointControllership = "field.legal.privacy.joint_controllership"
  case legalPrivacyNoProfiling = "field.legal.privacy.no_profiling"
  case legalPrivacyPersonalDataInPrivate = "field.legal.privacy.personal_data_in_private"
  case legalPrivacyPrivacyStatement = "field.legal.privacy.privacy_statement"
  case legalPrivacyProcessingRegister = "field.legal.privacy.processing_register"
  case legalRecordsCapture = "field.legal.records.capture"
  case legalRecordsCovered = "field.legal.records.covered"
  case legalRecordsRetentionSchedule = "field.legal.records.retention_schedule"
  case legalRecordsScope = "field.legal.records.scope"
  case listeningClippingService = "field.listening.clipping_service"
  case listeningFrequency = "field.listening.frequency"
  case listeningMonitoring = "field.listening.monitoring"
  case listeningReaders = "field.listening.readers"
  case measurementKpis = "field.measurement.kpis"
  case measurementReportTo = "field.measurement.report_to"
  case measurementReportingFrequency = "field.measurement.reporting_frequency"
  case measurementResultsPublished = "field.measurement.results_published"
  case representativenessCheckInput = "field.representativeness.check_input"
  case representativenessMethods = "field.representativeness.methods"
  case responseEveryMessageAnswered = "field.response.every_message_answered"
  case responseFirstResponseHours = "field.response.first_response_hours"
  case responseOutsideOfficeHours = "field.response.outside_office_hours"
  case responsePublishedTerms = "field.response.published_terms"
  case securityIncidentProcedure = "field.security.incident_procedure"
  case securityOffboarding = "field.security.offboarding"
  case securityPasswordManagement = "field.security.password_management"
  case securityTwoFactor = "field.security.two_factor"
  case toneNamedStaff = "field.tone.named_staff"
  case toneStyle = "field.tone.style"
  case trainingTopics = "field.training.topics"
  case trustStaffEmpowered = "field.trust.staff_empowered"
  case trustWrittenAgreements = "field.trust.written_agreements"

  public var texts: Texts {
    switch self {
    case .acceptableUseConsequencesDefined:
      Texts(en: "consequences of breaking the rules", nl: "gevolgen van regels overtreden")
    case .acceptableUsePersonalUseAtWork: Texts(en: "personal use at work", nl: "privégebruik onder werktijd")
    case .acceptableUseProhibited: Texts(en: "uses that are not allowed", nl: "niet-toegestaan gebruik")
    case .accountManagementAccounts: Texts(en: "official accounts", nl: "officiële accounts")
    case .accountManagementAccountsPublished:
      Texts(en: "list of official accounts published", nl: "lijst van officiële accounts gepubliceerd")
    case .accountManagementApprovalRequired:
      Texts(en: "approval for a new account", nl: "goedkeuring voor een nieuw account")
    case .accountManagementInactiveAccountsClosed:
      Texts(en: "unused accounts closed", nl: "ongebruikte accounts opgeheven")
    case .accountManagementRegister: Texts(en: "central register of accounts", nl: "centraal register van accounts")
    case .authenticityCorrectMistakesOpenly: Texts(en: "mistakes corrected openly", nl: "fouten openlijk hersteld")
    case .authenticityDiscloseIdentity:
      Texts(en: "accounts and staff recognisable", nl: "accounts en medewerkers herkenbaar")
    case .authenticityKeepPromises: Texts(en: "promises kept", nl: "beloften nagekomen")
    case .categories: Texts(en: "uses of social media", nl: "toepassingen van sociale media")
    case .citizenConductHouseRules: Texts(en: "published house rules", nl: "gepubliceerde huisregels")
    case .citizenConductModeration: Texts(en: "moderation of reactions", nl: "moderatie van reacties")
    case .citizenConductRemovalGrounds:
      Texts(en: "grounds for removing reactions", nl: "gronden om reacties te verwijderen")
    case .citizenConductRemovedCommentsArchived:
      Texts(en: "removed reactions archived", nl: "verwijderde reacties gearchiveerd")
    case .contentApproval: Texts(en: "approval before publication", nl: "goedkeuring voor publicatie")
    case .contentEditorialCalendar: Texts(en: "editorial calendar", nl: "redactieplanning")
    case .contentStandards: Texts(en: "content standards", nl: "inhoudelijke normen")
    case .contentWhoMayPost: Texts(en: "who may post", nl: "wie mag publiceren")
    case .councilRolesConveneActivities:
      Texts(en: "bringing people together: activities", nl: "mensen samenbrengen: activiteiten")
    case .councilRolesConveneCommitted:
      Texts(en: "bringing people together: committed", nl: "mensen samenbrengen: toegezegd")
    case .councilRolesConveneHow: Texts(en: "bringing people together: how", nl: "mensen samenbrengen: hoe")
    case .councilRolesInnovateActivities: Texts(en: "innovating: activities", nl: "vernieuwen: activiteiten")
    case .councilRolesInnovateCommitted: Texts(en: "innovating: committed", nl: "vernieuwen: toegezegd")
    case .councilRolesShareKnowledgeActivities:
      Texts(en: "sharing knowledge: activities", nl: "kennis delen: activiteiten")
    case .councilRolesShareKnowledgeCommitted: Texts(en: "sharing knowledge: committed", nl: "kennis delen: toegezegd")
    case .councilRolesShareKnowledgeHow: Texts(en: "sharing knowledge: how", nl: "kennis delen: hoe")
    case .councilRolesSupportCommunityActivities:
      Texts(en: "supporting the community: activities", nl: "de gemeenschap steunen: activiteiten")
    case .councilRolesSupportCommunityCommitted:
      Texts(en: "supporting the community: committed", nl: "de gemeenschap steunen: toegezegd")
    case .councilRolesSupportCommunityHow: Texts(en: "supporting the community: how", nl: "de gemeenschap steunen: hoe")
    case .digitalInclusionCommitted:
      Texts(en: "help for residents who are not online", nl: "hulp voor inwoners die niet online zijn")
    case .digitalInclusionMeasures: Texts(en: "digital inclusion measures", nl: "maatregelen voor digitale inclusie")
    case .digitalInclusionPartners: Texts(en: "digital inclusion partners", nl: "partners voor digitale inclusie")
    case .embeddingProcesses: Texts(en: "work processes that use social media", nl: "werkprocessen met sociale media")
    case .embeddingResponsibilities: Texts(en: "who handles what", nl: "wie wat doet")
    case .embeddingRouting:
      Texts(en: "questions passed on to the right department", nl: "vragen doorgezet naar de juiste afdeling")
    case .employeeAccessGrantedBy: Texts(en: "who grants access", nl: "wie toegang geeft")
    case .employeeAccessProcedure: Texts(en: "procedure for access", nl: "procedure voor toegang")
    case .employeeAccessWorkAccess:
      Texts(en: "who may use social media for work", nl: "wie sociale media voor het werk mag gebruiken")
    case .employeeConductCodeOfConduct: Texts(en: "code of conduct", nl: "gedragscode")
    case .employeeConductDiscloseRole:
      Texts(en: "staff say they work for the municipality", nl: "medewerkers zeggen dat ze voor de gemeente werken")
    case .employeeConductPrivateUseGuidelines:
      Texts(en: "guidelines for private use", nl: "richtlijnen voor privégebruik")
    case .experimentationAllowed: Texts(en: "room to experiment", nl: "ruimte om te experimenteren")
    case .experimentationBudget: Texts(en: "budget for experiments", nl: "budget voor experimenten")
    case .experimentationBudgetReserved:
      Texts(en: "money set aside for experiments", nl: "geld gereserveerd voor experimenten")
    case .experimentationEvaluation:
      Texts(en: "pilots evaluated and lessons shared", nl: "pilots geëvalueerd en lessen gedeeld")
    case .experimentationPilots: Texts(en: "pilots", nl: "pilots")
    case .goals: Texts(en: "goals", nl: "doelen")
    case .integrationNeverSoleChannel: Texts(en: "never social media alone", nl: "nooit alleen via sociale media")
    case .integrationOtherChannels: Texts(en: "other channels", nl: "andere kanalen")
    case .integrationPartOfCommunicationStrategy:
      Texts(en: "part of the communication strategy", nl: "onderdeel van de communicatiestrategie")
    case .interactionAsksForInput: Texts(en: "asks residents for input", nl: "vraagt inwoners om inbreng")
    case .interactionMode: Texts(en: "way the accounts are used", nl: "manier waarop de accounts gebruikt worden")
    case .interactionReportsBack: Texts(en: "reports back on input", nl: "koppelt terug wat met inbreng gebeurde")
    case .legalAccessibilityAltText:
      Texts(en: "text alternatives for images", nl: "tekstalternatieven bij afbeeldingen")
    case .legalAccessibilityCaptions: Texts(en: "captions on videos", nl: "ondertiteling bij video's")
    case .legalAccessibilityCovered: Texts(en: "accessibility", nl: "toegankelijkheid")
    case .legalAccessibilityTextEquivalent:
      Texts(en: "what images and videos say also as text", nl: "wat afbeeldingen en video's zeggen ook als tekst")
    case .legalFreedomOfInformationCovered: Texts(en: "freedom of information", nl: "openbaarheid van bestuur")
    case .legalFreedomOfInformationMessagesAreDocuments:
      Texts(en: "messages are public documents", nl: "berichten zijn openbare documenten")
    case .legalFreedomOfInformationRequestProcedure:
      Texts(en: "procedure for information requests", nl: "procedure voor informatieverzoeken")
    case .legalPrivacyCovered: Texts(en: "privacy", nl: "privacy")
    case .legalPrivacyDpia:
      Texts(en: "data protection impact assessment", nl: "gegevensbeschermingseffectbeoordeling (DPIA)")
    case .legalPrivacyJointControllership:
      Texts(en: "joint responsibility with the platform", nl: "gezamenlijke verantwoordelijkheid met het platform")
    case .legalPrivacyNoProfiling: Texts(en: "no profiles of residents", nl: "geen profielen van inwoners")
    case .legalPrivacyPersonalDataInPrivate:
      Texts(en: "personal data asked only in private", nl: "persoonsgegevens alleen privé gevraagd")
    case .legalPrivacyPrivacyStatement: Texts(en: "privacy statement", nl: "privacyverklaring")
    case .legalPrivacyProcessingRegister:
      Texts(en: "in the register of processing activities", nl: "in het verwerkingsregister")
    case .legalRecordsCapture: Texts(en: "how posts are archived", nl: "hoe berichten gearchiveerd worden")
    case .legalRecordsCovered: Texts(en: "record keeping", nl: "archivering")
    case .legalRecordsRetentionSchedule:
      Texts(en: "kept according to the selection list", nl: "bewaard volgens de selectielijst")
    case .legalRecordsScope: Texts(en: "what is archived", nl: "wat gearchiveerd wordt")
    case .listeningClippingService: Texts(en: "digital clipping service", nl: "digitale knipselkrant")
    case .listeningFrequency: Texts(en: "how often monitored", nl: "hoe vaak gemonitord")
    case .listeningMonitoring: Texts(en: "monitoring", nl: "monitoring")
    case .listeningReaders: Texts(en: "who reads the monitoring", nl: "wie de monitoring leest")
    case .measurementKpis: Texts(en: "indicators measured", nl: "gemeten indicatoren")
    case .measurementReportTo: Texts(en: "who receives the reports", nl: "wie de rapportages krijgt")
    case .measurementReportingFrequency:
      Texts(en: "how often results are reported", nl: "hoe vaak resultaten gerapporteerd worden")
    case .measurementResultsPublished: Texts(en: "results published", nl: "resultaten gepubliceerd")
    case .representativenessCheckInput:
      Texts(en: "checks whose views input represents", nl: "controleert wiens mening inbreng weergeeft")
    case .representativenessMethods:
      Texts(en: "other ways to hear residents", nl: "andere manieren om inwoners te horen")
    case .responseEveryMessageAnswered: Texts(en: "every message answered", nl: "elk bericht beantwoord")
    case .responseFirstResponseHours:
      Texts(en: "time to a first reaction (hours)", nl: "tijd tot een eerste reactie (uren)")
    case .responseOutsideOfficeHours: Texts(en: "outside office hours", nl: "buiten kantoortijd")
    case .responsePublishedTerms: Texts(en: "response times published", nl: "reactietermijnen gepubliceerd")
    case .securityIncidentProcedure:
      Texts(en: "procedure for a hacked account", nl: "procedure bij een gehackt account")
    case .securityOffboarding: Texts(en: "access withdrawn when someone leaves", nl: "toegang ingetrokken bij vertrek")
    case .securityPasswordManagement: Texts(en: "password manager", nl: "wachtwoordbeheerder")
    case .securityTwoFactor: Texts(en: "two-factor authentication", nl: "tweestapsverificatie")
    case .toneNamedStaff: Texts(en: "staff sign with their name", nl: "medewerkers ondertekenen met hun naam")
    case .toneStyle: Texts(en: "usual tone", nl: "gebruikelijke toon")
    case .trainingTopics: Texts(en: "training topics", nl: "onderwerpen van de training")
    case .trustStaffEmpowered:
      Texts(en: "staff may respond without approval", nl: "medewerkers mogen reageren zonder goedkeuring")
    case .trustWrittenAgreements: Texts(en: "written agreements", nl: "schriftelijke afspraken")
    }
  }
}
