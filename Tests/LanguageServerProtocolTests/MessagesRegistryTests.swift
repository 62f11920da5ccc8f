import LanguageServerProtocol
import Testing

@Suite struct MessagesRegistryTests {
  static let expectedMethods: Set<String> = [
    "initialize", "initialized", "shutdown", "exit", "$/cancelRequest", "$/setTrace",
    "textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "textDocument/didSave",
    "textDocument/publishDiagnostics", "textDocument/diagnostic", "workspace/diagnostic/refresh",
    "textDocument/hover", "textDocument/completion", "textDocument/codeAction", "codeAction/resolve",
    "textDocument/documentSymbol", "textDocument/foldingRange", "textDocument/semanticTokens/full",
    "textDocument/semanticTokens/range", "textDocument/inlayHint", "workspace/configuration",
    "workspace/didChangeConfiguration", "workspace/didChangeWatchedFiles", "workspace/didChangeWorkspaceFolders",
    "window/logMessage", "window/showMessage", "client/registerCapability", "workspace/applyEdit",
    "workspace/executeCommand",
  ]

  @Test func registryListsEveryMethodOnce() {
    let requests = (Messages.clientRequests + Messages.serverRequests).map { $0.method }
    let notifications = (Messages.clientNotifications + Messages.serverNotifications).map { $0.method }
    #expect(Set(requests).count == requests.count)
    #expect(Set(requests + notifications) == Self.expectedMethods)
  }

  @Test func lookupByMethod() {
    #expect(Messages.clientRequest(named: "textDocument/hover") == HoverRequest.self)
    #expect(Messages.clientRequest(named: "workspace/configuration") == nil)
    #expect(Messages.clientNotification(named: "exit") == ExitNotification.self)
    #expect(Messages.clientNotification(named: "textDocument/publishDiagnostics") == nil)
  }
}
