import GoujiFormats

/// One way to split a glued row: the pieces and the values they hold.
struct RowSplit: Sendable, Hashable {
  var pieces: [Piece]
  var values: [String]
}

/// Finds the ways the tokens of a glued row split into one cell per column: each token holds one cell or more, a
/// piece cut from a token is a valid value of its column (``PieceValidity``), and `accepts` (the row's own balancing
/// rules) approves the values at each checkpoint and at the end.
///
/// The search is a depth-first walk with two prunings that make it linear in the row's length: the remaining
/// characters must fit the remaining columns (no piece is wider than its column allows), and every step spends the
/// table's ``WorkBudget``.
struct RowSplitter {
  enum Outcome: Equatable {
    /// Every split there is (possibly none).
    case splits([RowSplit])
    /// More than the limit: too many to choose from.
    case tooMany
    /// The budget ran out before the search finished.
    case exhausted
  }

  let tokens: [[Unicode.Scalar]]
  let kinds: [ValueKind]
  /// Numbers of cells after which `accepts` is asked about the values so far (besides the full row).
  var checkpoints: Set<Int> = []
  /// Whether the values so far may stand (as whole numbers, a mark as 0: `nil` for a value that is not one).
  var accepts: ([Int?]) -> Bool = { _ in true }
  /// Whether a token of marks, or of marks and values, is cut into them (``MarkPieces``): tables 三 and 四, whose
  /// rules choose how many cells a run of marks holds. Table 二 has no rules to choose, and keeps such tokens whole.
  var cutsMarks = false

  private var splittable: [Bool] {
    tokens.map { PieceValidity.isSplittable($0) || cutsMarks && MarkPieces.isCuttable($0) }
  }

  /// The splits, at most `limit` of them.
  func splits(limit: Int, budget: inout WorkBudget) -> Outcome {
    guard tokens.count <= kinds.count, !tokens.isEmpty else { return .splits([]) }
    var search = Search(splitter: self, splittable: splittable, limit: limit)
    guard search.isFeasible else { return .splits([]) }
    search.walk(token: 0, offset: 0, budget: &budget)
    if search.overflowed { return .tooMany }
    if search.stopped { return .exhausted }
    return .splits(search.found)
  }

  /// The state of one search.
  private struct Search {
    let splitter: RowSplitter
    let splittable: [Bool]
    let limit: Int
    /// For each token index, how many characters the tokens from it on hold in all.
    let suffixLength: [Int]
    /// The widest piece any column allows.
    let widestPiece: Int
    var pieces: [Piece] = []
    /// The whole-number value of each piece cut so far, kept beside it (the rules read numbers, not text).
    var numbers: [Int?] = []
    var found: [RowSplit] = []
    var overflowed = false
    var stopped = false

    init(splitter: RowSplitter, splittable: [Bool], limit: Int) {
      self.splitter = splitter
      self.splittable = splittable
      self.limit = limit
      var lengths = [Int](repeating: 0, count: splitter.tokens.count + 1)
      for index in splitter.tokens.indices.reversed() {
        lengths[index] = lengths[index + 1] + (splittable[index] ? splitter.tokens[index].count : 1)
      }
      suffixLength = lengths
      widestPiece = splitter.kinds.map(PieceValidity.maximumWidth).max() ?? 1
    }

    /// Whether the columns left can hold the tokens left at all (a quick, linear test).
    var isFeasible: Bool { fits(token: 0, offset: 0, column: 0) }

    private var tokens: [[Unicode.Scalar]] { splitter.tokens }
    private var kinds: [ValueKind] { splitter.kinds }

    /// Whether the rest of the row, from `offset` in `token` and column `column`, can still fill the columns.
    private func fits(token: Int, offset: Int, column: Int) -> Bool {
      let columns = kinds.count - column
      let tokensAfter = tokens.count - token - 1
      guard columns >= tokensAfter + 1 else { return false }
      let remaining = (splittable[token] ? tokens[token].count : 1) - offset
      if offset > 0 && remaining > (columns - tokensAfter) * widestPiece { return false }
      return columns <= remaining + suffixLength[token + 1]
    }

    mutating func walk(token: Int, offset: Int, budget: inout WorkBudget) {
      if overflowed || stopped { return }
      let column = pieces.count
      if token == tokens.count {
        if column == kinds.count && splitter.accepts(numbers) { record() }
        return
      }
      guard column < kinds.count, fits(token: token, offset: offset, column: column) else { return }
      let characters = tokens[token]
      if offset == 0 {
        // The whole token as one cell.
        if !splittable[token] || isValid(characters[...], kind: kinds[column], whole: true) {
          take(Piece(token: token, start: 0, end: characters.count), next: (token + 1, 0), budget: &budget)
        }
        guard splittable[token] else { return }
      }
      let kind = kinds[column]
      let widest = min(PieceValidity.maximumWidth(kind), characters.count - offset - (offset == 0 ? 1 : 0))
      guard widest >= 1 else { return }
      for width in 1...widest {
        let slice = characters[offset..<(offset + width)]
        if isValid(slice, kind: kind, whole: false) {
          let end = offset + width
          let next = end == characters.count ? (token + 1, 0) : (token, end)
          take(Piece(token: token, start: offset, end: end), next: next, budget: &budget)
        } else if !PieceValidity.canGrow(slice, kind: kind) && !(splitter.cutsMarks && MarkPieces.canGrow(slice)) {
          break
        }
        if overflowed || stopped { return }
      }
    }

    private mutating func take(_ piece: Piece, next: (Int, Int), budget: inout WorkBudget) {
      guard budget.spend() else {
        stopped = true
        return
      }
      pieces.append(piece)
      numbers.append(MarkPieces.countedValue(tokens[piece.token][piece.start..<piece.end]))
      defer {
        pieces.removeLast()
        numbers.removeLast()
      }
      if splitter.checkpoints.contains(pieces.count) && !splitter.accepts(numbers) { return }
      walk(token: next.0, offset: next.1, budget: &budget)
    }

    /// Whether `slice` is a value of `kind` or, where marks are cut, a mark (a whole token: a mark as written).
    private func isValid(_ slice: ArraySlice<Unicode.Scalar>, kind: ValueKind, whole: Bool) -> Bool {
      guard !PieceValidity.isValid(slice, kind: kind) else { return true }
      guard splitter.cutsMarks else { return false }
      return whole ? MarkPieces.isWholeMark(slice) : MarkPieces.isMark(slice)
    }

    /// The values of the pieces cut so far (built only for a split that is kept), a count with thousands
    /// separators as its digits.
    private var values: [String] {
      pieces.map { GluedRow.value(tokens[$0.token][$0.start..<$0.end]) }
    }

    private mutating func record() {
      guard found.count < limit else {
        overflowed = true
        return
      }
      found.append(RowSplit(pieces: pieces, values: values))
    }
  }
}
