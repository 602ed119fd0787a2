/// The two texts of one catalogue entry. Placeholders `{1}`, `{2}`… stand for the message's arguments, in
/// the order they are given; each language may place them where its grammar wants them.
public struct Texts: Sendable, Hashable {
  /// The English text.
  public let en: String
  /// The Dutch text.
  public let nl: String

  /// Creates the pair; English first, as the catalogue files list them.
  public init(en: String, nl: String) {
    self.en = en
    self.nl = nl
  }

  /// The text in `language`.
  public subscript(_ language: Language) -> String {
    language == .nl ? nl : en
  }
}

/// One area of the message catalogue: an enum whose raw values are stable message keys (`yaml.tab`,
/// `cli.search.no-results`) and whose cases each carry their English and Dutch text.
public protocol MessageEntry: RawRepresentable, CaseIterable, Sendable where RawValue == String {
  /// The entry's texts in both languages.
  var texts: Texts { get }
}

/// A user-facing text with its arguments, rendered in a language only when it is shown. Diagnostics and
/// errors carry messages, not strings, so that the same finding reads in Dutch or English and can be cached
/// once for both.
public struct Message: Sendable, Hashable {
  /// The catalogue key of the entry, stable across versions (it is also what caches store).
  public let key: String
  /// The arguments that fill the placeholders.
  public let arguments: [MessageArgument]
  // Taken from the entry itself, so that showing a message needs no lookup in the whole catalogue (building
  // that table was a tenth of the start-up of every command).
  private let texts: Texts

  /// A message from a catalogue entry.
  public init<Entry: MessageEntry>(_ entry: Entry, _ arguments: MessageArgument...) {
    self.init(entry, arguments: arguments)
  }

  /// A message from a catalogue entry, with its arguments as an array.
  public init<Entry: MessageEntry>(_ entry: Entry, arguments: [MessageArgument]) {
    self.key = entry.rawValue
    self.arguments = arguments
    self.texts = entry.texts
  }

  /// `one` for a count of 1, else `other`, with the count as the first argument and `arguments` after it:
  /// `1 item` / `3 items`. Dutch and English both use the singular for exactly one.
  public init<Entry: MessageEntry>(count: Int, one: Entry, other: Entry, _ arguments: MessageArgument...) {
    self.init(count == 1 ? one : other, arguments: [.number(count)] + arguments)
  }

  /// A message rebuilt from its key, as a cache stores it; nil when no catalogue entry has the key (a cache
  /// written by another version of casebook).
  public init?(key: String, arguments: [MessageArgument]) {
    guard let texts = MessageCatalogue.texts(forKey: key) else { return nil }
    self.key = key
    self.arguments = arguments
    self.texts = texts
  }

  /// The message in `language`.
  public func text(_ language: Language) -> String {
    MessageTemplate.fill(texts[language], arguments: arguments, language: language)
  }

  public static func == (lhs: Message, rhs: Message) -> Bool {
    lhs.key == rhs.key && lhs.arguments == rhs.arguments
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(key)
    hasher.combine(arguments)
  }
}

/// What fills a placeholder.
public indirect enum MessageArgument: Sendable, Hashable {
  /// Text shown as it is: a name, a path, a value from a file.
  case text(String)
  /// A technical name shown as code, in backticks: a field, a rule id, an option.
  case code(String)
  /// A whole number, written the way the language writes it (`12,000` / `12.000`).
  case number(Int)
  /// A decimal number with at most one decimal (`0.5` / `0,5`).
  case decimal(Double)
  /// Another message, rendered in the same language.
  case message(Message)
  /// Items joined as a list: `a, b and c` / `a, b en c`.
  case all([MessageArgument])
  /// Alternatives joined as a list: `a, b or c` / `a, b of c`.
  case any([MessageArgument])
  /// A text the catalogue's own data gives in both languages (a category's label, a model's title, a
  /// schema's description); where the data has only one language, both texts are that one.
  case translated(Texts)

  /// The argument in `language`.
  public func text(_ language: Language) -> String {
    switch self {
    case .text(let text): text
    case .code(let code): "`" + code + "`"
    case .number(let number): NumberWords.integer(number, language)
    case .decimal(let number): NumberWords.decimal(number, language)
    case .message(let message): message.text(language)
    case .all(let items): ListWords.join(items.map { $0.text(language) }, last: language == .nl ? "en" : "and")
    case .any(let items): ListWords.join(items.map { $0.text(language) }, last: language == .nl ? "of" : "or")
    case .translated(let texts): texts[language]
    }
  }
}

