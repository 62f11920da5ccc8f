import GoujiRules
import LanguageServerProtocol
import Testing

@testable import GoujiServer

/// One set of severity names per language, the one LSP's `DiagnosticSeverity` implies: what an editor shows as a
/// hint is called 提示/hint in the terminal, hovers and rule pages too, and information is 信息/information.
@Suite struct SeverityNameTests {
  @Test(arguments: [
    (Severity.error, DiagnosticSeverity.error, "错误", "error"),
    (.warning, .warning, "警告", "warning"),
    (.information, .information, "信息", "information"),
    (.hint, .hint, "提示", "hint"),
  ])
  func theNameIsTheOneOfTheEditorsSeverity(severity: Severity, lsp: DiagnosticSeverity, zh: String, en: String) {
    #expect(severity.lsp == lsp)
    #expect(severity.name.zh == zh && severity.name.en == en)
    #expect(severity.rawValue == en, "the command line's severity token is the English name")
  }
}
