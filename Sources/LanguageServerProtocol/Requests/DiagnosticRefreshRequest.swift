/// `workspace/diagnostic/refresh` (server to client): asks the client to pull all diagnostics again, e.g. after a
/// configuration change. No params; the result is `null`.
package struct DiagnosticRefreshRequest: LSPRequest {
  package static let method = "workspace/diagnostic/refresh"
  package static var carriesParams: Bool { false }
  package typealias Response = VoidResponse

  package init() {}
}
