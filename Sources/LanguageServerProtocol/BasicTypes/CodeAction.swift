import GoujiJSON

/// A fix or refactoring offered for a range of a document.
package struct CodeAction: Codable, Hashable, Sendable {
  package var title: String
  package var kind: CodeActionKind?
  /// The diagnostics this action resolves.
  package var diagnostics: [Diagnostic]?
  package var isPreferred: Bool?
  /// Set when the action is shown but cannot be applied.
  package var disabled: CodeActionDisabled?
  /// Filled in by `codeAction/resolve` when left out of the first response.
  package var edit: WorkspaceEdit?
  package var command: Command?
  /// Data the server gets back in `codeAction/resolve`.
  package var data: JSONValue?

  package init(
    title: String,
    kind: CodeActionKind? = nil,
    diagnostics: [Diagnostic]? = nil,
    isPreferred: Bool? = nil,
    disabled: CodeActionDisabled? = nil,
    edit: WorkspaceEdit? = nil,
    command: Command? = nil,
    data: JSONValue? = nil
  ) {
    self.title = title
    self.kind = kind
    self.diagnostics = diagnostics
    self.isPreferred = isPreferred
    self.disabled = disabled
    self.edit = edit
    self.command = command
    self.data = data
  }
}

/// Why a code action cannot be applied.
package struct CodeActionDisabled: Codable, Hashable, Sendable {
  package var reason: String

  package init(reason: String) {
    self.reason = reason
  }
}

/// A hierarchical, dot-separated kind of code action, e.g. `source.fixAll.gouji`.
package struct CodeActionKind: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: String

  package init(rawValue: String) {
    self.rawValue = rawValue
  }

  package static let empty = CodeActionKind(rawValue: "")
  package static let quickFix = CodeActionKind(rawValue: "quickfix")
  package static let refactor = CodeActionKind(rawValue: "refactor")
  package static let refactorRewrite = CodeActionKind(rawValue: "refactor.rewrite")
  package static let source = CodeActionKind(rawValue: "source")
  package static let sourceFixAll = CodeActionKind(rawValue: "source.fixAll")
  /// gouji's own fix-all, so that editors can run it on save without running other servers' fix-alls.
  package static let sourceFixAllGouji = CodeActionKind(rawValue: "source.fixAll.gouji")

  /// Whether `self` is `kind` or a sub-kind of it: `source.fixAll.gouji` is within `source.fixAll` and `source`.
  /// Every kind is within the empty kind.
  package func isWithin(_ kind: CodeActionKind) -> Bool {
    kind.rawValue.isEmpty || rawValue == kind.rawValue || rawValue.hasPrefix(kind.rawValue + ".")
  }
}
