import Foundation
import GoujiFormats
import GoujiSyntax
import GoujiText

/// GJ307: concatenated digits can be split into cells in more than one way.
package enum CellsAmbiguous: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ307", name: "cells-ambiguous", severity: .warning, fixAvailability: .never,
    scope: .allTables,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "连在一起的数字有多种拆分方式", en: "Concatenated digits split into cells in more than one way"),
      checks:
        "网页抓取的报告常把表格数字连成一串（如“行政规范性文件3125”）。拆分时利用列数、数值不以0开头和勾稽关系；仍有多种拆法时报告本项并列出候选。表二没有勾稽关系，候选按可能性排列（列间关系如对外公开总数量不小于本年新公开数量、正文写明的数字、等宽或重复的数值、较小的本年增/减），最可能的一种明显胜出时作为推测值显示（否则不显示），但不参与任何核对；表三、表四的本行不参与任何核对。",
      why: "猜测的数值会让后续的合计核对得出错误结论。",
      wrong: "行政规范性文件3125（可能是3·1·25、3·12·5或31·2·5）",
      right: "行政规范性文件\t3\t1\t25",
      fix: "无自动修复：请按原始表格用制表符或换行分隔各个数值。",
      basis: RuleBasis(note: "国办公开办函〔2019〕60号、〔2021〕30号规定的表格格式及其勾稽关系。")
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    guard context.tablesApply else { return [] }
    return context.problems { kind -> (TableID, String, [[String]])? in
      if case .cellsAmbiguous(let table, let key, _, let candidates) = kind { return (table, key, candidates) }
      return nil
    }.map { info, problem in
      let (table, key, candidates) = info
      let listed = candidates.prefix(5).map { $0.joined(separator: "·") }.joined(separator: "、")
      let more = candidates.count > 5 ? "等\(candidates.count)种" : ""
      let name = table == .table4 ? "表四" : "“\(context.rowName(table, key))”行"
      let english = listed.replacingOccurrences(of: "、", with: ", ")
      // Table 二 has no balancing rules: its splits are ranked and the first, when clearly the most plausible, is
      // read as an inferred value.
      let message =
        table == .table2 && !context.readsInferred(key, at: problem.range)
        ? LocalizedText(
          zh: "\(name)的数字连在一起，可拆分为\(listed)\(more)（按可能性排列），无法确定是哪一种，请以原件为准",
          en:
            "The digits of \(name) run together and can be split as \(english) (most plausible first); none is clearly the one, check it against the original"
        )
        : table == .table2
          ? LocalizedText(
            zh: "\(name)的数字连在一起，可拆分为\(listed)\(more)（按可能性排列），暂按\(candidates[0].joined(separator: "·"))读取，请以原件为准",
            en:
              "The digits of \(name) run together and can be split as \(english) (most plausible first); read as the first for now, check it against the original"
          )
          : LocalizedText(
            zh: "\(name)的数字连在一起，可拆分为\(listed)\(more)：本行无法可靠读取，请核对原文",
            en:
              "The digits of \(name) run together and can be split as \(english): the row cannot be read reliably, check it against the original"
          )
      return Finding(
        message: message,
        range: problem.range
      )
    }
  }
}

extension RuleContext {
  /// Whether table 二's row `key`, written at `range`, shows an inferred value (its clearly most plausible split).
  fileprivate func readsInferred(_ key: String, at range: TextRange) -> Bool {
    let row = report.table2?.rows.first { $0.key == key && $0.range.overlaps(range) }
    return row?.cells.contains { $0.confidence == .inferred } ?? false
  }
}
