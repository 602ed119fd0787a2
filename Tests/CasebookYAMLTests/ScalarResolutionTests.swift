import CasebookText
import Testing

@testable import CasebookYAML

/// YAML 1.2 core schema: what a plain value resolves to.
@Suite struct ScalarResolutionTests {
  static let rows: [(String, Tree)] = [
    // null
    ("null", .null), ("Null", .null), ("NULL", .null), ("~", .null), ("", .null),
    // bool: only the six spellings of true and false
    ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
    ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
    // YAML 1.1 booleans and near misses stay strings
    ("NO", .string("NO")), ("no", .string("no")), ("yes", .string("yes")), ("Yes", .string("Yes")),
    ("on", .string("on")), ("off", .string("off")), ("y", .string("y")), ("n", .string("n")),
    ("tRUE", .string("tRUE")), ("nul", .string("nul")), ("nulls", .string("nulls")), ("~~", .string("~~")),
    // int
    ("0", .int(0)), ("42", .int(42)), ("-17", .int(-17)), ("+5", .int(5)), ("-0", .int(0)), ("007", .int(7)),
    ("0o17", .int(15)), ("0x1F", .int(31)), ("0xff", .int(255)), ("0xFF", .int(255)),
    ("9223372036854775807", .int(9_223_372_036_854_775_807)),
    ("-9223372036854775808", .int(-9_223_372_036_854_775_807 - 1)),
    // integers beyond Int64 become floats
    ("9223372036854775808", .float(9_223_372_036_854_775_808.0)),
    ("-9223372036854775809", .float(-9_223_372_036_854_775_809.0)),
    ("0xFFFFFFFFFFFFFFFF", .float(18_446_744_073_709_551_615.0)),
    ("123456789012345678901234567890", .float(1.2345678901234568e29)),
    // float
    ("1.5", .float(1.5)), ("-1.5", .float(-1.5)), (".5", .float(0.5)), ("-.5", .float(-0.5)),
    ("1.", .float(1.0)), ("+.5", .float(0.5)), ("1e3", .float(1000)), ("1E3", .float(1000)),
    ("1.5e-3", .float(0.0015)), ("-2.5E+10", .float(-2.5e10)), ("1e-400", .float(0)),
    (".inf", .float(.infinity)), (".Inf", .float(.infinity)), (".INF", .float(.infinity)),
    ("+.inf", .float(.infinity)), ("-.Inf", .float(-.infinity)), ("-.INF", .float(-.infinity)),
    (".nan", .float(.nan)), (".NaN", .float(.nan)), (".NAN", .float(.nan)),
    // look like numbers, but are not in the core schema
    ("2010-01-06", .string("2010-01-06")), ("12:30", .string("12:30")), ("1_000", .string("1_000")),
    ("1,000", .string("1,000")), ("0x", .string("0x")), ("0o", .string("0o")), ("0o8", .string("0o8")),
    ("0xG", .string("0xG")), ("+0x1F", .string("+0x1F")), ("-0o7", .string("-0o7")), ("0b101", .string("0b101")),
    ("0x1p3", .string("0x1p3")), ("1.2.3", .string("1.2.3")), (".", .string(".")), ("--", .string("--")),
    ("-a", .string("-a")),
    ("+", .string("+")), ("e5", .string("e5")), ("1e", .string("1e")), ("1e+", .string("1e+")),
    ("1e3.5", .string("1e3.5")), ("-.nan", .string("-.nan")), ("+.nan", .string("+.nan")),
    ("NaN", .string("NaN")), ("inf", .string("inf")), ("Infinity", .string("Infinity")), (".Nan", .string(".Nan")),
    ("x1", .string("x1")), ("1 2", .string("1 2")),
  ]

  @Test("plain scalar resolution", arguments: rows)
  func plain(text: String, expected: Tree) throws {
    let document = try YAMLParser.parse("value: \(text)\n")
    let value = try #require(document["value"])
    #expect(sameContent(value, expected.node), "\(text) resolved to \(value.value)")
  }

  @Test(
    "quoted and block scalars are always strings",
    arguments: [
      ("'123'", "123"), ("\"true\"", "true"), ("'null'", "null"), ("\"\"", ""), ("'~'", "~"), ("\"1e400\"", "1e400"),
      ("|\n  42\n", "42\n"), (">-\n  false\n", "false"),
    ])
  func quoted(text: String, expected: String) throws {
    let document = try YAMLParser.parse("value: \(text)\n")
    #expect(document["value"]?.string == expected)
  }

  @Test(
    "a finite-looking number that overflows is an error",
    arguments: [("1e400", 8), ("-1e400", 8), ("1" + String(repeating: "0", count: 400), 8), ("[1, 2e999]", 12)])
  func numberOutOfRange(text: String, column: Int) throws {
    let error = try #require(parseError("value: \(text)\n"))
    #expect(error.rule == "yaml.number-range")
    #expect(error.location == SourceLocation(line: 1, column: column))
    #expect(error.message.text(.en).contains("number"))
    #expect(error.message.text(.en).contains("too large"))
    #expect(error.message.text(.en).contains("quote it if it is text"))
  }

  @Test func hugeHexadecimalIsOutOfRange() throws {
    let error = try #require(parseError("value: 0x" + String(repeating: "F", count: 300)))
    #expect(error.rule == "yaml.number-range")
    #expect(error.message.text(.en).count < 200, "the message quotes only the start of the number")
  }
}
