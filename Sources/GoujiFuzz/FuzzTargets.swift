import Foundation
import GoujiAnalysis
import GoujiJSON
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import JSONRPC
import LanguageServerProtocol

/// The fuzz targets: each takes arbitrary bytes and traps (`precondition`) when an invariant breaks, so that
/// libFuzzer records the input. Run by `Scripts/fuzz.sh TARGET SECONDS` (Documentation/Fuzzing.md).
enum FuzzTarget: String, CaseIterable {
  /// Reader and rules on arbitrary bytes: never fails, every range inside the text.
  case reader
  /// Incremental re-read: text + edit, re-read, equals a fresh read of the edited text.
  case reread
  /// The Content-Length framer on an arbitrary byte stream fed in arbitrary chunks.
  case framer
  /// JSON-RPC parsing and LSP parameter decoding of every client message type.
  case messages

  func run(_ bytes: [UInt8]) {
    switch self {
    case .reader: Self.reader(bytes)
    case .reread: Self.reread(bytes)
    case .framer: Self.framer(bytes)
    case .messages: Self.messages(bytes)
    }
  }

  static func reader(_ bytes: [UInt8]) {
    let text = SourceText(bytes: bytes)
    let analysis = Analyzer.analyze(text)
    for range in analysis.report.allRanges + analysis.diagnostics.map(\.range) {
      precondition(range.start >= 0 && range.end <= text.count && text.clamp(range) == range, "range \(range)")
    }
  }

  /// The first 9 bytes choose the edit, the inserted text comes next, then the text (``RereadInput``).
  static func reread(_ bytes: [UInt8]) {
    guard let input = RereadInput(bytes) else { return }
    let previous = ReportReader.read(input.text)
    let reread = ReportReader.reread(previous, after: input.edit)
    precondition(reread == ReportReader.read(previous.text.applyingSequentially([input.edit])), "re-read ≠ read")
  }

  /// The stream is cut into chunks at every byte equal to the first one, as reads might deliver it.
  static func framer(_ bytes: [UInt8]) {
    guard let separator = bytes.first else { return }
    var framer = MessageFramer()
    for chunk in bytes.dropFirst().split(separator: separator, omittingEmptySubsequences: false) {
      framer.append(chunk)
      for case .success(let body) in framer.availableFrames() {
        precondition(body.count <= MessageFramer.maximumContentLength)
      }
      precondition(framer.bufferedByteCount <= bytes.count)
    }
    // A message after whatever came before is framed without a crash. (Whether it is read depends on what came
    // before: a body announced longer than what follows ends at this message's header, but an unfinished header
    // block of the garbage may take it in.)
    let body = #"{"jsonrpc":"2.0","method":"exit"}"#
    framer.append(Array("\r\n\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8))
    _ = framer.availableFrames()
  }

  static func messages(_ bytes: [UInt8]) {
    let parsed = IncomingMessage.parse(Data(bytes))
    let params: JSONValue?
    switch parsed.message {
    case .request(_, _, let value), .notification(_, let value): params = value
    case .response, .invalid: params = nil
    }
    for type in Messages.clientRequests { _ = try? type.decode(params: params) }
    for type in Messages.clientNotifications { _ = try? type.decode(params: params) }
  }
}
