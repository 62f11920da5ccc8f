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

/// What GJ401's combination keeps between runs: the findings of the blocks that have any, by block. A long
/// narrative's hundreds of blocks claim nothing, and keeping an empty `BlockFindings` for each cost a copy of it
/// and a pass of each of its three lists on every edit.
package struct KeptClaimFindings: Sendable {
  /// How many blocks the run had.
  var blockCount: Int
  /// The blocks with findings, in block order.
  var blocks: [FoundBlock]

  /// A block with findings and its index among the run's blocks.
  struct FoundBlock: Sendable {
    var index: Int
    var findings: BlockFindings
  }

  /// The findings of block `index`, `nil` when it had none (found by binary search).
  func findings(ofBlock index: Int) -> BlockFindings? {
    let place = blocks.partitionPoint { $0.index < index }
    return place < blocks.count && blocks[place].index == index ? blocks[place].findings : nil
  }
}

extension TextTableMismatch {
  /// ``findings(_:from:)``, keeping the findings of the blocks with findings: after an edit that read none of the
  /// tables' sections again, a block kept (its text, hence its claims, as they were) keeps its findings, moved with
  /// the edits, and a kept block that had none has none; only the claims of the blocks read again are compared with
  /// the tables (every count claim of a long section 一 was compared afresh after every edit).
  package static func combination(
    _ context: RuleContext, from partials: BlockPartials<Self>, after previous: PreviousCombination<Self>?
  ) -> (pieces: [FindingPiece], kept: KeptClaimFindings?) {
    guard context.tablesApply else { return ([FindingPiece(findings: [])], nil) }
    let reusable = previous.flatMap { previous in
      let tablesReadAgain = TableID.allCases.contains(where: previous.change.rereads)
      return tablesReadAgain || previous.kept.blockCount != previous.partials.count ? nil : previous
    }
    var found: [KeptClaimFindings.FoundBlock] = []
    // A block that claims nothing has no findings: only the others are read.
    for (index, partial) in partials.found {
      if let reusable, let was = reusable.blocks[index], was < reusable.kept.blockCount {
        // A kept block without findings has none now; one with findings keeps them unless they touch the edit.
        guard let had = reusable.kept.findings(ofBlock: was) else { continue }
        if let kept = had.kept(after: reusable.change) {
          found.append(KeptClaimFindings.FoundBlock(index: index, findings: kept))
          continue
        }
      }
      let block = blockFindings(context, partial)
      if !block.isEmpty { found.append(KeptClaimFindings.FoundBlock(index: index, findings: block)) }
    }
    let findings = BlockFindings.joined(found.map(\.findings))
    return ([FindingPiece(findings: findings)], KeptClaimFindings(blockCount: partials.count, blocks: found))
  }
}
