import CasebookTestSupport
import CasebookText
import Foundation
import Testing

/// A catalogue whose stewards chose `language` as its default (the reference catalogue's is English).
private func catalogue(defaultLanguage language: String) throws -> TemporaryCatalogue {
  let catalogue = try referenceCatalogue()
  let stewards = try #require(try TemporaryCatalogue.files(under: "schema")["schema/stewards.yaml"])
  try catalogue.commit(
    ["schema/stewards.yaml": stewards.replacing("default_language: en", with: "default_language: \(language)")],
    message: "Speak \(language)")
  return catalogue
}

/// The heading of `stats`, which tells the language of a run.
private let statsHeading = [
  "en": "Case studies by use category and country", "nl": "Casussen per gebruikscategorie en land",
]

@Suite("Languages")
struct LanguageTests {
  @Test(
    "--lang wins over LC_ALL, LC_MESSAGES and LANG, which win over the catalogue's default, which wins over English",
    arguments: [
      ("en", [:], [], "en"),
      ("en", ["LANG": "nl_NL.UTF-8"], [], "nl"),
      ("en", ["LANG": "nl_BE.UTF-8", "LC_ALL": "en_GB.UTF-8"], [], "en"),
      ("en", ["LANG": "en_US.UTF-8", "LC_MESSAGES": "nl_NL"], [], "nl"),
      ("en", ["LANG": "nl_NL.UTF-8"], ["--lang", "en"], "en"),
      ("nl", [:], [], "nl"),
      ("nl", ["LANG": "C.UTF-8"], [], "nl"),
      ("nl", ["LANG": "en_GB.UTF-8"], [], "en"),
      ("nl", ["LANG": "de_DE.UTF-8"], [], "nl"),
      ("nl", [:], ["--lang", "en"], "en"),
      ("en", ["LANG": "en_GB.UTF-8"], ["--lang=nl"], "nl"),
    ] as [(String, [String: String], [String], String)])
  func precedence(catalogueLanguage: String, environment: [String: String], options: [String], expected: String) throws {
    let catalogue = try catalogue(defaultLanguage: catalogueLanguage)
    let result = try casebook(["stats"] + options, in: catalogue.root, environment: environment)
    #expect(result.status == 0, "\(result)")
    #expect(result.output.contains(try #require(statsHeading[expected])), "\(result.output)")
  }

  @Test("--lang is read where it stands, before or after the command, also with -C and for help")
  func placement() throws {
    let catalogue = try referenceCatalogue()
    let before = try casebook(["--lang", "nl", "-C", catalogue.root, "stats"])
    #expect(before.output.contains(statsHeading["nl"]!), "\(before)")
    let help = try casebook(["stats", "--help", "--lang", "nl"])
    #expect(help.output.contains("OVERZICHT:") && help.output.contains("GEBRUIK:"), "\(help)")
    let wrong = try casebook(["stats", "--lang", "fr"], in: catalogue.root)
    #expect(wrong.status == 64)
    #expect(wrong.errors.contains("'fr'"), "\(wrong)")
  }

  static let commands: [[String]] = [
    [], ["validate"], ["init"], ["new"], ["submit"], ["compare"], ["rank"], ["search"], ["show"], ["stats"], ["export"],
    ["guard"], ["guard", "pre-receive"], ["site"], ["fetch"], ["list"], ["status"], ["rules"], ["migrate"],
  ]