extension MessageArgument: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
  public init(stringLiteral value: String) { self = .text(value) }
  public init(integerLiteral value: Int) { self = .number(value) }
}

/// Filling placeholders.
enum MessageTemplate {
  /// Replaces `{n}` with the n-th argument (1-based); `{{` and `}}` stand for braces. A placeholder without an
  /// argument is left as it is, so a mistake shows instead of vanishing.
  static func fill(_ template: String, arguments: [MessageArgument], language: Language) -> String {
    // On the bytes: a site fills a few hundred thousand templates, and walking Characters showed in its profile.
    let open = UInt8(ascii: "{")
    let close = UInt8(ascii: "}")
    let bytes = Array(template.utf8)
    guard bytes.contains(where: { $0 == open || $0 == close }) else { return template }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 32)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let hasNext = index + 1 < bytes.count
      if (byte == open || byte == close), hasNext, bytes[index + 1] == byte {
        result.append(byte)
        index += 2
        continue
      }
      if byte == open, let end = bytes[(index + 1)...].firstIndex(of: close),
        let number = Int(String(decoding: bytes[(index + 1)..<end], as: UTF8.self)), number >= 1,
        number <= arguments.count
      {
        result += arguments[number - 1].text(language).utf8
        index = end + 1
        continue
      }
      result.append(byte)
      index += 1
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// The placeholder numbers a template uses, for the catalogue's own checks.
  static func placeholders(in template: String) -> Set<Int> {
    var found: Set<Int> = []
    var rest = Substring(template.replacing("{{", with: "").replacing("}}", with: ""))
    while let open = rest.firstIndex(of: "{") {
      let after = rest.index(after: open)
      guard let close = rest[after...].firstIndex(of: "}") else { break }
      if let number = Int(rest[after..<close]) { found.insert(number) }
      rest = rest[rest.index(after: close)...]
    }
    return found
  }
}

/// Numbers as each language writes them.
public enum NumberWords {
  /// `12,000` in English, `12.000` in Dutch; numbers below 10,000 without a separator in Dutch, as Dutch
  /// style guides write them (`2500`).
  public static func integer(_ number: Int, _ language: Language) -> String {
    let digits = String(number.magnitude)
    let sign = number < 0 ? "-" : ""
    if language == .nl && number.magnitude < 10_000 { return sign + digits }
    let separator: Character = language == .nl ? "." : ","
    var grouped = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(separator) }
      grouped.append(digit)
    }
    return sign + grouped
  }

  /// At most one decimal, without a trailing zero: `52.3` / `52,3`, `100`.
  public static func decimal(_ number: Double, _ language: Language) -> String {
    guard number.isFinite else { return String(number) }
    let rounded = (number * 10).rounded() / 10
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return integer(Int(rounded), language) }
    let text = String(rounded)
    return language == .nl ? String(decoding: text.utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: ",") : $0 }, as: UTF8.self) : text
  }
}

/// Lists in running text.
public enum ListWords {
  /// `a`, `a and b`, `a, b and c` (no serial comma, as both languages' style guides prefer).
  public static func join(_ items: [String], last word: String) -> String {
    switch items.count {
    case 0: ""
    case 1: items[0]
    default: items.dropLast().joined(separator: ", ") + " \(word) " + items[items.count - 1]
    }
  }
}
