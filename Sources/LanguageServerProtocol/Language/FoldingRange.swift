/// A foldable run of lines.
package struct FoldingRange: Codable, Hashable, Sendable {
  package var startLine: Int
  package var startCharacter: Int?
  package var endLine: Int
  package var endCharacter: Int?
  package var kind: FoldingRangeKind?
  /// Text shown in place of the folded lines, by clients that support it.
  package var collapsedText: String?

  package init(
    startLine: Int,
    startCharacter: Int? = nil,
    endLine: Int,
    endCharacter: Int? = nil,
    kind: FoldingRangeKind? = nil,
    collapsedText: String? = nil
  ) {
    self.startLine = startLine
    self.startCharacter = startCharacter
    self.endLine = endLine
    self.endCharacter = endCharacter
    self.kind = kind
    self.collapsedText = collapsedText
  }
}

/// What a folding range folds; clients may fold some kinds automatically.
package struct FoldingRangeKind: RawRepresentable, Codable, Hashable, Sendable {
  package var rawValue: String

  package init(rawValue: String) {
    self.rawValue = rawValue
  }

  package static let comment = FoldingRangeKind(rawValue: "comment")
  package static let imports = FoldingRangeKind(rawValue: "imports")
  package static let region = FoldingRangeKind(rawValue: "region")
}
