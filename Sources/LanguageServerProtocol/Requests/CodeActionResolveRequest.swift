/// `codeAction/resolve`: fills in the lazily computed parts (usually `edit`) of a code action the client picked.
///
/// The params are the code action itself, so this type encodes and decodes as a bare ``CodeAction``.
package struct CodeActionResolveRequest: LSPRequest {
  package static let method = "codeAction/resolve"
  package typealias Response = CodeAction

  package var codeAction: CodeAction

  package init(codeAction: CodeAction) {
    self.codeAction = codeAction
  }

  package init(from decoder: any Decoder) throws {
    codeAction = try CodeAction(from: decoder)
  }

  package func encode(to encoder: any Encoder) throws {
    try codeAction.encode(to: encoder)
  }
}
