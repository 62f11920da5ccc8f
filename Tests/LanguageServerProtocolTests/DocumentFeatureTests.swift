import LanguageServerProtocol
import Testing

@Suite struct DocumentFeatureTests {
  static let document = TextDocumentIdentifier(uri: "file:///c.txt")
  static let documentParams = #"{"textDocument":{"uri":"file:///c.txt"}}"#

  @Test func documentSymbolsNest() throws {
    try expectMessage(
      DocumentSymbolRequest(textDocument: Self.document),
      method: "textDocument/documentSymbol",
      params: Self.documentParams
    )
    let article = DocumentSymbol(name: "第一条", kind: .key, range: range(2, 0, 9), selectionRange: range(2, 0, 3))
    let chapter = DocumentSymbol(
      name: "第一章",
      detail: "总则",
      kind: .namespace,
      range: range(0, 0, 9),
      selectionRange: range(0, 0, 3),
      children: [article]
    )
    try expectResponse(
      DocumentSymbolRequest.self,
      [chapter],
      #"""
      [{"name":"第一章","detail":"总则","kind":3,"range":\#(rangeJSON(0, 0, 9)),"selectionRange":\#(rangeJSON(0, 0, 3)),
        "children":[{"name":"第一条","kind":20,"range":\#(rangeJSON(2, 0, 9)),"selectionRange":\#(rangeJSON(2, 0, 3))}]}]
      """#
    )
  }

  @Test func foldingRanges() throws {
    try expectMessage(
      FoldingRangeRequest(textDocument: Self.document),
      method: "textDocument/foldingRange",
      params: Self.documentParams
    )
    try expectResponse(
      FoldingRangeRequest.self,
      [FoldingRange(startLine: 0, endLine: 12, kind: .region), FoldingRange(startLine: 3, endLine: 4)],
      #"[{"startLine":0,"endLine":12,"kind":"region"},{"startLine":3,"endLine":4}]"#
    )
  }

  @Test func semanticTokensFullAndRange() throws {
    try expectMessage(
      SemanticTokensFullRequest(textDocument: Self.document),
      method: "textDocument/semanticTokens/full",
      params: Self.documentParams
    )
    try expectMessage(
      SemanticTokensRangeRequest(textDocument: Self.document, range: range(0, 0, 80)),
      method: "textDocument/semanticTokens/range",
      params: #"{"textDocument":{"uri":"file:///c.txt"},"range":\#(rangeJSON(0, 0, 80))}"#
    )
    try expectResponse(
      SemanticTokensFullRequest.self,
      SemanticTokens(data: [0, 0, 3, 1, 0, 1, 2, 4, 0, 1]),
      #"{"data":[0,0,3,1,0,1,2,4,0,1]}"#
    )
    try expectResponse(
      SemanticTokensRangeRequest.self,
      SemanticTokens(resultId: "r1", data: []),
      #"{"resultId":"r1","data":[]}"#
    )
  }

  @Test func inlayHints() throws {
    try expectMessage(
      InlayHintRequest(textDocument: Self.document, range: range(0, 0, 80)),
      method: "textDocument/inlayHint",
      params: #"{"textDocument":{"uri":"file:///c.txt"},"range":\#(rangeJSON(0, 0, 80))}"#
    )
    let hints = [
      InlayHint(
        position: Position(line: 1, character: 6),
        label: "= 10,000.00",
        kind: .type,
        tooltip: .markup(MarkupContent(kind: .markdown, value: "壹万元整")),
        paddingLeft: true
      ),
      InlayHint(
        position: Position(line: 2, character: 0),
        label: .parts([InlayHintLabelPart(value: "§3", tooltip: .string("第三条"))]),
        kind: .parameter
      ),
    ]
    try expectResponse(
      InlayHintRequest.self,
      hints,
      #"""
      [{"position":{"line":1,"character":6},"label":"= 10,000.00","kind":1,
        "tooltip":{"kind":"markdown","value":"壹万元整"},"paddingLeft":true},
       {"position":{"line":2,"character":0},"label":[{"value":"§3","tooltip":"第三条"}],"kind":2}]
      """#
    )
  }
}
