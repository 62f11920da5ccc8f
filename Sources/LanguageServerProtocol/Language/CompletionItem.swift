import GoujiJSON

/// One proposal of `textDocument/completion`.
package struct CompletionItem: Codable, Hashable, Sendable {
  package var label: String
  package var labelDetails: CompletionItemLabelDetails?
  package var kind: CompletionItemKind?
  package var detail: String?
  package var documentation: StringOrMarkupContent?
  package var preselect: Bool?
  package var sortText: String?
  package var filterText: String?
  package var insertText: String?
  package var insertTextFormat: InsertTextFormat?
  package var textEdit: CompletionTextEdit?
  package var additionalTextEdits: [TextEdit]?
  package var commitCharacters: [String]?
  package var command: Command?
  /// Data the server gets back in `completionItem/resolve`.
  package var data: JSONValue?

  package init(
    label: String,
    labelDetails: CompletionItemLabelDetails? = nil,
    kind: CompletionItemKind? = nil,
    detail: String? = nil,
    documentation: StringOrMarkupContent? = nil,
    preselect: Bool? = nil,
    sortText: String? = nil,
    filterText: String? = nil,
    insertText: String? = nil,
    insertTextFormat: InsertTextFormat? = nil,
    textEdit: CompletionTextEdit? = nil,
    additionalTextEdits: [TextEdit]? = nil,
    commitCharacters: [String]? = nil,
    command: Command? = nil,
    data: JSONValue? = nil
  ) {
    self.label = label
    self.labelDetails = labelDetails
    self.kind = kind
    self.detail = detail
    self.documentation = documentation
    self.preselect = preselect
    self.sortText = sortText
    self.filterText = filterText
    self.insertText = insertText
    self.insertTextFormat = insertTextFormat
    self.textEdit = textEdit
    self.additionalTextEdits = additionalTextEdits
    self.commitCharacters = commitCharacters
    self.command = command
    self.data = data
  }
}

/// Extra text shown next to a completion label: `detail` right after it, `description` further away.
package struct CompletionItemLabelDetails: Codable, Hashable, Sendable {
  package var detail: String?
  package var description: String?

  package init(detail: String? = nil, description: String? = nil) {
    self.detail = detail
    self.description = description
  }
}

/// A completion's edit: a plain ``TextEdit`` or an ``InsertReplaceEdit``.
package enum CompletionTextEdit: Codable, Hashable, Sendable {
  case edit(TextEdit)
  case insertReplace(InsertReplaceEdit)

  package init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let edit = try? container.decode(InsertReplaceEdit.self) {
      self = .insertReplace(edit)
    } else {
      self = .edit(try container.decode(TextEdit.self))
    }
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .edit(let edit): try container.encode(edit)
    case .insertReplace(let edit): try container.encode(edit)
    }
  }
}

/// The result of `textDocument/completion`.
package struct CompletionList: Codable, Hashable, Sendable {
  /// Whether typing more should ask the server again rather than filter these items.
  package var isIncomplete: Bool
  package var items: [CompletionItem]

  package init(isIncomplete: Bool, items: [CompletionItem]) {
    self.isIncomplete = isIncomplete
    self.items = items
  }

  private enum CodingKeys: String, CodingKey {
    case isIncomplete, items
  }

  /// Also reads the bare `CompletionItem[]` form of the result, as a complete list.
  package init(from decoder: any Decoder) throws {
    if let items = try? decoder.singleValueContainer().decode([CompletionItem].self) {
      self.init(isIncomplete: false, items: items)
      return
    }
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      isIncomplete: try container.decodeIfPresent(Bool.self, forKey: .isIncomplete) ?? false,
      items: try container.decode([CompletionItem].self, forKey: .items)
    )
  }
}
