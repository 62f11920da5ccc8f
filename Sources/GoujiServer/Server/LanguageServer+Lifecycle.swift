import Foundation
import GoujiAnalysis
import GoujiConfiguration
import GoujiJSON
import JSONRPC
import LanguageServerProtocol

extension LanguageServer {
  func initialize(_ request: InitializeRequest) throws(ResponseError) -> InitializeResult {
    client = ClientProfile(request)
    phase = .running
    if let processID = request.processId { watchParentProcess(processID) }
    let folders = request.workspaceFolders?.map(\.uri) ?? request.rootUri.map { [$0] } ?? []
    setWorkspaceFolders(folders.compactMap(FileURI.url))
    settings.initialization = ConfigurationSettings.parsing(request.initializationOptions)
      .map(SettingsLayers.Layer.init)
    applySettings()
    let clientName = request.clientInfo?.name ?? "an unnamed client"
    let diagnostics = client.pullsDiagnostics ? "pulled" : "pushed"
    // Logged once the answer is written: the client's log message would otherwise be encoded before it.
    queue.async { [self] in
      log(.info, "initialized for \(clientName): positions in \(client.unit.rawValue), diagnostics \(diagnostics)")
    }
    return InitializeHandler.result(for: client, version: options.version)
  }

  func initialized() {
    registerForChanges()
    requestConfiguration(beforePublishing: true)
  }

  func shutdown() -> VoidResponse {
    for item in scheduledPublications.values { item.cancel() }
    scheduledPublications = [:]
    phase = .shutDown
    return VoidResponse()
  }

  /// Ends the server: status 0 after `shutdown`, 1 without.
  func exit() {
    finish()
    connection?.close()
  }

  /// Asks the client to send `workspace/didChangeConfiguration` and changes of `*.txt` files, when it lets servers
  /// register for them.
  func registerForChanges() {
    var registrations: [Registration] = []
    if client.registersConfiguration {
      registrations.append(
        Registration(
          id: "gouji.configuration", method: DidChangeConfigurationNotification.method,
          registerOptions: ["section": .string(ConfigurationSettings.section)]
        )
      )
    }
    if client.registersWatchedFiles {
      let configurationFile = JSONValue.string("**/" + ProjectConfigurationFile.name)
      let watchers: JSONValue = [["globPattern": "**/*.txt"], ["globPattern": configurationFile]]
      registrations.append(
        Registration(
          id: "gouji.files", method: DidChangeWatchedFilesNotification.method, registerOptions: ["watchers": watchers]
        )
      )
    }
    guard !registrations.isEmpty else { return }
    connection?.send(RegisterCapabilityRequest(registrations: registrations)) { [self] result in
      if case .failure(let error) = result {
        queue.async { [self] in log(.warning, "the client refused to register for changes: \(error.message)") }
      }
    }
  }
}
