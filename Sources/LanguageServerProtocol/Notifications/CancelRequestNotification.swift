/// `$/cancelRequest`: the sender no longer needs the answer to request `id`. The request must still be answered,
/// with error `RequestCancelled` when it is abandoned.
package struct CancelRequestNotification: LSPNotification {
  package static let method = "$/cancelRequest"

  package var id: RequestID

  package init(id: RequestID) {
    self.id = id
  }
}
