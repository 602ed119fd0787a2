#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A municipality as the search index knows it.
public struct IndexedMunicipality: Sendable, Hashable {
  /// `cc/slug`.
  public var id: String
  /// The name from its profile, or the folder name when the profile is missing or invalid.
  public var name: String
  /// Upper-case ISO 3166-1 alpha-2 code.
  public var country: String
  /// True when the municipality has a valid `municipality.yaml`.
  public var hasProfile: Bool
}

/// The searchable catalogue of one snapshot: the display fields of every valid case study and policy, their
/// filter values as small numbers, and BM25F postings. Built from a ``Catalogue`` once, then saved and loaded
/// as a few flat arrays so that a warm search neither parses YAML nor validates.
public struct SearchIndex: Sendable {
  /// Field weights for BM25F, in field order: title, summary, outcomes, lessons, tags.
  static let fieldWeights: [Float] = [3.0, 1.5, 1.0, 1.0, 2.0]
  /// BM25 term-frequency saturation.
  static let k1: Float = 1.2
  /// BM25 length normalisation.
  static let b: Float = 0.75

  /// The use-category taxonomy of the snapshot.
  public let taxonomy: Taxonomy
  /// Catalogue files left out because they have errors, sorted.
  public let invalidFiles: [String]
  /// Municipalities, sorted by id.
  public let municipalities: [IndexedMunicipality]
  /// Distinct filter values (category ids, channels, languages, tags).
  let values: [String]
  /// Per document: its kind (0 case, 1 policy), year (0 when unknown), municipality and language numbers.
  let kinds: [UInt8]
  let years: [Int32]
  let municipalityOf: [UInt32]
  let languageOf: [UInt32]
  /// Per document: value numbers of its categories, channels and tags.
  let categories: PackedLists
  let channels: PackedLists
  let tags: PackedLists
  /// Three strings per document: id, title, snippet text.
  let texts: PackedStrings
  /// Indexed words, sorted by bytes.
  let terms: PackedStrings
  /// For each term, where its postings start in ``postings`` (`terms.count + 1` byte offsets).
  let postingOffsets: [UInt32]
  /// Per term, its documents in ascending order, each as a LEB128 gap from the previous one followed by one
  /// byte of ``PostingWeight``: the BM25F weight (length-normalised, field-weighted term frequency summed
  /// over fields). Decoded only for the words of a query.
  let postings: ByteRegion

  /// Number of indexed documents (cases and policies).
  public var documentCount: Int { kinds.count }

  /// Number of indexed case studies.
  public var caseCount: Int { kinds.count { $0 == 0 } }

  /// Number of indexed policies.
  public var policyCount: Int { kinds.count { $0 == 1 } }

  static func kindCode(_ kind: RecordKind) -> UInt8 { kind == .policy ? 1 : 0 }

  func kind(_ document: Int) -> RecordKind { kinds[document] == 1 ? .policy : .caseStudy }
  func id(_ document: Int) -> String { texts[document * 3] }
  /// The file of a case study or policy: its id is its path without `cases/` and `.yaml`.
  func path(_ document: Int) -> String { "\(CatalogueLayout.casesFolder)/\(id(document)).yaml" }
  func title(_ document: Int) -> String { texts[document * 3 + 1] }
  func snippetText(_ document: Int) -> String { texts[document * 3 + 2] }
  func municipality(_ document: Int) -> IndexedMunicipality { municipalities[Int(municipalityOf[document])] }
  func valueList(_ lists: PackedLists, _ document: Int) -> [String] { lists[document].map { values[Int($0)] } }

  /// The document numbers whose postings list a word matching `word`, with the summed weight per document.
  func postings(for word: QueryWord, into weights: inout [Float], touched: inout [Int]) {
    var key = Array(word.text.utf8)
    key.withUnsafeMutableBufferPointer { buffer in
      let key = UnsafeBufferPointer(buffer)
      var term = terms.lowerBound(key)
      while term < terms.count {
        if word.isPrefix {
          guard terms.hasPrefix(term, key) else { break }
        } else {
          guard terms.compare(term, with: key) == 0 else { break }
        }
        decodePostings(of: term) { document, weight in
          if weights[document] == 0 { touched.append(document) }
          weights[document] += weight
        }
        term += 1
      }
    }
  }

  /// Calls `body` with each document and weight of a term's postings; stops at anything out of range, so
  /// that a damaged cache cannot crash a search.
  private func decodePostings(of term: Int, _ body: (Int, Float) -> Void) {
    forEachPosting(of: term) { document, weight in body(document, PostingWeight.decoded[Int(weight)]) }
  }

  /// Calls `body` with each document of a term's postings and its weight as stored (one ``PostingWeight``
  /// byte); stops at anything out of range.
  func forEachPosting(of term: Int, _ body: (Int, UInt8) -> Void) {
    let documentCount = kinds.count
    postings.withUnsafeBufferPointer { buffer in
      var position = Int(postingOffsets[term])
      let end = min(Int(postingOffsets[term + 1]), buffer.count)
      var document = 0
      while position < end {
        var gap = 0
        var shift = 0
        while position < end, shift < 35 {
          let byte = buffer[position]
          position += 1
          gap |= Int(byte & 0x7f) << shift
          shift += 7
          if byte < 0x80 { break }
        }
        document += gap
        guard position < end, document < documentCount else { return }
        body(document, buffer[position])
        position += 1
      }
    }
  }
}

/// A BM25F weight in one byte, on a logarithmic scale (steps of about 4%, from 0.004 to 245).
enum PostingWeight {
  static func encode(_ weight: Float) -> UInt8 {
    guard weight > 0 else { return 1 }
    return UInt8(max(1, min(255, (log2(weight) * 16).rounded() + 128)))
  }

  static let decoded: [Float] = (0..<256).map { $0 == 0 ? 0 : exp2((Float($0) - 128) / 16) }
}

extension ByteWriter {
  /// An unsigned LEB128 number.
  mutating func leb128(_ value: Int) {
    var rest = UInt64(value)
    while rest >= 0x80 {
      bytes.append(UInt8(rest & 0x7f) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }
}
