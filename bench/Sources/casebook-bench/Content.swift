/// Deterministic catalogue text: municipalities, case studies (~2 KB, varied fields) and policies, all valid.

/// SplitMix64: small, fast, and the same sequence on every machine.
struct Random {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

  mutating func pick<T>(_ values: [T]) -> T { values[int(0...values.count - 1)] }

  /// `count` distinct values, in the order drawn.
  mutating func distinct<T: Equatable>(_ values: [T], _ count: Int) -> [T] {
    var chosen: [T] = []
    while chosen.count < min(count, values.count) {
      let value = pick(values)
      if !chosen.contains(value) { chosen.append(value) }
    }
    return chosen
  }
}

enum Content {
  struct Country {
    let code: String
    let languages: [String]
    let regions: [String]
  }

  static let countries: [Country] = [
    Country(code: "nl", languages: ["nl"], regions: ["Gelderland", "Utrecht", "Noord-Brabant", "Friesland", "Zeeland"]),
    Country(code: "be", languages: ["nl", "fr"], regions: ["Oost-Vlaanderen", "Antwerpen", "Limburg", "Namur"]),
    Country(code: "gb", languages: ["en"], regions: ["South East England", "North East England", "Wales", "Yorkshire"]),
    Country(code: "de", languages: ["de"], regions: ["Bayern", "Hessen", "Sachsen", "Niedersachsen"]),
    Country(code: "fr", languages: ["fr"], regions: ["Bretagne", "Normandie", "Occitanie", "Grand Est"]),
    Country(code: "dk", languages: ["da", "en"], regions: ["Hovedstaden", "Midtjylland", "Sjælland"]),
  ]

  static let syllables = [
    "al", "ber", "bro", "dal", "den", "dorp", "ek", "gem", "ham", "hav", "hol", "ker", "lan", "mar", "mol",
    "ness", "ter", "ton", "vel", "voor", "wijk", "zand", "burg", "stad", "ford", "by", "ley", "rup", "ach",
  ]
  static let categories = ["inform", "report", "participate", "campaign", "community", "service", "collaborate"]
  static let channels = [
    "twitter", "facebook", "instagram", "linkedin", "youtube", "tiktok", "whatsapp", "sms", "email", "website",
    "blog", "forum", "app", "phone", "newspaper", "radio",
  ]
  static let topics = [
    "snow clearing", "school meals", "a new library", "road works", "the local elections", "waste collection",
    "a neighbourhood budget", "flood warnings", "the summer festival", "youth work", "park maintenance",
    "parking permits", "the housing plan", "bus routes", "energy advice", "cycling routes", "a heat wave",
    "the market square", "vaccination days", "dog fouling", "street lighting", "a playground design",
  ]
  static let actions = [
    "Residents consulted on", "Live updates about", "Volunteers recruited for", "Questions answered about",
    "A campaign on", "Reports collected about", "Neighbours brought together around", "Open data shared on",
  ]
  static let sentences = [
    "The council posted short, practical updates several times a day and answered questions in the replies.",
    "Residents were invited to send photos and locations, which the service desk turned into work orders.",
    "A small team of two communication officers and one policy adviser ran the accounts during the project.",
    "The messages linked to a page on the council website with the full background and a contact form.",
    "Local groups shared the posts widely, so the council reached people who did not follow its own accounts.",
    "The project started as an experiment and was later made part of the regular way of working.",
    "Every question received an answer within one working day, also outside office hours when needed.",
    "The council summarised what it had heard and explained which suggestions it would take forward.",
    "Older residents were reached through the local newspaper and the library, not only online.",
    "Staff received a short training in writing for social media and in handling angry reactions.",
    "The results were discussed in the council committee and published as an open report.",
    "A map showed where reports came from, which helped the service plan its rounds.",
  ]
  static let outcomes = [
    "More than a thousand residents took part, many of whom had never joined a consultation before.",
    "The number of phone calls to the service desk fell noticeably during the weeks of the campaign.",
    "Reports were handled faster because they arrived with a photo and an exact location.",
    "Volunteers signed up within hours of the first message, more than the organisers needed.",
    "The council learned about problems in neighbourhoods it rarely heard from through other channels.",
    "Local media picked up the story, which brought the project to an even wider audience.",
    "Satisfaction with the council's communication rose in the yearly residents' survey.",
  ]
  static let lessons = [
    "Answer every message, even when the answer is that the council cannot help; silence is read as indifference.",
    "Agree beforehand who may post and who decides on difficult replies, so the team can act quickly.",
    "Build an audience before you need it; an emergency is a bad moment to start a new account.",
    "Combine online and offline channels so that residents without a smartphone are not left out.",
    "Keep the tone personal and plain; residents respond to people, not to press releases.",
    "Measure what happens after the post, not only how many people saw it.",
    "Tell residents what was done with their input, also when the outcome is not what they hoped for.",
    "Archive posts and replies like other council records, and check the rules on privacy before you start.",
  ]
  static let tags = [
    "snow", "volunteers", "school-meals", "library", "consultation", "emergency", "waste", "budget", "youth",
    "elections", "transport", "housing", "energy", "cycling", "heat", "parks", "open-data", "webcare", "maps",
  ]
  static let roles = ["Webcare team", "Communications department", "Service desk", "Neighbourhood team"]
  static let givenNames = ["Anna", "Bram", "Chloé", "Dirk", "Emma", "Femke", "Gareth", "Hanne", "Ines", "Jonas"]
  static let familyNames = ["de Vries", "Janssens", "Smith", "Müller", "Dubois", "Jensen", "Peeters", "Bakker"]

