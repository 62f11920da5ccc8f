/// `workspace/applyEdit` (server to client): asks the client to apply an edit, e.g. from an executed command.
package struct ApplyEditRequest: LSPRequest {
  package static let method = "workspace/applyEdit"
  package typealias Response = ApplyWorkspaceEditResult

  /// Shown in the client's undo history.
  package var label: String?
  package var edit: WorkspaceEdit

  package init(label: String? = nil, edit: WorkspaceEdit) {
    self.label = label
    self.edit = edit
  }
}

/// Whether the client applied a ``ApplyEditRequest``'s edit.
package struct ApplyWorkspaceEditResult: Codable, Hashable, Sendable {
  package var applied: Bool
  package var failureReason: String?
  /// The index of the first `documentChanges` entry that failed.
  package var failedChange: Int?

  package init(applied: Bool, failureReason: String? = nil, failedChange: Int? = nil) {
    self.applied = applied
    self.failureReason = failureReason
    self.failedChange = failedChange
  }
}
