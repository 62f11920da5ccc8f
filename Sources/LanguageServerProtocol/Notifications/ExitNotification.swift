/// `exit`: the server process should end, with status 0 if `shutdown` came first and 1 otherwise. No params.
package struct ExitNotification: LSPNotification {
  package static let method = "exit"
  package static var carriesParams: Bool { false }

  package init() {}
}
