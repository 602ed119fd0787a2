import CasebookCore
import CasebookYAML
import Foundation
import Testing

@Suite("site: publishing from CI (casebook init)")
struct SitePublishingTests {
  func initialised() throws -> (folder: String, files: [String]) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-pages-\(UUID().uuidString)").path
    let result = try CatalogueInitializer.run(
      InitRequest(
        directory: folder, stewards: ["a@example.org"], commit: false,
        ci: CIPins(archive: "https://example.org/casebook/archive/v0.1.0.tar.gz", sha256: String(repeating: "ab", count: 32))))
    return (folder, result.files)
  }

  @Test("init writes a GitHub Pages workflow and a GitLab Pages job that build the site on pushes to the branch")
  func workflows() throws {
    let (folder, files) = try initialised()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(files.contains(".github/workflows/pages.yml") && files.contains(".gitlab/pages.yml"))
    let github = try String(contentsOfFile: folder + "/.github/workflows/pages.yml", encoding: .utf8)
    let workflow = try YAMLParser.parse(github)
    #expect(workflow["on"]?["push"]?["branches"]?.items?.first?.string == "main")
    #expect(github.contains("casebook site --rev \"$COMMIT\" --output _site \"$@\""))
    #expect(workflow["permissions"]?.entries?.isEmpty == true, "no rights unless a job asks")
    #expect(workflow["jobs"]?["build"]?["permissions"]?.entries?.map { "\($0.key)=\($0.value.string ?? "")" } == ["contents=read"])
    let deploy = try #require(workflow["jobs"]?["deploy"])
    #expect(deploy["permissions"]?.entries?.map { "\($0.key)=\($0.value.string ?? "")" } == ["pages=write", "id-token=write"])
    let gitlab = try String(contentsOfFile: folder + "/.gitlab/pages.yml", encoding: .utf8)
    let job = try #require(try YAMLParser.parse(gitlab)["pages"])
    #expect(job["artifacts"]?["paths"]?.items?.first?.string == "public")
    #expect(gitlab.contains("casebook site --rev \"$CI_COMMIT_SHA\" --output public"))
    let main = try YAMLParser.parse(try String(contentsOfFile: folder + "/.gitlab-ci.yml", encoding: .utf8))
    #expect(main["include"]?.items?.first?["local"]?.string == ".gitlab/pages.yml")
  }

  @Test("Every action is pinned by a full commit id and every image by a digest")
  func pinned() throws {
    let (folder, _) = try initialised()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let github = try String(contentsOfFile: folder + "/.github/workflows/pages.yml", encoding: .utf8)
    let uses = github.matches(of: #/uses: ([^\s]+)/#).map { String($0.1) }
    #expect(uses.count == 3)
    for action in uses { #expect(action.wholeMatch(of: #/[\w.-]+\/[\w.-]+@[0-9a-f]{40}/#) != nil, "\(action) is not pinned") }
    let gitlab = try String(contentsOfFile: folder + "/.gitlab/pages.yml", encoding: .utf8)
    for text in [github, gitlab] {
      let images = text.matches(of: #/(?:container|image): ([^\s]+)/#).map { String($0.1) }
      #expect(!images.isEmpty)
      for image in images { #expect(image.contains("@sha256:") && image.count > 70, "\(image) is not pinned") }
    }
  }
}