  @Test("Every command's help is in Dutch or English, wrapped to the terminal without a break mid-sentence", arguments: commands)
  func help(command: [String]) throws {
    for (language, width) in [("en", 80), ("nl", 78)] {
      let result = try casebook(command + ["--help", "--lang", language], environment: ["COLUMNS": "80"])
      #expect(result.status == 0, "\(result)")
      let text = result.output
      let headings = language == "en" ? ["OVERVIEW:", "USAGE:", "OPTIONS:"] : ["OVERZICHT:", "GEBRUIK:", "OPTIES:"]
      for heading in headings { #expect(text.contains(heading), "\(command) \(language): \(heading)") }
      if language == "nl" {
        for english in ["OVERVIEW:", "USAGE:", "OPTIONS:", "Show help information.", "(default:", "(values:"] {
          #expect(!text.contains(english), "\(command) in Dutch still says \(english)")
        }
      }
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      // The usage line is the parser's one long line, and a long default value cannot be broken; everything
      // else fits the terminal.
      for line in lines
      where !line.hasPrefix("USAGE:") && !line.hasPrefix("GEBRUIK:") && line.trimmingCharacters(in: .whitespaces).contains(" ")
      {
        #expect(line.count <= 80, "\(command) \(language): too wide: \(line)")
      }
      // In the discussion (before the usage), a line is broken only when the next word does not fit on it (the
      // parser keeps the last column free).
      let discussion = lines.prefix { !$0.hasPrefix("USAGE:") && !$0.hasPrefix("GEBRUIK:") }
      for (line, next) in zip(discussion, discussion.dropFirst()) where !line.isEmpty && !next.isEmpty {
        let word = next.prefix { $0 != " " }
        #expect(line.count + 1 + word.count >= width, "\(command) \(language): broken too early: \(line) / \(word)")
      }
    }
  }

  @Test("compare --help lists only the formats compare writes")
  func compareFormats() throws {
    let help = try casebook(["compare", "--help"], environment: ["COLUMNS": "200"])
    #expect(help.output.contains("text, markdown, json, html"), "\(help)")
    #expect(!help.output.contains("csv"))
    let csv = try casebook(["compare", "testergem", "--format", "csv"])
    #expect(csv.status == 64)
  }

  @Test("validate on a broken file says in Dutch what is wrong and what to do; rule ids and severities stay")
  func validateInDutch() throws {
    let catalogue = try TemporaryCatalogue()
    let broken = """
      title: Te
      year: "twintig"
      categories: [inspraak, particip]
      language: nl
      """
    try catalogue.commit(
      ["cases/nl/testdorp/municipality.yaml": Sample.municipality(), "cases/nl/testdorp/2020-x.yaml": broken],
      message: "A broken case")
    let dutch = try casebook(["validate", "--lang", "nl"], in: catalogue.root)
    #expect(dutch.status == 1)
    for line in [
      "cases/nl/testdorp/2020-x.yaml:1:1: error: [schema.required] het verplichte veld `summary` ontbreekt",
      "error: [schema.type] verwacht: een geheel getal; gevonden: de tekst `twintig`",
      "[catalog.category-alias] `inspraak` betekent de categorie `participate`: schrijf haar id `participate`",
      "[catalog.unknown-category] `particip` is geen gebruikscategorie",
      "bedoelt u `participate`?",
      "de tekst is te kort: 2 tekens, minstens 5",
      "bestanden gecontroleerd:",
    ] {
      #expect(dutch.output.contains(line), "\(line)\n\(dutch.output)")
    }
    // The schema's English description is no hint in Dutch; the English run keeps it.
    #expect(!dutch.output.contains("A short, specific title"))
    let english = try casebook(["validate"], in: catalogue.root)
    #expect(english.output.contains("missing required field `summary`"))
    #expect(english.output.contains("A short, specific title"))
    for format in ["json", "github", "junit"] {
      let other = try casebook(["validate", "--lang", "nl", "--format", format], in: catalogue.root)
      #expect(other.output.contains("het verplichte veld `summary` ontbreekt"), "\(format)")
    }
  }

  @Test("search, stats, show, compare and rank write their words, headers and hints in either language")
  func queriesInBothLanguages() throws {
    let catalogue = try referenceCatalogue()
    let expectations: [([String], en: [String], nl: [String])] = [
      (["search", "--limit", "3"], ["ID", "TITLE", "MUNICIPALITY", "showing 3 of 7 results"], ["ID", "TITEL", "GEMEENTE", "3 van 7 resultaten getoond"]),
      (["search", "--category", "report", "--country", "gb"],
       ["no case studies match; drop --category report to get"], ["geen casussen gevonden; laat --category report weg voor"]),
      (["search", "--facets"], ["Facets", "category "], ["Verdeling", "categorie "]),
      (["stats"], ["all case studies", "cells are empty"], ["alle casussen", "cellen zijn leeg"]),
      (["show", "nl/proefdorp/policy"], ["Social-media policy", "Provenance", "First submitted:"],
       ["Socialemediabeleid", "Herkomst", "Eerst ingediend:"]),
      (["show", "nl/voorbeeldstad"], ["Municipality", "Records"], ["Gemeente", "Records"]),
      (["compare", "testergem"], ["compared with best practice", "Top recommendations", "Technical names"],
       ["vergeleken met de goede praktijk", "Belangrijkste aanbevelingen", "Technische namen"]),
      (["rank"], ["Rank", "Municipality", "Overall"], ["Plaats", "Gemeente", "Totaal"]),
    ]
    for (arguments, english, dutch) in expectations {
      for (language, words) in [("en", english), ("nl", dutch)] {
        let result = try casebook(arguments + ["--lang", language], in: catalogue.root)
        #expect(result.status == 0, "\(arguments) \(language): \(result)")
        for word in words { #expect(result.output.contains(word), "\(arguments) \(language): \(word)\n\(result.output)") }
      }
    }
    // A report for people names no criterion id or field path in its body, and writes yes and no.
    let report = try casebook(["compare", "testergem", "--lang", "nl"], in: catalogue.root).output
    let body = try #require(report.components(separatedBy: "Technische namen").first)
    #expect(!body.contains("kok.listen") && !body.contains("listening.clipping_service"))
    #expect(body.contains("digitale knipselkrant: nee ✗ (moet ja zijn)"))
    #expect(!body.contains("true") && !body.contains("false"))
    #expect(body.firstMatch(of: #/[0-9],[0-9]/#) != nil, "numbers as Dutch writes them")
  }

  @Test("Errors and usage errors are in either language, with the same exit codes")
  func errorsInBothLanguages() throws {
    let catalogue = try referenceCatalogue()
    let cases: [([String], Int32, en: String, nl: String)] = [
      (["search", "--category", "repport"], 64, "error: `repport` is not a use category", "fout: `repport` is geen gebruikscategorie"),
      (["show", "gb/brighton/2010-snow"], 64, "error: no case study, policy or municipality", "fout: geen casus, beleid of gemeente"),
      (["compare", "nowhere"], 64, "error: no municipality `nowhere`", "fout: geen gemeente `nowhere`"),
      (["validate", "--foo"], 64, "Error: Unknown option '--foo'", "Fout: Onbekende optie '--foo'"),
      (["compare"], 64, "Error: Missing expected argument", "Fout: Het argument"),
      (["search", "--limit=-1"], 64, "--limit must be 0 (all) or more", "--limit moet 0 (alle) of meer zijn"),
      (["validate", "--rev", "nosuchrev"], 64, "the revision `nosuchrev` does not exist", "de revisie `nosuchrev` bestaat niet"),
    ]
    for (arguments, status, english, dutch) in cases {
      for (language, text) in [("en", english), ("nl", dutch)] {
        let result = try casebook(arguments + ["--lang", language], in: catalogue.root)
        #expect(result.status == status, "\(arguments) \(language): \(result)")
        #expect(result.errors.contains(text), "\(arguments) \(language): \(result.errors)")
      }
    }
  }

  @Test("new, submit and init speak Dutch, and init gives the catalogue the language it spoke")
  func writingInDutch() throws {
    let sandbox = try Sandbox(identity: (name: "Ann Officer", email: "ann@testdorp.example"))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-nl-\(UUID().uuidString)")
      .resolvingSymlinksInPath().path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let made = try sandbox.casebook(["init", folder, "--lang", "nl"], in: sandbox.home)
    #expect(made.status == 0, "\(made)")
    #expect(made.output.contains("Casebook-catalogus gemaakt in") && made.output.contains("Bestand"), "\(made)")
    #expect(try sandbox.gitOutput(["log", "--format=%s"], in: folder) == "Begin een casebook-catalogus\n")
    #expect(try String(contentsOfFile: folder + "/schema/stewards.yaml", encoding: .utf8).contains("default_language: nl"))

    // The new catalogue speaks Dutch by itself now; English when asked.
    let new = try sandbox.casebook(["new", "municipality", "--municipality", "nl/testdorp"], in: folder)
    #expect(new.status == 0, "\(new)")
    #expect(new.output.contains("geschreven") && new.output.contains("Volgende stap"), "\(new)")
    let check = try sandbox.casebook(["validate"], in: folder)
    #expect(check.output.contains("vervang de voorlopige tekst"), "\(check)")
    let refused = try sandbox.casebook(["submit", "cases/nl/testdorp/municipality.yaml", "-m", "Testdorp"], in: folder)
    #expect(refused.status == 1)
    #expect(refused.errors.contains("Er is niets gecommit"), "\(refused)")
    try Sample.municipality(maintainer: "ann@testdorp.example").write(
      toFile: folder + "/cases/nl/testdorp/municipality.yaml", atomically: true, encoding: .utf8)
    let submitted = try sandbox.casebook(["submit", "cases/nl/testdorp/municipality.yaml", "-m", "Testdorp"], in: folder)
    #expect(submitted.status == 0, "\(submitted)")
    #expect(submitted.output.contains("Commit ") && submitted.output.contains("staat op `main`, gemaakt door Ann Officer"), "\(submitted)")
    #expect(!submitted.output.contains("hoofdbranch"), "\(submitted)")
    let english = try sandbox.casebook(["new", "case", "--municipality", "nl/testdorp", "--title", "Wijkapp", "--lang", "en"], in: folder)
    #expect(english.output.contains("Wrote") && english.output.contains("Next:"), "\(english)")
  }
}
