import GoujiRules
import GoujiText

/// Editor features as plain domain values: the language server converts them to LSP, and nothing here knows LSP.

/// What to show when hovering over a place in a report.
package struct HoverContent: Sendable, Hashable {
  /// Markdown for clients that render it.
  package var markdown: String
  /// The same content as plain text.
  package var plainText: String
  /// The text the hover is about.
  package var range: TextRange
}

/// What a completion item is.
package enum CompletionKind: Sendable, Hashable {
  case sectionHeading
  case rowLabel
  case clauseHeader
  case columnHeader
  /// A whole table to insert at once (a snippet).
  case table
  /// A whole row, label and a placeholder per cell, in the report's text form (a snippet).
  case wholeRow
}

/// One completion candidate.
package struct CompletionCandidate: Sendable, Hashable {
  package var label: String
  /// A short explanation shown beside the label (the row's meaning, the article behind it).
  package var detail: String
  package var documentation: String?
  /// The text that replaces ``CompletionResult/replaceRange``.
  package var insertText: String
  /// Whether `insertText` is an LSP snippet (`$1`, `${2:0}`); a plain-text version is in `plainInsertText`.
  package var isSnippet: Bool
  package var plainInsertText: String
  package var kind: CompletionKind
  /// Orders the candidates (most likely first).
  package var sortKey: String
}

/// Completion at a position: the candidates and the exact range each replaces (the typed prefix; CJK text is one
/// "word" for editors, so the range is always explicit).
package struct CompletionResult: Sendable, Hashable {
  package var replaceRange: TextRange
  package var candidates: [CompletionCandidate]
}

/// An entry of the document outline.
package struct OutlineItem: Sendable, Hashable {
  package enum Kind: Sendable, Hashable { case section, table, subtable, row }

  package var name: String
  package var detail: String?
  package var kind: Kind
  /// The whole extent.
  package var range: TextRange
  /// The part to select (the heading, the label).
  package var selectionRange: TextRange
  package var children: [OutlineItem]
}

/// A foldable block of lines (zero-based, inclusive).
package struct FoldingRegion: Sendable, Hashable {
  package enum Kind: Sendable, Hashable { case region, comment }

  package var startLine: Int
  package var endLine: Int
  package var kind: Kind
}

/// A classified piece of text for semantic highlighting.
package struct SemanticSpan: Sendable, Hashable {
  package enum Kind: String, Sendable, Hashable, CaseIterable {
    case heading, rowLabel, columnHeader, number, citation, date, leftover
  }

  package enum Modifier: String, Sendable, Hashable, CaseIterable {
    /// A cell a diagnostic reports (a total that does not balance, an invalid value).
    case wrong
    /// A label or heading that differs from the format.
    case nonstandard
  }

  package var range: TextRange
  package var kind: Kind
  package var modifiers: Set<Modifier>
}

/// A hint shown inline, such as the expected value beside a total that does not balance.
package struct InlineHint: Sendable, Hashable {
  /// Where the hint is shown (after the cell).
  package var offset: Int
  package var label: String
  package var tooltip: String?
}
