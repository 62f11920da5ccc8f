import Foundation
import GoujiAnalysis
import GoujiConfiguration
import GoujiJSON
import GoujiRules
import JSONRPC
import LanguageServerProtocol

extension LanguageServer {
  /// Makes the layered settings current and shows their problems (once). Returns whether the diagnostics change.
  @discardableResult
  func applySettings() -> Bool {
    let (configuration, problems) = settings.resolve()
    let newLanguage = settings.language(locale: client.locale)
    let changed = configuration != ruleConfiguration || newLanguage != language
    ruleConfiguration = configuration
    language = newLanguage
    if problems != shownProblems {
      shownProblems = problems
      if !problems.isEmpty {
        let intro = LocalizedText(zh: "gouji 设置有误（其余设置照常生效）：", en: "gouji settings (the rest still apply): ")
        showMessage(.warning, intro.text(language) + problems.joined(separator: "; "))
      }
    }
    return changed
  }

  /// Applies changed settings and, when they change the diagnostics, analyses every document again.
  func settingsChanged() {
    guard applySettings() else { return }
    documents.invalidateAnalyses()
    refreshAllDiagnostics()
  }

  /// Publishes every document's diagnostics again, or asks a pulling client to pull them again.
  func refreshAllDiagnostics() {
    if client.pullsDiagnostics {
      guard client.diagnosticRefresh else { return }
      connection?.send(DiagnosticRefreshRequest()) { _ in }
    } else {
      for uri in documents.ids { scheduleDiagnostics(for: uri) }
    }
  }

  /// Asks the client for the `gouji` section of its settings, when it supports `workspace/configuration`. With
  /// `beforePublishing`, diagnostics wait for the answer (for at most ``ServerOptions/configurationTimeout``).
  func requestConfiguration(beforePublishing: Bool) {
    guard client.workspaceConfiguration, let connection else { return }
    if beforePublishing {
      isAwaitingConfiguration = true
      queue.asyncAfter(deadline: .now() + options.configurationTimeout.dispatchInterval) { [self] in
        stopAwaitingConfiguration()
      }
    }
    let request = ConfigurationRequest(items: [ConfigurationItem(section: ConfigurationSettings.section)])
    connection.send(request) { [self] result in
      queue.async { [self] in receivedConfiguration(result) }
    }
  }

  func receivedConfiguration(_ result: Result<[JSONValue], ResponseError>) {
    switch result {
    case .success(let values):
      if let (settings, problems) = ConfigurationSettings.parsing(values.first) {
        self.settings.client = SettingsLayers.Layer(settings: settings, problems: problems)
        settingsChanged()
      }
    case .failure(let error):
      log(.warning, "the client did not send its settings: \(error.message)")
    }
    stopAwaitingConfiguration()
  }

  /// Publishes what waited for the first settings.
  func stopAwaitingConfiguration() {
    guard isAwaitingConfiguration else { return }
    isAwaitingConfiguration = false
    for uri in deferredPublications.sorted() { scheduleDiagnostics(for: uri) }
    deferredPublications = []
  }

  /// Takes the settings the notification carries, if they are gouji's, and asks for them again when the client
  /// answers `workspace/configuration` (many clients send `null` and expect exactly that).
  func didChangeConfiguration(_ notification: DidChangeConfigurationNotification) {
    if let json = Self.goujiSettings(in: notification.settings),
      let (settings, problems) = ConfigurationSettings.parsing(json)
    {
      self.settings.client = SettingsLayers.Layer(settings: settings, problems: problems)
      settingsChanged()
    }
    requestConfiguration(beforePublishing: false)
  }

  /// gouji's settings in a `didChangeConfiguration`: the `gouji` member, or the object itself when every member is
  /// one of gouji's settings (clients send other servers' settings too, which are not gouji's problem).
  static func goujiSettings(in json: JSONValue?) -> JSONValue? {
    guard let object = json?.objectValue, !object.isEmpty else { return nil }
    if let section = object[ConfigurationSettings.section] { return section }
    let known: Set<String> = ["rules", "select", "ignore", "language", "townshipDeadline"]
    return object.keys.allSatisfy(known.contains) ? json : nil
  }
}
