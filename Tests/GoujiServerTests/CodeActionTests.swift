import Foundation
import GoujiAnalysis
import GoujiJSON
import GoujiText
import LanguageServerProtocol
import Testing

@testable import GoujiServer

@Suite struct CodeActionTests {
  /// The whole loop of a quick fix: the published diagnostic, its action, the edit applied by the client, the
  /// diagnostic gone.
  @Test func applyingTheQuickFixForAWrongTotalRemovesTheDiagnostic() throws {
    let client = try TestClient()
    client.initialize()
    let uri = Examples.uri(Examples.wrongTotal)
    var text = Examples.text(Examples.wrongTotal)
    client.open(uri, text: text)
    let published = try #require(client.diagnostics(uri, version: 1))
    let wrongTotal = try #require(published.first { $0["code"] == "GJ310" })

    let actions = try #require(codeActions(client, uri: uri, range: wrongTotal["range"]!, diagnostics: [wrongTotal]))
    let fix = try #require(actions.first { $0["kind"] == "quickfix" && $0["diagnostics"]?[0]?["code"] == "GJ310" })
    // Setting a total to the sum of its addends is offered but not safe (the addends may be what is wrong), so it
    // is not the preferred action.
    #expect(fix["isPreferred"] == nil)
    // It is still offered, marked as one to confirm.
    #expect(fix["title"] == "改为0（需确认）")
    #expect(fix["diagnostics"]?[0]?["range"] == wrongTotal["range"])
    let documentEdit = try #require(fix["edit"]?["documentChanges"]?[0])
    #expect(documentEdit["textDocument"] == ["uri": .string(uri), "version": 1])
    let edits = try #require(documentEdit["edits"]?.arrayValue)
    #expect(edits.count == 1)
    #expect(edits[0]["range"] == wrongTotal["range"])
    #expect(edits[0]["newText"] == "0")

    let newText = try #require(edits[0]["newText"]?.stringValue)
    text = IndependentPositions.applying(edits[0]["range"]!, newText, to: text, encoding: "utf-16")
    client.change(uri, version: 2, [["range": edits[0]["range"]!, "text": edits[0]["newText"]!]])
    let after = try #require(client.diagnostics(uri, version: 2))
    #expect(!after.contains { $0["code"] == "GJ310" && $0["range"] == wrongTotal["range"] })
    #expect(after.map(ExpectedDiagnostics.withoutData) == ExpectedDiagnostics.of(text, uri: uri))
    #expect(client.shutDownAndExit() == 0)
  }

  /// Clients may drop `data` or quote a diagnostic of an older version: the action is found by code and range.
  @Test func actionsAreFoundWithoutDataAndWithStaleData() throws {
    let client = try TestClient()
    client.initialize()
    let uri = Examples.uri(Examples.wrongTotal)
    client.open(uri, text: Examples.text(Examples.wrongTotal))
    let published = try #require(client.diagnostics(uri, version: 1))
    let artifact = try #require(published.first { $0["code"] == "GJ503" })
    let withData = try #require(codeActions(client, uri: uri, range: cursor(at: artifact), diagnostics: [artifact]))

    var withoutData = artifact.objectValue!
    withoutData["data"] = nil
    let dropped = codeActions(client, uri: uri, range: cursor(at: artifact), diagnostics: [.object(withoutData)])
    var stale = artifact.objectValue!
    stale["data"] = ["code": "GJ503", "version": 0, "index": 99]
    let old = codeActions(client, uri: uri, range: cursor(at: artifact), diagnostics: [.object(stale)])

    let fixes = withData.filter { $0["kind"] == "quickfix" }
    #expect(!fixes.isEmpty)
    #expect(fixes.first?["isPreferred"] == true)  // Deleting a conversion leftover is safe.
    #expect(dropped?.filter { $0["kind"] == "quickfix" } == fixes)
    #expect(old?.filter { $0["kind"] == "quickfix" } == fixes)
    #expect(client.shutDownAndExit() == 0)
  }

