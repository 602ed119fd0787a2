import CasebookTestSupport
import Testing

@testable import CasebookCore

/// A time comfortably after every file of a catalogue written just now: its files then count as settled.
func later() -> Int64 { WorkingTreeFingerprint.currentTime() + 60 }

/// The catalogue's working-tree fingerprint as the repository takes it, seen from `now`.
func fingerprint(_ catalogue: TemporaryCatalogue, now: Int64 = later()) throws -> WorkingTreeFingerprint {
  try #require(try Workspace(directory: catalogue.root).workingTreeFingerprint(context: "test", now: now))
}

/// The ids of every case study and policy in `index`, sorted.
func allIDs(_ index: SearchIndex) throws -> [String] {
  try index.search(SearchQuery(kinds: [.caseStudy, .policy], limit: nil)).hits.map(\.id).sorted()
}
