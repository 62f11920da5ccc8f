import GoujiFormats
import GoujiText

/// A row whose values were written with too few borders: space-separated tokens, some of which hold several cells
/// written together (`150 02 0 017` is 15·0·0·2·0·0·17). A space is always a border; each token holds one cell or
/// more.
struct GluedRow: Sendable {
  /// The tokens as extracted, in order.
  let tokens: [RawCell]
  /// The characters of each token (normalised), made once: a token can be megabytes long.
  let scalars: [[Unicode.Scalar]]

  init(tokens: [RawCell]) {
    self.tokens = tokens
    scalars = tokens.map { Array($0.text.unicodeScalars) }
  }

  /// The number of characters of all tokens.
  var length: Int { scalars.reduce(0) { $0 + $1.count } }

  /// The value a piece holds: its characters, a count with thousands separators (`1,451`) as its digits.
  static func value(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    let text = String(String.UnicodeScalarView(scalars))
    return GroupedNumber.digits(text) ?? text
  }

  /// All the row's text, for messages and ranges.
  var range: TextRange {
    tokens.dropFirst().reduce(tokens.first?.range ?? TextRange(emptyAt: 0)) { $0.union($1.range) }
  }
}

/// One cell cut from a glued row: characters `start..<end` of token `token`.
struct Piece: Sendable, Hashable {
  var token: Int
  var start: Int
  var end: Int
}

extension TableContext {
  /// The cells of a glued row split as `pieces`, each with its exact range in the text, read with `confidence`;
  /// a piece that is a whole token which could not have been split (one character, or not digits, or, where
  /// `marksCut`, not marks either) is written.
  func cells(_ row: GluedRow, split pieces: [Piece], confidence: Confidence, marksCut: Bool = false) -> [Cell] {
    let scalars = row.scalars
    let offsets = row.tokens.map(scalarOffsets)
    return pieces.map { piece in
      let text = GluedRow.value(scalars[piece.token][piece.start..<piece.end])
      let token = row.tokens[piece.token]
      let starts = offsets[piece.token]
      // A token whose normalisation changed its length keeps the whole token's range for each of its cells.
      let range =
        starts.count == scalars[piece.token].count + 1
        ? TextRange(start: starts[piece.start], end: starts[piece.end]) : token.range
      let whole = piece.start == 0 && piece.end == scalars[piece.token].count
      let characters = scalars[piece.token]
      let cuttable = PieceValidity.isSplittable(characters) || marksCut && MarkPieces.isCuttable(characters)
      let unsplittable = characters.count == 1 || !cuttable
      return Cell(text: text, range: range, state: .written, confidence: whole && unsplittable ? .written : confidence)
    }
  }

  /// Cells of a glued row that could not be split one way: each keeps the values it could take (most plausible
  /// first); an ``Confidence/inferred`` cell also shows the first candidate as its text.
  func undecidedCells(_ row: GluedRow, candidates: [[String]], count: Int, inferred: Bool) -> [Cell] {
    (0..<count).map { column in
      var unique: [String] = []
      for candidate in candidates where column < candidate.count && !unique.contains(candidate[column]) {
        unique.append(candidate[column])
      }
      guard !unique.isEmpty else {
        return Cell(text: "", range: TextRange(emptyAt: row.range.start), state: .missing, confidence: .unreadable)
      }
      return Cell(
        text: inferred ? unique[0] : "", range: row.range, state: .ambiguous(candidates: unique),
        confidence: inferred ? .inferred : .unreadable
      )
    }
  }

  /// The source offset of each scalar of `token` and of its end.
  private func scalarOffsets(_ token: RawCell) -> [Int] {
    var offsets: [Int] = []
    var index = token.range.start
    while index < token.range.end {
      offsets.append(index)
      index += SourceText.scalarByteCount(lead: text.bytes[index])
    }
    offsets.append(token.range.end)
    return offsets
  }
}

extension TableContext {
  /// The cells of a glued row as the solver read it, and the problem to report when it is not solved.
  func read(_ reading: GluedRowReading, of row: GluedRow, table: TableID, rowKey: String, subtable: String?)
    -> (cells: [Cell], problem: ReadingProblem?)
  {
    switch reading {
    case .solved(let split):
      return (cells(row, split: split.pieces, confidence: .solved, marksCut: true), nil)
    case .undecided(let splits):
      let candidates = splits.map(\.values)
      let count = candidates.first?.count ?? 0
      let kind = ReadingProblem.Kind.cellsAmbiguous(table, rowKey: rowKey, subtable: subtable, candidates: candidates)
      return (
        undecidedCells(row, candidates: candidates, count: count, inferred: false),
        ReadingProblem(kind: kind, range: row.range)
      )
    case .unreadable:
      let kind = ReadingProblem.Kind.rowUnreadable(table, rowKey: rowKey, subtable: subtable)
      return ([], ReadingProblem(kind: kind, range: row.range))
    }
  }
}