  struct MunicipalitySpec {
    let country: Country
    let slug: String
    let name: String
    let languages: [String]
  }

  static func municipality(_ number: Int) -> MunicipalitySpec {
    var random = Random(seed: UInt64(number) &* 7919 &+ 17)
    let country = countries[number % countries.count]
    let stem = random.pick(syllables) + random.pick(syllables) + random.pick(syllables)
    let slug = "\(stem)-\(number)"
    let name = stem.prefix(1).uppercased() + stem.dropFirst() + " \(number)"
    return MunicipalitySpec(country: country, slug: slug, name: name, languages: country.languages)
  }

  static func municipalityText(_ spec: MunicipalitySpec, number: Int) -> String {
    var random = Random(seed: UInt64(number) &* 104_729 &+ 3)
    var text = """
      # yaml-language-server: $schema=../../../schema/municipality.schema.json
      name: \(spec.name)
      country: \(spec.country.code.uppercased())
      region: \(random.pick(spec.country.regions))
      population: \(random.int(2_000...400_000))
      website: https://www.\(spec.slug).example
      languages:\n
      """
    for language in spec.languages { text += "  - \(language)\n" }
    text += "maintainers:\n  - communicatie@\(spec.slug).example\n"
    if random.chance(50) { text += "  - webcare@\(spec.slug).example\n" }
    text += "fictional: true\n"
    text += "notes: >-\n  Generated for the casebook benchmark; every detail of this municipality is invented.\n"
    return text
  }

  /// The file name (slug) and text of case `index` of a municipality; `revision` varies the text for edits.
  static func caseStudy(_ spec: MunicipalitySpec, index: Int, seed: Int, revision: Int = 0) -> (String, String) {
    var random = Random(seed: UInt64(seed) &* 6_700_417 &+ UInt64(revision))
    let year = random.int(2005...2024)
    let topic = random.pick(topics)
    let action = random.pick(actions)
    let channelList = random.distinct(channels, random.int(1...3))
    let slug = "\(year)-\(topic.split(separator: " ").joined(separator: "-"))-\(index)"
    var text = "# yaml-language-server: $schema=../../../schema/case.schema.json\n"
    text += "title: \(action) \(topic) via \(channelList[0]) in \(spec.name), number \(index)\n"
    text += "summary: >-\n"
    for sentence in random.distinct(sentences, random.int(3...5)) { text += "  \(sentence)\n" }
    text += "year: \(year)\n"
    if random.chance(30) {
      text += "date: \(year)-\(twoDigits(random.int(1...12)))-\(twoDigits(random.int(1...28)))\n"
    } else if random.chance(40) {
      text += "period:\n  start: \(year)-\(twoDigits(random.int(1...6)))\n"
      if random.chance(60) { text += "  end: \(year)-\(twoDigits(random.int(7...12)))\n" }
    }
    text += "categories:\n"
    for category in random.distinct(categories, random.int(1...3)) { text += "  - \(category)\n" }
    text += "channels:\n"
    for channel in channelList { text += "  - \(channel)\n" }
    text += "language: \(spec.languages[0])\n"
    if random.chance(60) {
      text += "audience:\n  - residents of \(spec.name)\n"
      if random.chance(50) { text += "  - local businesses and associations\n" }
    }
    text += "outcomes:\n"
    for outcome in random.distinct(outcomes, random.int(2...4)) { text += "  - \(outcome)\n" }
    text += "lessons:\n"
    for lesson in random.distinct(lessons, random.int(2...4)) { text += "  - \(lesson)\n" }
    text += "sources:\n"
    for number in 1...random.int(1...2) {
      text += "  - title: \"Report \(number) on \(topic) in \(spec.name)\"\n"
      text += "    url: https://www.\(spec.slug).example/news/\(year)/\(slug)-\(number)\n"
      if random.chance(50) { text += "    author: \(random.pick(familyNames)), \(random.pick(givenNames).prefix(1)).\n" }
      if random.chance(50) { text += "    year: \(year)\n" }
    }
    text += "contact:\n"
    if random.chance(50) { text += "  name: \(random.pick(givenNames)) \(random.pick(familyNames))\n" }
    text += "  role: \(random.pick(roles))\n"
    text += "  email: communicatie@\(spec.slug).example\n"
    text += "tags:\n"
    for tag in random.distinct(tags, random.int(3...6)) { text += "  - \(tag)\n" }
    return (slug, text)
  }

  /// A policy made from one of the reference catalogue's example policies, renamed to this municipality.
  static func policy(_ spec: MunicipalitySpec, number: Int, templates: [(name: String, text: String)]) -> String {
    let template = templates[number % templates.count]
    let domain = template.name.lowercased() + ".example"
    return template.text
      .replacingAll(domain, with: "\(spec.slug).example")
      .replacingAll(template.name, with: spec.name)
  }

  private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

extension String {
  func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
