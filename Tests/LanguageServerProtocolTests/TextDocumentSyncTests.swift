import LanguageServerProtocol
import Testing

@Suite struct TextDocumentSyncTests {
  @Test func didOpen() throws {
    let item = TextDocumentItem(uri: "file:///c/合同.txt", languageId: "plaintext", version: 1, text: "第一条 𠀀\n")
    try expectMessage(
      DidOpenTextDocumentNotification(textDocument: item),
      method: "textDocument/didOpen",
      params: #"""
        {"textDocument":{"uri":"file:///c/合同.txt","languageId":"plaintext","version":1,"text":"第一条 𠀀\n"}}
        """#
    )
  }

  @Test func didChangeWithFullAndIncrementalChanges() throws {
    try expectMessage(
      DidChangeTextDocumentNotification(
        textDocument: VersionedTextDocumentIdentifier(uri: "file:///a.txt", version: 3),
        contentChanges: [
          TextDocumentContentChangeEvent(range: range(0, 1, 2), text: "甲"),
          TextDocumentContentChangeEvent(text: "whole"),
        ]
      ),
      method: "textDocument/didChange",
      params: #"""
        {"textDocument":{"uri":"file:///a.txt","version":3},
         "contentChanges":[{"range":\#(rangeJSON(0, 1, 2)),"text":"甲"},{"text":"whole"}]}
        """#
    )
  }

  @Test func rangeLengthIsIgnored() throws {
    let change = try decode(
      TextDocumentContentChangeEvent.self,
      #"{"range":\#(rangeJSON(2, 0, 4)),"rangeLength":4,"text":""}"#
    )
    #expect(change == TextDocumentContentChangeEvent(range: range(2, 0, 4), text: ""))
  }

  @Test func didClose() throws {
    try expectMessage(
      DidCloseTextDocumentNotification(textDocument: TextDocumentIdentifier(uri: "file:///a.txt")),
      method: "textDocument/didClose",
      params: #"{"textDocument":{"uri":"file:///a.txt"}}"#
    )
  }

  @Test func didSaveWithAndWithoutText() throws {
    try expectMessage(
      DidSaveTextDocumentNotification(textDocument: TextDocumentIdentifier(uri: "file:///a.txt")),
      method: "textDocument/didSave",
      params: #"{"textDocument":{"uri":"file:///a.txt"}}"#
    )
    try expectMessage(
      DidSaveTextDocumentNotification(textDocument: TextDocumentIdentifier(uri: "file:///a.txt"), text: "x"),
      method: "textDocument/didSave",
      params: #"{"textDocument":{"uri":"file:///a.txt"},"text":"x"}"#
    )
  }

  @Test func unknownMembersAreIgnored() throws {
    let notification = try decode(
      DidCloseTextDocumentNotification.self,
      #"{"textDocument":{"uri":"file:///a.txt","extra":1},"workDoneToken":"t"}"#
    )
    #expect(notification.textDocument.uri == "file:///a.txt")
  }

  @Test func positionsCompareByLineThenCharacter() {
    #expect(Position(line: 0, character: 9) < Position(line: 1, character: 0))
    #expect(Position(line: 1, character: 2) < Position(line: 1, character: 3))
    #expect(LSPRange(at: Position(line: 4, character: 2)) == range(4, 2, 2))
  }
}
