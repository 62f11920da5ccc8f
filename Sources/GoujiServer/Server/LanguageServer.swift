import Dispatch
import Foundation
import GoujiAnalysis
import GoujiConfiguration
import GoujiRules
import GoujiSyntax
import GoujiText
import JSONRPC
import LanguageServerProtocol

/// gouji's language server: the same analysis as `gouji check`, for an editor, over a JSON-RPC ``Connection``.
///
/// **Ordering.** The connection reads on its own thread and hands messages over in the order they arrived. The
/// server handles them one at a time, in that order, on its own serial queue, so the notifications of a document are
/// applied serially and a request sees every change sent before it. Reading never waits for an analysis.
/// `$/cancelRequest` and `didChange` are also noted as soon as they are read: a cancelled request still waiting is
/// answered `RequestCancelled` without being computed, and the running analysis of a cancelled request, or of an
/// older version of a changed document, stops at its next check (``RequestTracker``, ``QueuedChanges``).
///
/// **Analysis** is the ``AnalysisHost``'s, lazy, on the queue: a document is analysed when a request or a
/// publication needs it, and the analysis is kept until the text, the configuration or last year's report changes.
/// Pushed diagnostics wait ``ServerOptions/diagnosticsDelay`` after a change; a newer change cancels the wait and
/// starts it again.
package final class LanguageServer: MessageHandler, @unchecked Sendable {
  let options: ServerOptions
  /// The serial queue on which every message is handled; all the mutable state below is confined to it, which is
  /// why the class is `@unchecked Sendable`.
  let queue = DispatchQueue(label: "gouji.server")
  let requests = RequestTracker()
  let queuedChanges = QueuedChanges()
  let exitSignal = ExitSignal()

  var connection: Connection?
  var phase = ServerPhase.uninitialized
  var client = ClientProfile()
  /// The open documents, their readings and analyses; the server only translates the protocol into its calls.
  let documents = AnalysisHost()
  var settings = SettingsLayers()
  var language = Language.zh
  /// The settings problems last shown to the user, so the same ones are not shown again on every change.
  var shownProblems: [String] = []
  var workspaceFolders: [URL] = []
  /// Used only on ``workspaceQueue``.
  let workspaceIndex = WorkspaceReportIndex()
  /// Where workspace files are read, so that a large or hostile workspace never delays the open documents.
  let workspaceQueue = DispatchQueue(label: "gouji.workspace", qos: .utility)
  /// Changes whenever the files or folders change; a lookup begun under another generation stops and is dropped.
  let workspaceGeneration = Locked(0)
  /// What lookups found for each body and year (`.some(nil)`: nothing), and the lookups running.
  var workspaceAnswers: [ReportKey: PreviousReport?] = [:]
  var pendingLookups: Set<ReportKey> = []
  var scheduledPublications: [DocumentURI: DispatchWorkItem] = [:]
  /// Cancelled when the client cancels the request being processed (`nil` between requests).
  var currentRequest: CancellationToken?
  /// Set while the first settings are asked for: publications wait for them, so that no diagnostic of a rule the
  /// user turned off flashes up.
  var isAwaitingConfiguration = false
  var deferredPublications: Set<DocumentURI> = []
  var analysisCounter = 0
  var parentProcessWatch: (any DispatchSourceTimer)?

  /// The rule configuration of every analysis, which the analysis host keeps.
  var ruleConfiguration: RuleConfiguration {
    get { documents.configuration }
    set { documents.configuration = newValue }
  }

  package init(options: ServerOptions = ServerOptions()) {
    self.options = options
  }

  /// Starts serving `connection`. Call once.
  package func start(on connection: Connection) {
    queue.sync { self.connection = connection }
    connection.start(handler: self)
  }

  /// Waits until the client sends `exit` or the connection closes, and returns the exit status: 0 after
  /// `shutdown`, 1 otherwise. `nil` when `timeout` passes first.
  package func waitForExit(timeout: Duration? = nil) -> Int32? {
    exitSignal.wait(until: timeout.map { .now() + $0.dispatchInterval } ?? .distantFuture)
  }

  /// Runs `body` while the server handles no message (they queue up), e.g. for a test to cancel a request before
  /// the server gets to it.
  package func withProcessingSuspended(_ body: () -> Void) {
    queue.suspend()
    defer { queue.resume() }
    body()
  }

  /// The input ended: the messages already queued (a client may send `initialize`, `shutdown` and `exit` at once
  /// and close its end) are answered before the connection closes.
  package func inputEnded(_ connection: Connection) {
    queue.async { connection.close() }
  }

  package func connectionClosed(_ connection: Connection) {
    queue.async { [self] in
      if phase != .exited { log(.info, "the connection closed") }
      finish()
    }
  }

  /// Stops for good: no more publications, and the exit status becomes known.
  func finish() {
    parentProcessWatch?.cancel()
    for item in scheduledPublications.values { item.cancel() }
    scheduledPublications = [:]
    exitSignal.finish(phase == .shutDown ? 0 : 1)
    phase = .exited
  }
}
