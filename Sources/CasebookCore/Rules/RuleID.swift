import CasebookText

/// Every rule id casebook can report, with its default severity and whether stewards may configure it in
/// `schema/rules.yaml`. Diagnostics name their rule by one of these ids; `casebook rules` and SARIF list them
/// with their descriptions from the message catalogue (`rule.<id>`). A test checks that every id the sources
/// can emit is here and has a description in both languages.
public enum RuleID: String, CaseIterable, Sendable {
  case yamlTooLarge = "yaml.too-large"
  case yamlInvalidUTF8 = "yaml.invalid-utf8"
  case yamlControlCharacter = "yaml.control-character"
  case yamlTab = "yaml.tab"
  case yamlEmpty = "yaml.empty"
  case yamlMultipleDocuments = "yaml.multiple-documents"
  case yamlSyntax = "yaml.syntax"
  case yamlTag = "yaml.tag"
  case yamlNumberRange = "yaml.number-range"
  case yamlDuplicateKey = "yaml.duplicate-key"
  case yamlNonStringKey = "yaml.non-string-key"
  case yamlUndefinedAlias = "yaml.undefined-alias"
  case yamlTooManyAliases = "yaml.too-many-aliases"
  case yamlTooManyNodes = "yaml.too-many-nodes"
  case yamlTooDeep = "yaml.too-deep"
  case yamlInternal = "yaml.internal"
  case yamlUnknownDirective = "yaml.unknown-directive"
  case yamlVersion = "yaml.version"
  case yamlAnchor = "yaml.anchor"
  case yamlLineSeparator = "yaml.line-separator"
  case yamlByteOrderMark = "yaml.byte-order-mark"
  case yamlKeyTooLong = "yaml.key-too-long"
  case jsonSyntax = "json.syntax"
  case schemaInvalid = "schema.invalid"
  case schemaUnresolvedRef = "schema.unresolved-ref"
  case schemaMetaschema = "schema.metaschema"
  case schemaAdditionalProperties = "schema.additionalProperties"
  case schemaAnyOf = "schema.anyOf"
  case schemaConst = "schema.const"
  case schemaContains = "schema.contains"
  case schemaMinContains = "schema.minContains"
  case schemaMaxContains = "schema.maxContains"
  case schemaDependentRequired = "schema.dependentRequired"
  case schemaDepth = "schema.depth"
  case schemaEnum = "schema.enum"
  case schemaExclusiveMaximum = "schema.exclusiveMaximum"
  case schemaExclusiveMinimum = "schema.exclusiveMinimum"
  case schemaFalse = "schema.false"
  case schemaFormat = "schema.format"
  case schemaItems = "schema.items"
  case schemaMaxItems = "schema.maxItems"
  case schemaMaxLength = "schema.maxLength"
  case schemaMaxProperties = "schema.maxProperties"
  case schemaMaximum = "schema.maximum"
  case schemaMinItems = "schema.minItems"
  case schemaMinLength = "schema.minLength"
  case schemaMinProperties = "schema.minProperties"
  case schemaMinimum = "schema.minimum"
  case schemaMultipleOf = "schema.multipleOf"
  case schemaNot = "schema.not"
  case schemaOneOf = "schema.oneOf"
  case schemaPattern = "schema.pattern"
  case schemaPropertyNames = "schema.propertyNames"
  case schemaRequired = "schema.required"
  case schemaSchema = "schema.schema"
  case schemaType = "schema.type"
  case schemaUnevaluatedItems = "schema.unevaluatedItems"
  case schemaUnevaluatedProperties = "schema.unevaluatedProperties"
  case schemaUniqueItems = "schema.uniqueItems"
  case layout = "catalog.layout"
  case nesting = "catalog.nesting"
  case countryFolder = "catalog.country-folder"
  case slug = "catalog.slug"
  case fileExtension = "catalog.extension"
  case unknownFile = "catalog.unknown-file"
  case symlink = "catalog.symlink"
  case submodule = "catalog.submodule"
  case notAFile = "catalog.not-a-file"
  case schemaMissing = "catalog.schema-missing"
  case schemaUnavailable = "catalog.schema-unavailable"
  case tooManyProblems = "catalog.too-many-problems"
  case placeholder = "catalog.placeholder"
  case controlCharacter = "catalog.control-character"
  case countryMismatch = "catalog.country-mismatch"
  case categoryAlias = "catalog.category-alias"
  case unknownCategory = "catalog.unknown-category"
  case dateYear = "catalog.date-year"
  case policyDates = "catalog.policy-dates"
  case periodOrder = "catalog.period-order"
  case periodYear = "catalog.period-year"
  case periodStartYear = "catalog.period-start-year"
  case taxonomyName = "catalog.taxonomy-name"
  case missingMunicipality = "catalog.missing-municipality"
  case duplicateTitle = "catalog.duplicate-title"
  case caseLanguage = "catalog.case-language"
  case modelShape = "catalog.model-shape"
  case modelDuplicateID = "catalog.model-duplicate-id"
  case modelUnknownPillar = "catalog.model-unknown-pillar"
  case modelUnusedPillar = "catalog.model-unused-pillar"
  case modelWeight = "catalog.model-weight"
  case modelPath = "catalog.model-path"
  case modelValue = "catalog.model-value"
  case modelCategory = "catalog.model-category"
  case modelCount = "catalog.model-count"
  case schemaVersionOld = "catalog.schema-version-old"
  case schemaVersionUnknown = "catalog.schema-version-unknown"
  case schemaVersions = "catalog.schema-versions"
  case migrationConflict = "catalog.migration-conflict"
  case deprecatedField = "catalog.deprecated-field"
  case ruleConfig = "catalog.rule-config"
  case peerDuplicate = "catalog.peer-duplicate"
  case peerCredentials = "catalog.peer-credentials"
  case peerBranch = "catalog.peer-branch"
  case gitSymlink = "git.symlink"
  case gitSubmodule = "git.submodule"
  case gitNotAFile = "git.not-a-file"
  case gitLayout = "git.layout"
  case gitTooLarge = "git.too-large"
  case gitBinary = "git.binary"
  case gitUnreadable = "git.unreadable"
  case accessMunicipality = "access.municipality"
  case accessNewMunicipality = "access.new-municipality"
  case accessSteward = "access.steward"
  case accessLookAlike = "access.look-alike"
  case accessFirstPush = "access.first-push"
  case accessNoStewards = "access.no-stewards"
  case gitUnsafePath = "git.unsafe-path"

