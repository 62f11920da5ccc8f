import Foundation
import GoujiRules
import GoujiTestSupport
import Testing

/// One project address everywhere: rule links (SARIF, hovers, LSP code descriptions), the guides and the editors.
@Suite struct ProjectAddressTests {
  private static let files = [
    "README.md", "Documentation/Editors/Emacs.md", "Documentation/Editors/Neovim.md", "Documentation/Editors/VSCode.md",
    "Documentation/Editors/OtherEditors.md", "editors/emacs/gouji-report-mode.el", "editors/vscode/README.md",
    "editors/vscode/package.json",
  ]

  @Test func everyAddressIsTheProjectsOne() throws {
    #expect(RuleMetadata.documentationHome == "https://github.com/gouji/gouji")
    for file in Self.files {
      let text = try String(contentsOf: Fixtures.root.appendingPathComponent(file), encoding: .utf8)
      let addresses = text.matches(
        of: /https?:\/\/[A-Za-z0-9.\-]*github\.com\/[A-Za-z0-9_.\-]+\/gouji|https?:\/\/gouji\.[a-z.]+/
      )
      .map { String($0.output) }
      for address in addresses { #expect(address == RuleMetadata.documentationHome, "\(file): \(address)") }
    }
  }
}
