import GoujiText

/// Table 四's header written as one row of its fifteen sub-headers (no 行政复议/行政诉讼 row above), each cut by its
/// narrow column: Chromium's PDF of such a table writes `结果维 结果纠 其他结 尚未审 总 …` / `持 正 果 结 计 …`, and no
/// header word is whole (`inv-2022-late2019`). The fragments stand on lines of their own, each line holding nothing
/// else; joined column by column (each line the same number of fragments) or in the order written, they spell the
/// format's sub-headers, group after group.
enum CutHeaderJoin {
  /// A line of header fragments: the words of a line holding nothing but short runs of ideographs.
  struct FragmentLine {
    var content: TextRange
    var words: [TextRange]
    var folded: [[Unicode.Scalar]]
  }

  /// The longest line looked at: a line of header fragments, never a paragraph.
  static let maximumLineBytes = 400

  /// Table 四's sub-headers as written in the header's one row: the format's column labels, folded, once per row.
  static var subheaders: [[Unicode.Scalar]] {
    let spec = Table4Reader.spec
    let labels = spec.columns.map { Array(NormalizedText.foldedString($0.label, mode: .matching).unicodeScalars) }
    return spec.rows.flatMap { _ in labels }
  }

  /// The header in `region` (from its first fragment to its last) when a run of fragment lines, blank lines
  /// between them allowed, joins column by column or in order into exactly ``subheaders``; the first such run.
  static func header(in region: TextRange, text: SourceText, excluded: ExcludedRanges) -> TextRange? {
    let target = subheaders
    return fragmentRuns(in: region, text: text, excluded: excluded).first { run in
      joinsByColumn(run, into: target) || joinsInOrder(run.flatMap(\.folded), into: target)
    }.map { run in TextRange(start: run[0].words[0].start, end: run[run.count - 1].words.last!.end) }
  }

  /// Whether every line of `run` holds one fragment per sub-header, two lines at least, and each sub-header is its
  /// column's fragments joined from the top.
  static func joinsByColumn(_ run: [FragmentLine], into target: [[Unicode.Scalar]]) -> Bool {
    guard run.count >= 2, run.allSatisfy({ $0.folded.count == target.count }) else { return false }
    return target.indices.allSatisfy { column in run.flatMap { $0.folded[column] } == target[column] }
  }

  /// Whether `fragments`, in order, join into the sub-headers of `target`, each fragment inside one of them.
  static func joinsInOrder(_ fragments: [[Unicode.Scalar]], into target: [[Unicode.Scalar]]) -> Bool {
    var next = 0
    for subheader in target {
      var joined: [Unicode.Scalar] = []
      while joined.count < subheader.count, next < fragments.count {
        joined += fragments[next]
        next += 1
      }
      guard joined == subheader else { return false }
    }
    return next == fragments.count
  }

  /// The runs of consecutive fragment lines in `region`, blank lines between them allowed; any other line ends a run.
  static func fragmentRuns(in region: TextRange, text: SourceText, excluded: ExcludedRanges) -> [[FragmentLine]] {
    var runs: [[FragmentLine]] = []
    var run: [FragmentLine] = []
    for content in text.lineContentRanges(in: region) {
      let lineWords = words(of: content, text: text, excluded: excluded) ?? []
      if lineWords.isEmpty && content.length <= maximumLineBytes { continue }
      if let line = fragmentLine(content, words: lineWords, text: text) {
        run.append(line)
      } else if !run.isEmpty {
        runs.append(run)
        run = []
      }
    }
    if !run.isEmpty { runs.append(run) }
    return runs
  }

  /// The words of a line's `content`, `nil` for a line longer than ``maximumLineBytes`` (a paragraph).
  static func words(of content: TextRange, text: SourceText, excluded: ExcludedRanges) -> [TextRange]? {
    content.length <= maximumLineBytes ? Array(Words(in: content, text: text, excluded: excluded)) : nil
  }

  /// The line's words as header fragments when each is ideographs alone (folded), no longer than the longest of
  /// table 四's header words, else `nil`.
  static func fragmentLine(_ content: TextRange, words: [TextRange], text: SourceText) -> FragmentLine? {
    guard !words.isEmpty else { return nil }
    let longest = Table4Reader.spec.headers.map(\.count).max() ?? 0
    var folded: [[Unicode.Scalar]] = []
    for word in words {
      let scalars = NormalizedText(text, range: word, mode: .matching).scalars
      guard (1...longest).contains(scalars.count), scalars.allSatisfy(CharacterFolding.isIdeograph) else { return nil }
      folded.append(scalars)
    }
    return FragmentLine(content: content, words: words, folded: folded)
  }
}
