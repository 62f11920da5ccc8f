/// `shutdown`: the client asks the server to stop working, before `exit`. No params; the result is `null`.
package struct ShutdownRequest: LSPRequest {
  package static let method = "shutdown"
  package static var carriesParams: Bool { false }
  package typealias Response = VoidResponse

  package init() {}
}
