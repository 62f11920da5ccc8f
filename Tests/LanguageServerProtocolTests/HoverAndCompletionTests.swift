import LanguageServerProtocol
import Testing

@Suite struct HoverAndCompletionTests {
  static let document = TextDocumentIdentifier(uri: "file:///c.txt")
  static let documentJSON = #"{"uri":"file:///c.txt"}"#

  @Test func hoverRequestAndResults() throws {
    try expectMessage(
      HoverRequest(textDocument: Self.document, position: Position(line: 2, character: 5)),
      method: "textDocument/hover",
      params: #"{"textDocument":\#(Self.documentJSON),"position":{"line":2,"character":5}}"#
    )
    try expectResponse(
      HoverRequest.self,
      Hover(contents: MarkupContent(kind: .markdown, value: "**GJ012**"), range: range(2, 4, 9)),
      #"{"contents":{"kind":"markdown","value":"**GJ012**"},"range":\#(rangeJSON(2, 4, 9))}"#
    )
    try expectResponse(HoverRequest.self, nil, "null")
  }

  @Test func hoverReadsDeprecatedMarkedStrings() throws {
    let plain = try decode(Hover.self, #"{"contents":"*hi*"}"#)
    #expect(plain.contents == MarkupContent(kind: .markdown, value: "*hi*"))
    let parts = try decode(Hover.self, #"{"contents":["a",{"language":"swift","value":"let x"}]}"#)
    #expect(parts.contents.value == "a\n\n```swift\nlet x\n```")
  }

  @Test func completionRequestWithAndWithoutContext() throws {
    try expectMessage(
      CompletionRequest(
        textDocument: Self.document,
        position: Position(line: 0, character: 1),
        context: CompletionContext(triggerKind: .triggerCharacter, triggerCharacter: "第")
      ),
      method: "textDocument/completion",
      params: #"""
        {"textDocument":\#(Self.documentJSON),"position":{"line":0,"character":1},
         "context":{"triggerKind":2,"triggerCharacter":"第"}}
        """#
    )
    try expectMessage(
      CompletionRequest(textDocument: Self.document, position: Position(line: 0, character: 1)),
      method: "textDocument/completion",
      params: #"{"textDocument":\#(Self.documentJSON),"position":{"line":0,"character":1}}"#
    )
  }

  @Test func completionListWithEveryItemMember() throws {
    let item = CompletionItem(
      label: "第十二条",
      labelDetails: CompletionItemLabelDetails(detail: " 违约责任", description: "合同"),
      kind: .reference,
      detail: "article",
      documentation: .markup(MarkupContent(kind: .markdown, value: "条款")),
      preselect: true,
      sortText: "0012",
      filterText: "第十二条",
      insertTextFormat: .snippet,
      textEdit: .edit(TextEdit(range: range(0, 0, 1), newText: "第${1:十二}条")),
      additionalTextEdits: [TextEdit(range: range(5, 0, 0), newText: "\n")],
      data: ["article": 12]
    )
    let json = #"""
      {"isIncomplete":true,"items":[{
        "label":"第十二条","labelDetails":{"detail":" 违约责任","description":"合同"},"kind":18,"detail":"article",
        "documentation":{"kind":"markdown","value":"条款"},"preselect":true,"sortText":"0012","filterText":"第十二条",
        "insertTextFormat":2,"textEdit":{"range":\#(rangeJSON(0, 0, 1)),"newText":"第${1:十二}条"},
        "additionalTextEdits":[{"range":\#(rangeJSON(5, 0, 0)),"newText":"\n"}],"data":{"article":12}
      }]}
      """#
    try expectResponse(CompletionRequest.self, CompletionList(isIncomplete: true, items: [item]), json)
    try expectResponse(CompletionRequest.self, nil, "null")
  }

  @Test func completionDocumentationAsStringAndInsertReplaceEdit() throws {
    let item = CompletionItem(
      label: "x",
      documentation: .string("plain"),
      textEdit: .insertReplace(InsertReplaceEdit(newText: "x", insert: range(0, 0, 1), replace: range(0, 0, 3)))
    )
    try expectRoundTrip(
      item,
      #"""
      {"label":"x","documentation":"plain",
       "textEdit":{"newText":"x","insert":\#(rangeJSON(0, 0, 1)),"replace":\#(rangeJSON(0, 0, 3))}}
      """#
    )
  }

  @Test func bareItemArrayReadsAsCompleteList() throws {
    let list = try decode(CompletionList.self, #"[{"label":"a"}]"#)
    #expect(list == CompletionList(isIncomplete: false, items: [CompletionItem(label: "a")]))
  }
}