  /// The rule family: `yaml`, `json`, `schema`, `catalog`, `git` or `access`.
  public var family: Substring { rawValue.prefix { $0 != "." } }

  /// The severity the rule reports with when `schema/rules.yaml` says nothing about it.
  public var defaultSeverity: Severity {
    switch self {
    case .schemaUnavailable, .policyDates, .caseLanguage, .deprecatedField, .schemaVersionOld, .yamlUnknownDirective,
      .periodStartYear:
      .warning
    default: .error
    }
  }

  /// Whether stewards may set the rule's severity; rules that guard trust, readability and the layout may not.
  public var configurability: RuleConfigurability {
    switch self {
    case .placeholder, .countryMismatch, .categoryAlias, .unknownCategory, .dateYear, .policyDates, .periodOrder,
      .periodYear, .periodStartYear, .missingMunicipality, .duplicateTitle, .caseLanguage, .schemaVersionOld, .deprecatedField:
      return .configurable
    case .symlink, .submodule, .notAFile, .controlCharacter, .peerCredentials:
      return .fixed(.trust)
    case .layout, .nesting, .countryFolder, .slug, .fileExtension, .unknownFile:
      return .fixed(.layout)
    case .schemaMissing, .schemaUnavailable, .taxonomyName, .modelShape, .modelDuplicateID, .modelUnknownPillar,
      .modelUnusedPillar, .modelWeight, .modelPath, .modelValue, .modelCategory, .modelCount, .schemaVersions,
      .ruleConfig, .peerDuplicate, .peerBranch:
      return .fixed(.stewardFile)
    case .schemaVersionUnknown, .migrationConflict:
      return .fixed(.version)
    case .tooManyProblems:
      return .fixed(.bound)
    default:
      break
    }
    switch family {
    case "yaml", "json": return .fixed(.unreadable)
    case "schema": return ["schema.invalid", "schema.unresolved-ref", "schema.metaschema"].contains(rawValue) ? .fixed(.stewardFile) : .fixed(.schema)
    default: return .fixed(.trust)
    }
  }

  /// The rule's one-line description in `language`.
  public func summary(_ language: Language) -> String {
    Self.summary(of: rawValue, language)
  }

  /// The one-line description of any rule id in `language`; for an id this version does not know, the id itself.
  public static func summary(of id: String, _ language: Language) -> String {
    MessageCatalogue.texts(forKey: "rule." + id)?[language] ?? id
  }
}

/// Whether a rule's severity may be set in `schema/rules.yaml`.
public enum RuleConfigurability: Sendable, Hashable {
  /// Stewards may make it an error, a warning or switch it off, for the catalogue or for some paths.
  case configurable
  /// The rule always reports with its default severity, for this reason.
  case fixed(FixedRuleReason)
}

/// Why a rule cannot be configured.
public enum FixedRuleReason: String, Sendable, Hashable, CaseIterable {
  /// The file cannot be read (`yaml.*`, `json.*`): nothing else can be checked.
  case unreadable
  /// It guards the repository and who may change what (`git.*`, `access.*`, links and submodules).
  case trust
  /// A file outside the layout has no kind and no owner.
  case layout
  /// `schema.*`: the schema is steward-owned already; change the schema instead.
  case schema
  /// It checks a steward-owned file (schemas, taxonomy, model, versions, this configuration): fix the file.
  case stewardFile = "steward-file"
  /// The file cannot be read at the current schema version.
  case version
  /// A limit on output, not a finding.
  case bound

  /// Why, in `language`.
  public func text(_ language: Language) -> String {
    MessageCatalogue.texts(forKey: "rules.fixed." + rawValue)?[language] ?? rawValue
  }
}
