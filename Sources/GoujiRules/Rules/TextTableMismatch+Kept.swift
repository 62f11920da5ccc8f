import GoujiFormats
import GoujiSyntax
import GoujiText

/// GJ401's findings of one block's claims, kind by kind: the rule lists every count's finding first, then the
/// outcomes', then the publications'.
package struct BlockFindings: Sendable {
  var counts: [Finding] = []
  var outcomes: [Finding] = []
  var publications: [Finding] = []

  var isEmpty: Bool { counts.isEmpty && outcomes.isEmpty && publications.isEmpty }

  /// The findings of `blocks` in the rule's order.
  static func joined(_ blocks: [BlockFindings]) -> [Finding] {
    var findings: [Finding] = []
    for block in blocks where !block.counts.isEmpty { findings += block.counts }
    for block in blocks where !block.outcomes.isEmpty { findings += block.outcomes }
    for block in blocks where !block.publications.isEmpty { findings += block.publications }
    return findings
  }

  /// The findings after `change`, when none of them touches what was read again; `nil` otherwise.
  func kept(after change: ReadingChange) -> BlockFindings? {
    guard !isEmpty else { return self }
    let move = { (findings: [Finding]) in findings.map { $0.carried(through: change) } }
    let kept = BlockFindings(counts: move(counts), outcomes: move(outcomes), publications: move(publications))
    let all = kept.counts + kept.outcomes + kept.publications
    return all.contains { $0.touches(change.reread) } ? nil : kept
  }
}

/// What GJ401's combination keeps between runs: each block's findings.
package struct KeptClaimFindings: Sendable {
  var blocks: [BlockFindings]
}

extension TextTableMismatch {
  /// ``findings(_:from:)``, keeping each block's findings: after an edit that read none of the tables' sections
  /// again, a block kept (its text, hence its claims, as they were) keeps its findings, moved with the edits; only
  /// the claims of the blocks read again are compared with the tables (every count claim of a long section 一 was
  /// compared afresh after every edit).
  package static func combination(
    _ context: RuleContext, from partials: [[Claims]],
    after previous: PreviousCombination<[Claims], KeptClaimFindings>?
  ) -> (pieces: [FindingPiece], kept: KeptClaimFindings?) {
    guard context.tablesApply else { return ([FindingPiece(findings: [])], nil) }
    let reusable = previous.flatMap { previous in
      let tablesReadAgain = TableID.allCases.contains(where: previous.change.rereads)
      return tablesReadAgain || previous.kept.blocks.count != previous.partials.count ? nil : previous
    }
    var blocks: [BlockFindings] = []
    blocks.reserveCapacity(partials.count)
    for (index, partial) in partials.enumerated() {
      if let reusable, let was = reusable.blocks[index], was < reusable.kept.blocks.count,
        let kept = reusable.kept.blocks[was].kept(after: reusable.change)
      {
        blocks.append(kept)
      } else {
        blocks.append(blockFindings(context, partial))
      }
    }
    return ([FindingPiece(findings: BlockFindings.joined(blocks))], KeptClaimFindings(blocks: blocks))
  }
}
