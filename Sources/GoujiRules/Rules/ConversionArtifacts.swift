import GoujiSyntax
import GoujiText

/// GJ503: leftovers of document conversion: `[image: …]`, `[bookmark: …]`, `**`.
package enum ConversionArtifacts: RegionalRule {
  package static let metadata = RuleMetadata(
    code: "GJ503", name: "conversion-artifacts", severity: .information, fixAvailability: .always,
    scope: .regions,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "文档转换留下的标记", en: "Leftovers of document conversion"),
      checks: "从Word或网页转换文本时留下的“[image: …]”“[bookmark: _GoBack]”以及Markdown加粗符号“**”。"
        + "某部分的统计表以图片发布时，单独成行、留在表格位置上的“[image: …]”是图片的痕迹，不是遗留标记，本规则不报告"
        + "（GJ308在该处提示本表无法读取；删除它会使该部分看似没有表格）。",
      why: "这些标记不是报告内容，发布后会让读者困惑，也说明文本未经校对。",
      wrong: "[bookmark: _GoBack]二是依申请公开情况。",
      right: "二是依申请公开情况。",
      fix: "删除标记（安全修复；单独成行的图片标记连同该行一并删除）。",
      basis: RuleBasis(note: "审核实践（practice）：发布的报告不应带有文档转换留下的标记；没有法规或年度报告格式专门规定。")
    )
  )

  /// Its leftovers are read one by one; the `**` of a pair share a line, and a line with `**` is never cut
  /// (``SentenceCuts``), nor is a leftover.
  package static var readsSubLineRegions: Bool { true }

  /// The findings of the leftovers that start in `region` (the two markers of a pair share a line, never cut).
  package static func partial(_ context: RuleContext, in region: TextRange) -> FindingPiece {
    FindingPiece(findings: findings(context, in: region))
  }

  /// The findings of ``partial(_:in:)``.
  private static func findings(_ context: RuleContext, in region: TextRange) -> [Finding] {
    let text = context.text
    return groups(context.report.artifacts(startingIn: region), text: text).map { group in
      guard group.count == 2 else {
        let range = group[0].range
        return Finding(
          range: range, leftover: ConversionLeftover(marker: text[range], deletion: deletionRange(range, text: text))
        )
      }
      let range = group[0].range.union(group[1].range)
      let markers = group.map { text[$0.range] }.joined(separator: "”“")
      return Finding(
        message: LocalizedText(zh: "转换遗留的标记“\(markers)”", en: "Conversion leftover “\(markers)”"),
        range: range,
        fixes: [
          Fix(
            title: LocalizedText(zh: "删除“\(text[range])”中的“**”", en: "Delete the leftover"),
            isSafe: true, edits: group.map { TextEdit(range: deletionRange($0.range, text: text), newText: "") }
          )
        ]
      )
    }
  }

  package static func moved(_ partial: FindingPiece, by move: (TextRange) -> TextRange) -> FindingPiece {
    FindingPiece(findings: (0..<partial.count).map { partial.finding(at: $0).moved(by: move) })
  }

  /// The findings of a block moved whole: their ranges (a leftover, the two markers of a pair, the line deleted) lie
  /// in their block, so they move by `delta`, kept in ``FindingPiece/delta`` (a long report keeps thousands after
  /// an edit, shared with the previous analysis).
  package static func shifted(_ partial: FindingPiece, by delta: Int) -> FindingPiece {
    partial.shifted(by: delta)
  }

  /// The partial results joined, in a list of exactly their size (a joined list that grows as it is filled ends
  /// up to twice as large), less a pictured table's trace (``leavingPictureTraces(_:report:)``).
  package static func findings(_ context: RuleContext, from partials: BlockPartials<Self>) -> [Finding] {
    let pieces = findingPieces(context, from: partials)
    var findings: [Finding] = []
    findings.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
    for piece in pieces { findings += piece.current }
    return findings
  }

  /// A block without leftovers found nothing (``BlockPartials/found``).
  package static func isEmpty(_ partial: FindingPiece) -> Bool {
    partial.count == 0
  }

  /// A piece without findings gives none wherever it is moved: a chunk of blocks keeps one for all of its empty ones.
  package static var emptyPartialsAreAlike: Bool { true }

  /// The partial results that found leftovers, as they are, less a pictured table's trace
  /// (``leavingPictureTraces(_:report:)``): the engine keeps them as the rule's findings, without a joined copy (a
  /// long report's leftovers are millions).
  package static func findingPieces(_ context: RuleContext, from partials: BlockPartials<Self>) -> [FindingPiece] {
    // Gathered into room made for them: a `map` over the sequence grew its array and read each piece through a key
    // path, 0.3 M instructions per edit of a 1 MB report with a leftover in most of its 500 blocks.
    var found: [FindingPiece] = []
    found.reserveCapacity(partials.foundCount)
    for (_, partial) in partials.found { found.append(partial) }
    return leavingPictureTraces(found, report: context.report)
  }

  /// `**二是**`: two emphasis markers on one line are one finding; every other leftover is its own.
  private static func groups(_ artifacts: ArraySlice<Artifact>, text: SourceText) -> [[Artifact]] {
    var groups: [[Artifact]] = []
    var open: Artifact?
    for artifact in artifacts {
      guard artifact.kind == .emphasis else {
        groups.append([artifact])
        continue
      }
      if let opener = open, text.line(containing: opener.range.start) == text.line(containing: artifact.range.start) {
        groups.append([opener, artifact])
        open = nil
      } else {
        if let opener = open { groups.append([opener]) }
        open = artifact
      }
    }
    if let opener = open { groups.append([opener]) }
    return groups.sorted { $0[0].range < $1[0].range }
  }

  /// The artifact, or its whole line when nothing else is on it.
  private static func deletionRange(_ range: TextRange, text: SourceText) -> TextRange {
    let line = text.line(containing: range.start)
    let content = text.lineContentRange(line)
    guard text.trimmingSpaces(content) == range else { return range }
    return text.lineRange(line)
  }
}
