/// An entry of a document's outline, with nested children.
package struct DocumentSymbol: Codable, Hashable, Sendable {
  package var name: String
  package var detail: String?
  package var kind: SymbolKind
  package var deprecated: Bool?
  /// The whole extent of the symbol, children included.
  package var range: LSPRange
  /// The part to select when the symbol is picked, e.g. its heading text; inside `range`.
  package var selectionRange: LSPRange
  package var children: [DocumentSymbol]?

  package init(
    name: String,
    detail: String? = nil,
    kind: SymbolKind,
    deprecated: Bool? = nil,
    range: LSPRange,
    selectionRange: LSPRange,
    children: [DocumentSymbol]? = nil
  ) {
    self.name = name
    self.detail = detail
    self.kind = kind
    self.deprecated = deprecated
    self.range = range
    self.selectionRange = selectionRange
    self.children = children
  }
}

/// The icon of a symbol (1 file … 26 type parameter).
package struct SymbolKind: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: Int

  package init(rawValue: Int) {
    self.rawValue = rawValue
  }

  package static let file = SymbolKind(rawValue: 1)
  package static let module = SymbolKind(rawValue: 2)
  package static let namespace = SymbolKind(rawValue: 3)
  package static let `package` = SymbolKind(rawValue: 4)
  package static let `class` = SymbolKind(rawValue: 5)
  package static let method = SymbolKind(rawValue: 6)
  package static let property = SymbolKind(rawValue: 7)
  package static let field = SymbolKind(rawValue: 8)
  package static let constructor = SymbolKind(rawValue: 9)
  package static let `enum` = SymbolKind(rawValue: 10)
  package static let interface = SymbolKind(rawValue: 11)
  package static let function = SymbolKind(rawValue: 12)
  package static let variable = SymbolKind(rawValue: 13)
  package static let constant = SymbolKind(rawValue: 14)
  package static let string = SymbolKind(rawValue: 15)
  package static let number = SymbolKind(rawValue: 16)
  package static let boolean = SymbolKind(rawValue: 17)
  package static let array = SymbolKind(rawValue: 18)
  package static let object = SymbolKind(rawValue: 19)
  package static let key = SymbolKind(rawValue: 20)
  package static let null = SymbolKind(rawValue: 21)
  package static let enumMember = SymbolKind(rawValue: 22)
  package static let `struct` = SymbolKind(rawValue: 23)
  package static let event = SymbolKind(rawValue: 24)
  package static let `operator` = SymbolKind(rawValue: 25)
  package static let typeParameter = SymbolKind(rawValue: 26)
}
