/// ISO 3166-1 alpha-2 country codes, in lower case as used for folder names.
enum ISOCountry {
  static let codes: Set<String> = Set(
    """
    ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by bz
    ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et fi fj fk fm fo
    fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je
    jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo
    mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw
    py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm
    tn to tr tt tv tw tz ua ug um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw
    """.split(whereSeparator: \.isWhitespace).map(String.init))

  /// One flag per pair of lower-case letters, for checking folder names without building a string.
  private static let table: [Bool] = {
    var table = [Bool](repeating: false, count: 26 * 26)
    for code in codes {
      let letters = Array(code.utf8)
      table[Int(letters[0] - UInt8(ascii: "a")) * 26 + Int(letters[1] - UInt8(ascii: "a"))] = true
    }
    return table
  }()

  /// True when the two bytes are a known code in lower case.
  static func isCode(_ first: UInt8, _ second: UInt8) -> Bool {
    let a = UInt8(ascii: "a")
    guard first >= a, first < a + 26, second >= a, second < a + 26 else { return false }
    return table[Int(first - a) * 26 + Int(second - a)]
  }

  /// Codes people often write instead of the ISO one.
  static let commonMistakes: [String: String] = [
    "uk": "gb", "en": "gb", "england": "gb", "scotland": "gb", "wales": "gb", "nederland": "nl",
    "netherlands": "nl", "holland": "nl", "belgie": "be", "belgium": "be", "vlaanderen": "be",
    "deutschland": "de", "germany": "de", "el": "gr",
  ]
}