  /// The fix-all gives, in one action, the text `gouji check --fix` writes (all rounds of safe fixes), here on a
  /// text where one round is not enough (removing the inner leftover leaves an outer one).
  @Test func fixAllReachesWhatCheckFixWritesInOneAction() throws {
    let (client, uri, text) = try Self.openWithNestedLeftovers()
    let whole: JSONValue = ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]]
    let actions = try #require(codeActions(client, uri: uri, range: whole, diagnostics: [], only: ["source.fixAll"]))
    #expect(actions.count == 1)
    let fixAll = try #require(actions.first)
    #expect(fixAll["kind"] == "source.fixAll.gouji")
    let edits = try #require(fixAll["edit"]?["documentChanges"]?[0]?["edits"]?.arrayValue)

    let source = SourceText(text)
    let applied = source.applyingSimultaneously(
      edits.map { edit in
        let range = edit["range"]!
        func position(_ key: String) -> LineColumn {
          LineColumn(line: range[key]!["line"]!.intValue!, column: range[key]!["character"]!.intValue!)
        }
        let lineColumns = LineColumnRange(start: position("start"), end: position("end"))
        return TextEdit(range: source.textRange(of: lineColumns, in: .utf16), newText: edit["newText"]!.stringValue!)
      }
    ).text
    let oneRound = source.applyingSimultaneously(
      Analyzer.safeEdits(Analyzer.analyze(source).diagnostics).flatMap(\.self))
    #expect(applied == Analyzer.applyingSafeFixes(source).text)
    #expect(applied != oneRound.text)
    let onlyQuickFixes = codeActions(client, uri: uri, range: whole, diagnostics: [], only: ["quickfix"])
    #expect(onlyQuickFixes?.allSatisfy { $0["kind"] == "quickfix" } == true)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func oneFindingOfADocumentWideRuleFixesEveryPlace() throws {
    // Example 003 (a PDF copy) has compatibility characters on many lines: one GJ501, whose fix replaces them all.
    let client = try TestClient()
    client.initialize()
    let name = "003_5e13778fbfad6663.txt"
    let uri = Examples.uri(name)
    let text = Examples.text(name)
    client.open(uri, text: text)
    let diagnostics = try #require(client.diagnostics(uri, version: 1))
    let compatibility = diagnostics.filter { $0["code"] == "GJ501" }
    #expect(compatibility.count == 1)
    let first = try #require(compatibility.first)
    let actions = try #require(
      codeActions(client, uri: uri, range: first["range"]!, diagnostics: [first], only: ["quickfix"]))
    let all = try #require(actions.first { $0["title"]?.stringValue == "替换全文的兼容字符" })
    let edits = try #require(all["edit"]?["documentChanges"]?[0]?["edits"]?.arrayValue)
    let expected = Analyzer.safeEdits(Analyzer.analyze(SourceText(text)).diagnostics.filter { $0.code == "GJ501" })
      .flatMap(\.self)
    #expect(edits.count == expected.count)
    #expect(edits.map { $0["newText"] } == expected.map { .string($0.newText) })
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func clientsWithoutDocumentChangesGetPlainChanges() throws {
    let client = try TestClient()
    client.initialize(capabilities: [:])
    let uri = Examples.uri(Examples.wrongTotal)
    client.open(uri, text: Examples.text(Examples.wrongTotal))
    let published = try #require(client.diagnostics(uri, version: 1))
    let artifact = try #require(published.first { $0["code"] == "GJ503" })
    let actions = try #require(codeActions(client, uri: uri, range: artifact["range"]!, diagnostics: []))
    let edit = try #require(actions.first { $0["kind"] == "quickfix" }?["edit"])
    #expect(edit["documentChanges"] == nil)
    #expect(edit["changes"]?[uri.description]?.arrayValue?.isEmpty == false)
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func diagnosticsOfOtherToolsAndPlacesWithoutProblemsGiveNoQuickFix() throws {
    let client = try TestClient()
    client.initialize()
    let name = "002_cf9a8ca2a320709f.txt"
    let uri = Examples.uri(name)
    client.open(uri, text: Examples.text(name))
    let published = try #require(client.diagnostics(uri, version: 1))
    let touched = Set(
      published.flatMap { diagnostic -> [Int] in
        let range = diagnostic["range"]!
        return Array(range["start"]!["line"]!.intValue!...range["end"]!["line"]!.intValue!)
      })
    let line = try #require((5..<200).first { !touched.contains($0) })
    let clean: JSONValue = [
      "start": ["line": .int(line), "character": 0], "end": ["line": .int(line), "character": 1],
    ]
    let foreign: JSONValue = ["range": clean, "message": "spelling", "source": "cspell", "code": "GJ503"]
    let actions = codeActions(client, uri: uri, range: clean, diagnostics: [foreign], only: ["quickfix"])
    #expect(actions == [])
    #expect(client.shutDownAndExit() == 0)
  }

  /// A selection of the whole document offers each rule's "fix all" once, not once per finding of the rule.
  @Test func aWholeDocumentSelectionOffersEachRulesFixAllOnce() throws {
    let client = try TestClient()
    client.initialize()
    let name = "004_b1d7aab7bdee8be9.txt"
    let uri = Examples.uri(name)
    client.open(uri, text: Examples.text(name))
    let diagnostics = try #require(client.diagnostics(uri, version: 1))
    #expect(diagnostics.filter { $0["code"] == "GJ503" }.count > 2)
    let whole: JSONValue = ["start": ["line": 0, "character": 0], "end": ["line": 100_000, "character": 0]]
    let actions = try #require(codeActions(client, uri: uri, range: whole, diagnostics: [], only: ["quickfix"]))
    let fixAlls = actions.compactMap { $0["title"]?.stringValue }.filter { $0.hasPrefix("修复本文件中全部") }
    #expect(fixAlls.count == Set(fixAlls).count)
    #expect(fixAlls.contains { $0.hasPrefix("修复本文件中全部 GJ503 问题") })
    #expect(client.shutDownAndExit() == 0)
  }

  /// A client that resolves code actions gets the fix-alls without their edits, and `codeAction/resolve` fills in
  /// the same edits an eager client gets; for a document changed since, the action comes back disabled.
  @Test func fixAllsAreResolvedLazilyWhenTheClientCan() throws {
    let name = "003_5e13778fbfad6663.txt"
    let uri = Examples.uri(name)
    let whole: JSONValue = ["start": ["line": 0, "character": 0], "end": ["line": 100_000, "character": 0]]
    let eager = try TestClient()
    eager.initialize()
    eager.open(uri, text: Examples.text(name))
    _ = try #require(eager.diagnostics(uri, version: 1))
    let complete = try #require(codeActions(eager, uri: uri, range: whole, diagnostics: []))
    #expect(eager.shutDownAndExit() == 0)

    var capabilities = TestClient.modernCapabilities.objectValue ?? [:]
    var textDocument = capabilities["textDocument"]?.objectValue ?? [:]
    var codeAction = textDocument["codeAction"]?.objectValue ?? [:]
    codeAction["resolveSupport"] = ["properties": ["edit"]]
    textDocument["codeAction"] = .object(codeAction)
    capabilities["textDocument"] = .object(textDocument)
    let lazy = try TestClient()
    lazy.initialize(capabilities: .object(capabilities))
    lazy.open(uri, text: Examples.text(name))
    _ = try #require(lazy.diagnostics(uri, version: 1))
    let offered = try #require(codeActions(lazy, uri: uri, range: whole, diagnostics: []))
    let fixAlls = offered.filter { $0["data"]?["uri"] != nil }
    let isFixAll = { (action: JSONValue) in
      action["kind"] == "source.fixAll.gouji" || action["title"]?.stringValue?.hasPrefix("修复本文件中全部") == true
    }
    #expect(!fixAlls.isEmpty && fixAlls.count == complete.filter(isFixAll).count)
    #expect(fixAlls.allSatisfy { $0["edit"] == nil })
    for action in fixAlls {
      let resolved = try #require(lazy.request("codeAction/resolve", action)?["result"])
      let expected = try #require(complete.first { $0["title"] == action["title"] })
      #expect(resolved["edit"] == expected["edit"])
    }
    let first = try #require(fixAlls.first)
    lazy.change(uri, version: 2, [["text": .string(Examples.text(name) + "\n")]])
    let stale = try #require(lazy.request("codeAction/resolve", first)?["result"])
    #expect(stale["edit"] == nil && stale["disabled"] != nil)
    #expect(lazy.shutDownAndExit() == 0)
  }

  /// A client without `codeAction/resolve` asks for actions on every cursor move: each answer takes the analysis
  /// of the version, and the fix-all (up to 8 rounds of analysis) is computed once for it.
  @Test func cursorMovesReuseTheAnalysisAndTheFixAllOfTheVersion() throws {
    let (client, uri, text) = try Self.openWithNestedLeftovers()
    let before = client.server.queue.sync { client.server.documents.work }
    var fixAlls: Set<JSONValue> = []
    for line in 0..<6 {
      let position: JSONValue = ["line": .int(line * 7), "character": 1]
      let cursor: JSONValue = ["start": position, "end": position]
      let actions = try #require(codeActions(client, uri: uri, range: cursor, diagnostics: []))
      fixAlls.formUnion(actions.filter { $0["kind"] == "source.fixAll.gouji" }.compactMap { $0["edit"] })
    }
    let after = client.server.queue.sync { client.server.documents.work }
    #expect(fixAlls.count == 1)
    #expect(after.analyses == before.analyses)
    #expect(after.fixAlls == before.fixAlls + 1)
    client.change(uri, version: 2, [["text": .string(text + "\n")]])
    let top: JSONValue = ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]]
    _ = codeActions(client, uri: uri, range: top, diagnostics: [])
    #expect(client.server.queue.sync { client.server.documents.work.fixAlls } == before.fixAlls + 2)
    #expect(client.shutDownAndExit() == 0)
  }

  /// A client with an example open in which one round of safe fixes is not enough (removing the inner leftover
  /// leaves an outer one), once its diagnostics are published.
  static func openWithNestedLeftovers() throws -> (TestClient, String, String) {
    let client = try TestClient()
    client.initialize()
    let name = "003_5e13778fbfad6663.txt"
    let uri = Examples.uri(name)
    let text = Examples.text(name).replacingOccurrences(of: "一、总体情况", with: "一、总体情况\n[image: [image: x]]**⼾**")
    client.open(uri, text: text)
    _ = try #require(client.diagnostics(uri, version: 1))
    return (client, uri, text)
  }

  private func codeActions(
    _ client: TestClient, uri: String, range: JSONValue, diagnostics: [JSONValue], only: [String]? = nil
  ) -> [JSONValue]? {
    var context: [String: JSONValue] = ["diagnostics": .array(diagnostics)]
    context["only"] = only.map { .array($0.map(JSONValue.string)) }
    let response = client.request(
      "textDocument/codeAction", ["textDocument": ["uri": .string(uri)], "range": range, "context": .object(context)]
    )
    return response?["result"]?.arrayValue
  }

  /// An empty range at the start of `diagnostic`: a cursor on it.
  private func cursor(at diagnostic: JSONValue) -> JSONValue {
    ["start": diagnostic["range"]!["start"]!, "end": diagnostic["range"]!["start"]!]
  }
}
