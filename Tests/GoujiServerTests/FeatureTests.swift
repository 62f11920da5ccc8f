import Foundation
import GoujiAnalysis
import GoujiJSON
import GoujiRules
import GoujiText
import LanguageServerProtocol
import Testing

/// The features are `Features.*` converted: these tests compute what the conversion must give from the domain
/// values and independent positions, so they hold whatever the features find.
@Suite struct FeatureTests {
  static let encodings = ["utf-8", "utf-16", "utf-32"]

  @Test(arguments: [true, false])
  func hoverIsMarkdownOnlyForClientsThatRenderIt(markdown: Bool) throws {
    let client = try TestClient()
    let formats: JSONValue = markdown ? ["markdown", "plaintext"] : ["plaintext"]
    client.initialize(capabilities: ["textDocument": ["hover": ["contentFormat": formats]]])
    let text = SampleTexts.crlfWithAstral
    let uri = "file:///hover.txt"
    client.open(uri, text: text)
    let analysis = Analyzer.analyze(SourceText(text))
    let offset = try #require(
      analysis.diagnostics.map(\.range.start).first {
        Features.hover(analysis, at: $0, language: .zh) != nil
      })
    let content = try #require(Features.hover(analysis, at: offset, language: .zh))
    let hover = client.request(
      "textDocument/hover",
      [
        "textDocument": ["uri": .string(uri)],
        "position": IndependentPositions.position(of: offset, in: text, encoding: "utf-16"),
      ])?["result"]
    #expect(
      hover?["contents"] == [
        "kind": markdown ? "markdown" : "plaintext", "value": .string(markdown ? content.markdown : content.plainText),
      ])
    #expect(hover?["range"] == IndependentPositions.range(content.range, in: text, encoding: "utf-16"))
    #expect(client.shutDownAndExit() == 0)
  }

  @Test(arguments: [true, false])
  func completionReplacesExactlyTheRangeAndSendsSnippetsOnlyWhenSupported(snippets: Bool) throws {
    let client = try TestClient()
    let completion: JSONValue = ["completionItem": ["snippetSupport": .bool(snippets)]]
    client.initialize(capabilities: ["textDocument": ["completion": completion]])
    let name = "001_787e7c90b6bc98b9.txt"
    let text = Examples.text(name)
    let uri = Examples.uri(name)
    client.open(uri, text: text)
    let analysis = Analyzer.analyze(SourceText(text))
    for offset in [0, text.utf8.count / 2, text.utf8.count] {
      let source = SourceText(text)
      let aligned = source.scalarBoundary(atOrBefore: offset)
      let expected = Features.completions(analysis, at: aligned, language: .zh)
      let list = client.request(
        "textDocument/completion",
        [
          "textDocument": ["uri": .string(uri)],
          "position": IndependentPositions.position(of: aligned, in: text, encoding: "utf-16"),
        ])?["result"]
      let items = try #require(list?["items"]?.arrayValue)
      #expect(items.map { $0["label"] } == expected.candidates.map { .string($0.label) })
      let range = IndependentPositions.range(expected.replaceRange, in: text, encoding: "utf-16")
      for (item, candidate) in zip(items, expected.candidates) {
        let asSnippet = snippets && candidate.isSnippet
        let newText = asSnippet ? candidate.insertText : candidate.plainInsertText
        #expect(item["textEdit"] == ["range": range, "newText": .string(newText)])
        #expect(item["insertTextFormat"] == .int(asSnippet ? 2 : 1))
        #expect(item["sortText"] == .string(candidate.sortKey))
      }
    }
    #expect(client.shutDownAndExit() == 0)
  }

  @Test(arguments: encodings)
  func symbolsAreTheOutlineAtExactRanges(encoding: String) throws {
    let client = try TestClient()
    client.initialize(encodings: [encoding])
    let text = SampleTexts.crlfWithAstral
    client.open("file:///outline.txt", text: text)
    let symbols = client.request("textDocument/documentSymbol", uri: "file:///outline.txt")?["result"]
    let outline = Features.outline(Analyzer.analyze(SourceText(text)))
    #expect(symbols == .array(outline.map { expectedSymbol($0, text: text, encoding: encoding) }))
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func foldingRangesAreTheFoldableRegions() throws {
    let client = try TestClient()
    client.initialize()
    let text = SampleTexts.crlfWithAstral
    client.open("file:///folding.txt", text: text)
    let ranges = client.request("textDocument/foldingRange", uri: "file:///folding.txt")?["result"]
    let regions = Features.foldingRanges(Analyzer.analyze(SourceText(text))).filter { $0.endLine > $0.startLine }
    let lines = ranges?.arrayValue?.map { [$0["startLine"], $0["endLine"]] }
    #expect(lines == regions.map { [.int($0.startLine), .int($0.endLine)] })
    #expect(client.shutDownAndExit() == 0)
  }

  @Test(arguments: encodings)
  func semanticTokensAreTheSpansInTheNegotiatedUnit(encoding: String) throws {
    let client = try TestClient()
    let result = client.initialize(encodings: [encoding])
    let legend = try #require(result?["capabilities"]?["semanticTokensProvider"]?["legend"])
    #expect(legend["tokenTypes"] == .array(SemanticSpan.Kind.allCases.map { .string($0.rawValue) }))
    #expect(legend["tokenModifiers"] == .array(SemanticSpan.Modifier.allCases.map { .string($0.rawValue) }))
    let text = SampleTexts.crlfWithAstral
    client.open("file:///tokens.txt", text: text)
    let data = client.request("textDocument/semanticTokens/full", ["textDocument": ["uri": "file:///tokens.txt"]])?[
      "result"]?["data"]?.arrayValue?.compactMap(\.intValue)
    let spans = Features.semanticSpans(Analyzer.analyze(SourceText(text)))
    #expect(data.map(decodeTokens) == expectedTokens(spans, text: text, encoding: encoding))
    #expect(client.shutDownAndExit() == 0)
  }

  @Test func inlayHintsAreTheInlineHintsOfTheRange() throws {
    let client = try TestClient()
    client.initialize(encodings: ["utf-32"])
    let text = SampleTexts.crlfWithAstral
    client.open("file:///hints.txt", text: text)
    let everything: JSONValue = ["start": ["line": 0, "character": 0], "end": ["line": 100_000, "character": 0]]
    let hints = client.request("textDocument/inlayHint", uri: "file:///hints.txt", ["range": everything])?["result"]?
      .arrayValue
    let expected = Features.inlineHints(Analyzer.analyze(SourceText(text)), in: SourceText(text).fullRange)
    #expect(hints?.map { $0["label"] } == expected.map { .string($0.label) })
    let positions = expected.map { IndependentPositions.position(of: $0.offset, in: text, encoding: "utf-32") }
    #expect(hints?.map { $0["position"] } == positions)
    #expect(client.shutDownAndExit() == 0)
  }

  private func expectedSymbol(_ item: OutlineItem, text: String, encoding: String) -> JSONValue {
    let range = item.range.union(item.selectionRange)
    var symbol: [String: JSONValue] = [
      "name": .string(item.name),
      "kind": .int(symbolKind(item.kind)),
      "range": IndependentPositions.range(range, in: text, encoding: encoding),
      "selectionRange": IndependentPositions.range(item.selectionRange, in: text, encoding: encoding),
    ]
    symbol["detail"] = item.detail.map(JSONValue.string)
    if !item.children.isEmpty {
      symbol["children"] = .array(item.children.map { expectedSymbol($0, text: text, encoding: encoding) })
    }
    return .object(symbol)
  }

  private func symbolKind(_ kind: OutlineItem.Kind) -> Int {
    switch kind {
    case .section: 3
    case .table: 23
    case .subtable: 19
    case .row: 8
    }
  }

  /// Absolute tokens (line, start, length, type, modifiers) from the protocol's relative encoding.
  private func decodeTokens(_ data: [Int]) -> [[Int]] {
    var tokens: [[Int]] = []
    var line = 0
    var start = 0
    for index in stride(from: 0, to: data.count - 4, by: 5) {
      line += data[index]
      start = data[index] == 0 ? start + data[index + 1] : data[index + 1]
      tokens.append([line, start, data[index + 2], data[index + 3], data[index + 4]])
    }
    return tokens
  }

  /// The spans split at line ends, in text order, with overlapping pieces dropped, positions in `encoding`.
  private func expectedTokens(_ spans: [SemanticSpan], text: String, encoding: String) -> [[Int]] {
    let lines = IndependentPositions.lines(of: text).map { line in
      line.unicodeScalars.reduce(0) { $0 + IndependentPositions.units(of: $1, in: encoding) }
    }
    let pieces = spans.flatMap { span -> [[Int]] in
      let start = IndependentPositions.position(of: span.range.start, in: text, encoding: encoding)
      let end = IndependentPositions.position(of: span.range.end, in: text, encoding: encoding)
      let (startLine, endLine) = (start["line"]!.intValue!, end["line"]!.intValue!)
      let type = SemanticSpan.Kind.allCases.firstIndex(of: span.kind)!
      let modifiers = SemanticSpan.Modifier.allCases.enumerated().reduce(0) {
        span.modifiers.contains($1.element) ? $0 | 1 << $1.offset : $0
      }
      return (startLine...endLine).compactMap { line in
        let from = line == startLine ? start["character"]!.intValue! : 0
        let to = line == endLine ? end["character"]!.intValue! : lines[line]
        return to > from ? [line, from, to - from, type, modifiers] : nil
      }
    }
    var kept: [[Int]] = []
    for piece in pieces.sorted(by: { ($0[0], $0[1]) < ($1[0], $1[1]) }) {
      if let last = kept.last, last[0] == piece[0], piece[1] < last[1] + last[2] { continue }
      kept.append(piece)
    }
    return kept
  }
}
