/// `$/setTrace`: changes the trace level set by `initialize`.
package struct SetTraceNotification: LSPNotification {
  package static let method = "$/setTrace"

  package var value: TraceValue

  package init(value: TraceValue) {
    self.value = value
  }
}
