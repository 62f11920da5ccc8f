import Foundation
import GoujiFormats
import GoujiSyntax

/// GJ307: concatenated digits can be split into cells in more than one way.
package enum CellsAmbiguous: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ307", name: "cells-ambiguous", severity: .warning, fixAvailability: .never,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "连在一起的数字有多种拆分方式", en: "Concatenated digits split into cells in more than one way"),
      checks: "网页抓取的报告常把表格数字连成一串（如“行政规范性文件3125”）。拆分时利用列数、数值不以0开头和勾稽关系；仍有多种拆法时报告本项并列出候选，不猜测数值。",
      why: "猜测的数值会让后续的合计核对得出错误结论。",
      wrong: "行政规范性文件3125（可能是3·1·25、3·12·5或31·2·5）",
      right: "行政规范性文件\t3\t1\t25",
      fix: "无自动修复：请按原始表格用制表符或换行分隔各个数值。",
      basis: "国办公开办函〔2019〕60号、〔2021〕30号规定的表格格式及其勾稽关系。"
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
      return Finding(
        message: LocalizedText(
          zh: "\(name)的数字连在一起，可拆分为\(listed)\(more)，无法确定", en: "The digits of \(name) run together and can be split as \(listed.replacingOccurrences(of: "、", with: ", "))"
        ),
        range: problem.range
      )
    }
  }
}
