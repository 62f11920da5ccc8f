import GoujiStatutes
import GoujiSyntax
import GoujiText

/// GJ504: a paragraph of at least 30 characters written twice, word for word.
package enum RepeatedParagraph: RegionalRule {
  package static let metadata = RuleMetadata(
    code: "GJ504", name: "repeated-paragraph", severity: .information, fixAvailability: .never, scope: .regions,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "段落重复", en: "A paragraph is repeated"),
      checks: "各部分正文（统计表除外）中，不少于30个字的一行文字是否与前文某一行完全相同（忽略空格和字符写法的差异）。连续重复的多行合为一处报告。",
      why: "整段重复多是复制粘贴时误将前文再贴一遍，或用前一部分的内容填充后一部分，读者会以为报告内容单薄或未经审核。",
      wrong: "一、总体情况\n本机关通过政府网站、政务新媒体等渠道及时公开政府信息，全年未发生泄密事件。\n……\n六、其他需要报告的事项\n本机关通过政府网站、政务新媒体等渠道及时公开政府信息，全年未发生泄密事件。",
      right: "一、总体情况\n本机关通过政府网站、政务新媒体等渠道及时公开政府信息，全年未发生泄密事件。\n……\n六、其他需要报告的事项\n本机关本年度未收取信息处理费，无其他需要报告的事项。",
      fix: "无自动修复：删除重复的段落，或改写为该部分应有的内容。",
      basis: RuleBasis(
        [ArticleReference(article: 50)],
        note: "规定了年度报告各部分应报告的内容；审核实践：整段重复的文字不提供新的信息，是年度报告审核中指出的常见问题。"
      )
    )
  )

  /// The shortest line compared, in characters: shorter lines (`无。`, a sub-heading) repeat by nature.
  static let minimumLength = 30

  /// Its lines may be cut into pieces by their blocks: the pieces say so, and the combination reads the line whole
  /// (``JoinedLine``).
  package static var readsSubLineRegions: Bool { true }

  /// The lines of prose in one block, in text order: a reset where a prose range starts (a repeat never runs from
  /// one section's prose into the next), then every line with characters, with its key when it is compared. A line
  /// the block's start or end cuts (a cut inside a line, ``SentenceCuts``) is a piece, with the key of its characters
  /// and where it was cut.
  package static func partial(_ context: RuleContext, in region: TextRange) -> ProseLines {
    let pieces = context.proseRanges(inBlock: region)
    let text = context.text
    let cutBefore = !text.isLineStart(region.start)
    let cutAfter =
      !text.isLineStart(region.end)
      && context.proseRanges.contains {
        $0.start < region.end && region.end < $0.end
      }
    var lines: [ProseLine] = []
    for (prose, piece) in zip(context.proseViews(inBlock: region), pieces) {
      if piece.startsProse { lines.append(ProseLine(key: nil, source: TextRange(emptyAt: piece.range.start))) }
      let all = prose.lines()
      for (number, line) in all.enumerated() {
        let written = prose.view.scalars[line].lazy.filter { $0 != " " && $0 != "\t" }
        guard !written.isEmpty else { continue }
        let source = prose.sourceRange(prose.trimmed(line))
        var cut: LineCut = []
        if cutBefore, number == 0, line.lowerBound == 0, piece.range.start == region.start, !piece.startsProse {
          cut.insert(.before)
        }
        if cutAfter, number == all.count - 1, line.upperBound == prose.count, piece.range.end == region.end {
          cut.insert(.after)
        }
        guard cut.isEmpty else {
          lines.append(ProseLine(key: LineKey(Array(written)), source: source, cut: cut))
          continue
        }
        let countable = written.count >= minimumLength && !context.furnitureIndex.intersects(source)
        lines.append(ProseLine(key: countable ? LineKey(Array(written)) : nil, source: source))
      }
    }
    return ProseLines(lines: lines, hasCuts: lines.contains { !$0.cut.isEmpty })
  }

  package static func moved(_ partial: ProseLines, by move: (TextRange) -> TextRange) -> ProseLines {
    let lines = partial.lines.indices.map {
      ProseLine(key: partial.lines[$0].key, source: move(partial.source($0)), cut: partial.lines[$0].cut)
    }
    return ProseLines(lines: lines, hasCuts: partial.hasCuts)
  }

  /// The lines of a block moved whole: their ranges lie in it, so they move by `delta`, kept in ``ProseLines/delta``.
  package static func shifted(_ partial: ProseLines, by delta: Int) -> ProseLines {
    ProseLines(lines: partial.lines, delta: partial.delta + delta, hasCuts: partial.hasCuts)
  }

  /// Every line compared with the first line of the same key before it, across blocks: runs of repeated lines.
  package static func findings(_ context: RuleContext, from partials: BlockPartials<Self>) -> [Finding] {
    let partials = Array(partials)
    var classes = LineClasses(partials)
    let joined = joinedLines(context, partials, classes: &classes)
    return findings(context, from: partials, classes: classes, joined: joined)
  }

  /// ``findings(_:from:)``, keeping the class of each line's key: after an edit, only the lines of the blocks read
  /// again are looked up (``LineClasses/init(_:after:)``).
  package static func combination(
    _ context: RuleContext, from partials: BlockPartials<Self>, after previous: PreviousCombination<Self>?
  ) -> (pieces: [FindingPiece], kept: LineClasses?) {
    // Each block's lines shifted once: the combination reads them several times.
    let partials = Array(partials)
    var classes = previous.flatMap { LineClasses(partials, after: $0) } ?? LineClasses(partials)
    let joined = joinedLines(context, partials, classes: &classes)
    return ([FindingPiece(findings: findings(context, from: partials, classes: classes, joined: joined))], classes)
  }

  /// The lines cut into pieces by their blocks, each with its class (-1 when it is not compared): a line whose
  /// number of characters no other compared line has cannot repeat nor be repeated, so only a line with a length
  /// seen twice has its characters joined and looked up (a flattened text's line is the whole report).
  private static func joinedLines(_ context: RuleContext, _ partials: [ProseLines], classes: inout LineClasses)
    -> [(line: JoinedLine, class: Int)]
  {
    let joined = JoinedLine.all(in: partials)
    guard !joined.isEmpty else { return [] }
    let compared = joined.map { line in
      line.characters >= minimumLength && !context.furnitureIndex.intersects(line.source)
    }
    var lengths: [Int: Int] = [:]
    for (lines, lineClasses) in zip(partials, classes.classes) {
      for index in lines.lines.indices where lineClasses[index] >= 0 {
        lengths[lines.lines[index].key?.scalars.count ?? 0, default: 0] += 1
      }
    }
    for (line, isCompared) in zip(joined, compared) where isCompared { lengths[line.characters, default: 0] += 1 }
    return zip(joined, compared).map { line, isCompared in
      guard isCompared, lengths[line.characters, default: 0] > 1 else { return (line, -1) }
      let scalars = line.pieces.flatMap { partials[$0.block].lines[$0.line].key?.scalars ?? [] }
      return (line, classes.keys.class(of: LineKey(scalars)))
    }
  }

  /// Runs of repeated lines: every line after the first of its class repeats that first line. The lines are read
  /// by index and the run being made is kept apart until it ends: binding each line's key and changing the last run
  /// in the array retained, released and checked storage for every one of a 1 MB report's 4,800 lines of prose.
  private static func findings(
    _ context: RuleContext, from partials: [ProseLines], classes: LineClasses, joined: [(line: JoinedLine, class: Int)]
  ) -> [Finding] {
    /// The first line of each class met so far.
    var firstLines = [TextRange?](repeating: nil, count: classes.keys.count)
    /// The runs ended so far, and the one being made.
    var runs: [Run] = []
    var current: Run?
    var nextJoined = 0
    for (block, (lines, lineClasses)) in zip(partials, classes.classes).enumerated() {
      if let whole = classes.wholeRuns[block], let earlier = whole.earlier(firstLines) {
        // Every line repeats: the block goes on with the run, or starts one.
        let (first, last) = (lines.source(0), lines.source(lines.lines.count - 1))
        if var run = current {
          run.last = last
          run.characters += whole.characters
          if earlier.end > run.earlier.end { run.earlier = TextRange(start: run.earlier.start, end: earlier.end) }
          current = run
        } else {
          current = Run(first: first, last: last, earlier: earlier, characters: whole.characters)
        }
        continue
      }
      for index in lines.lines.indices {
        var lineClass = Int(lineClasses[index])
        var source = lines.source(index)
        var characters = lines.lines[index].key?.scalars.count ?? 0
        if lines.hasCuts, !lines.lines[index].cut.isEmpty {
          // A piece of a cut line: the line is read at its last piece, whole.
          guard nextJoined < joined.count, let last = joined[nextJoined].line.pieces.last,
            last.block == block && last.line == index
          else { continue }
          let (line, joinedClass) = joined[nextJoined]
          (lineClass, source, characters) = (joinedClass, line.source, line.characters)
          nextJoined += 1
        }
        guard lineClass >= 0, let copy = firstLines[lineClass] else {
          if lineClass >= 0 { firstLines[lineClass] = source }
          if let run = current { runs.append(run) }
          current = nil
          continue
        }
        if var run = current {
          run.last = source
          run.characters += characters
          if copy.end > run.earlier.end { run.earlier = TextRange(start: run.earlier.start, end: copy.end) }
          current = run
        } else {
          current = Run(first: source, last: source, earlier: copy, characters: characters)
        }
      }
    }
    if let run = current { runs.append(run) }
    return runs.map { run in
      let opening = context.text.singleLineOpening(of: run.first, characters: 16)
      return Finding(
        message: LocalizedText(
          zh: "这段文字（“\(opening)…”，\(run.characters)字）与前文完全相同",
          en: "This text (“\(opening)…”, \(run.characters) characters) repeats earlier text word for word"
        ),
        range: TextRange(start: run.first.start, end: run.last.end),
        related: [
          RelatedLocation(range: run.earlier, message: LocalizedText(zh: "前文相同的文字", en: "the same text earlier"))
        ]
      )
    }
  }

  /// Repeated lines in a row: the first and last, the earlier text they repeat, their length in characters.
  private struct Run {
    var first: TextRange
    var last: TextRange
    var earlier: TextRange
    var characters: Int
  }
}
