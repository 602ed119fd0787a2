@testable import CasebookGit
import CasebookText
import Foundation
import Testing

@Suite("Loading libgit2 on first use")
struct LibraryLoadingTests {
  @Test("a libgit2 that cannot be loaded is an error that names the file and how to install it")
  func missingLibraryIsExplained() throws {
    let missing = "libgit2-not-installed.so.0"
    let failure = try #require(LibGit2.load(library: missing))
    guard case .libraryUnavailable(let library, let reason) = failure else {
      Issue.record("expected libraryUnavailable, got \(failure)")
      return
    }
    #expect(library == missing)
    #expect(reason.contains(missing), "the dynamic loader's reason: \(reason)")
    let english = failure.message.text(.en)
    let dutch = failure.message.text(.nl)
    #expect(english.contains(missing) && english.contains("apt install"), "\(english)")
    #expect(english.contains(LibGit2.debianPackage), "\(english)")
    #expect(dutch.contains(missing) && dutch.contains("Installeer"), "\(dutch)")
  }

  @Test("the libgit2 casebook was built against loads, also after a failed attempt, and git works")
  func installedLibraryLoads() throws {
    _ = LibGit2.load(library: "libgit2-not-installed.so.0")
    #expect(LibGit2.load(library: LibGit2.libraryName) == nil)
    #expect(LibGit2.debianPackage.hasPrefix("libgit2-1."), "\(LibGit2.debianPackage)")
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      let commit = try repository.commitFiles(["cases/a.yaml": "a: 1\n"], message: "A")
      #expect(try repository.entry(at: "cases/a.yaml", commit: commit) != nil)
    }
  }
}
