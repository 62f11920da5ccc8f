import LanguageServerProtocol
import Testing

@Suite struct WorkspaceMessageTests {
  @Test func configurationRequestAndResult() throws {
    try expectMessage(
      ConfigurationRequest(items: [
        ConfigurationItem(scopeUri: "file:///c.txt", section: "gouji"),
        ConfigurationItem(),
      ]),
      method: "workspace/configuration",
      params: #"{"items":[{"scopeUri":"file:///c.txt","section":"gouji"},{}]}"#
    )
    try expectResponse(
      ConfigurationRequest.self,
      [["profile": "strict", "maxProblems": 100, "ratio": 0.5], nil],
      #"[{"profile":"strict","maxProblems":100,"ratio":0.5},null]"#
    )
  }

  @Test func didChangeConfigurationWithAndWithoutSettings() throws {
    try expectMessage(
      DidChangeConfigurationNotification(settings: ["gouji": ["profile": "lenient"]]),
      method: "workspace/didChangeConfiguration",
      params: #"{"settings":{"gouji":{"profile":"lenient"}}}"#
    )
    let cleared = try decode(DidChangeConfigurationNotification.self, #"{"settings":null}"#)
    #expect(cleared.settings == nil)
  }

  @Test func didChangeWatchedFiles() throws {
    try expectMessage(
      DidChangeWatchedFilesNotification(changes: [
        FileEvent(uri: "file:///.gouji.json", type: .changed),
        FileEvent(uri: "file:///old.txt", type: .deleted),
      ]),
      method: "workspace/didChangeWatchedFiles",
      params: #"{"changes":[{"uri":"file:///.gouji.json","type":2},{"uri":"file:///old.txt","type":3}]}"#
    )
  }

  @Test func didChangeWorkspaceFolders() throws {
    try expectMessage(
      DidChangeWorkspaceFoldersNotification(
        event: WorkspaceFoldersChangeEvent(added: [WorkspaceFolder(uri: "file:///b", name: "b")], removed: [])
      ),
      method: "workspace/didChangeWorkspaceFolders",
      params: #"{"event":{"added":[{"uri":"file:///b","name":"b"}],"removed":[]}}"#
    )
  }

  @Test func registerCapability() throws {
    try expectMessage(
      RegisterCapabilityRequest(registrations: [
        Registration(id: "cfg", method: "workspace/didChangeConfiguration"),
        Registration(
          id: "watch",
          method: "workspace/didChangeWatchedFiles",
          registerOptions: ["watchers": [["globPattern": "**/.gouji.json"]]]
        ),
      ]),
      method: "client/registerCapability",
      params: #"""
        {"registrations":[{"id":"cfg","method":"workspace/didChangeConfiguration"},
          {"id":"watch","method":"workspace/didChangeWatchedFiles",
           "registerOptions":{"watchers":[{"globPattern":"**/.gouji.json"}]}}]}
        """#
    )
    try expectResponse(RegisterCapabilityRequest.self, VoidResponse(), "null")
  }

  @Test func applyEdit() throws {
    try expectMessage(
      ApplyEditRequest(
        label: "Fix all",
        edit: WorkspaceEdit(changes: ["file:///c.txt": [TextEdit(range: range(0, 0, 1), newText: "甲")]])
      ),
      method: "workspace/applyEdit",
      params: #"""
        {"label":"Fix all","edit":{"changes":{"file:///c.txt":[{"range":\#(rangeJSON(0, 0, 1)),"newText":"甲"}]}}}
        """#
    )
    try expectResponse(ApplyEditRequest.self, ApplyWorkspaceEditResult(applied: true), #"{"applied":true}"#)
    try expectResponse(
      ApplyEditRequest.self,
      ApplyWorkspaceEditResult(applied: false, failureReason: "version", failedChange: 0),
      #"{"applied":false,"failureReason":"version","failedChange":0}"#
    )
  }

  @Test func executeCommand() throws {
    try expectMessage(
      ExecuteCommandRequest(command: "gouji.fixAll", arguments: ["file:///c.txt"]),
      method: "workspace/executeCommand",
      params: #"{"command":"gouji.fixAll","arguments":["file:///c.txt"]}"#
    )
    try expectMessage(
      ExecuteCommandRequest(command: "gouji.reload"),
      method: "workspace/executeCommand",
      params: #"{"command":"gouji.reload"}"#
    )
    try expectResponse(ExecuteCommandRequest.self, .null, "null")
    try expectResponse(ExecuteCommandRequest.self, ["fixed": 3], #"{"fixed":3}"#)
  }
}
