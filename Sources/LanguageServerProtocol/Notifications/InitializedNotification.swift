/// `initialized`: the client received the `initialize` result; the server may now send requests of its own.
/// Its params are the empty object.
package struct InitializedNotification: LSPNotification {
  package static let method = "initialized"

  package init() {}
}
