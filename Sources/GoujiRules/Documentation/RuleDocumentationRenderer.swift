/// Renders the rules' documentation as Markdown: one page per rule (`Documentation/rules/GJ310.md`, also what
/// `gouji explain` prints) and an index (`Documentation/Rules.md`). A test keeps the committed pages in sync.
package enum RuleDocumentationRenderer {
  package static func page(_ metadata: RuleMetadata) -> String {
    let documentation = metadata.documentation
    return """
      # \(metadata.code) \(metadata.name)

      \(documentation.summary.zh)

      \(documentation.summary.en).

      | | |
      |---|---|
      | 代码 code | `\(metadata.code)` |
      | 名称 name | `\(metadata.name)` |
      | 默认严重程度 default severity | \(severityName(metadata.severity)) |
      | 可修复 fixable | \(fixName(metadata.fixAvailability)) |

      ## 检查内容

      \(documentation.checks)

      ## 为什么

      \(documentation.why)

      ## 示例

      ```text
      \(documentation.wrong)
      ```

      ## 修改为

      ```text
      \(documentation.right)
      ```

      ## 修复

      \(documentation.fix)

      ## 依据

      \(documentation.basis.text)

      ## 配置

      在 `.gouji.json` 或编辑器设置中调整严重程度或关闭本规则（Set the severity or turn the rule off in `.gouji.json` or the editor settings）：

      ```json
      { "rules": { "\(metadata.code)": "\(metadata.severity == .error ? "warning" : "off")" } }
      ```

      """
  }

  package static func index(_ rules: [RuleMetadata]) -> String {
    var lines = [
      "# 规则 Rules",
      "",
      "Every check gouji performs. Codes are stable: a code is never reused or renumbered.",
      "Generated from the rules' own documentation (`Sources/GoujiRules/Rules/`); do not edit by hand.",
      "",
      "Each rule's basis (依据) says where the law or the national format requires what it checks, quoting them, and",
      "says 审核实践 (practice) where neither does.",
      "",
      "| 代码 code | 名称 name | 严重程度 severity | 可修复 fixable | 说明 | 依据 basis |",
      "|---|---|---|---|---|---|",
    ]
    for rule in rules {
      lines.append(
        "| [\(rule.code)](rules/\(rule.code).md) | `\(rule.name)` | \(severityName(rule.severity)) | \(fixName(rule.fixAvailability)) | \(rule.documentation.summary.zh) | \(rule.documentation.basis.text) |"
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func severityName(_ severity: Severity) -> String {
    "\(severity.name.zh) \(severity.name.en)"
  }

  private static func fixName(_ availability: FixAvailability) -> String {
    switch availability {
    case .always: "是 always"
    case .sometimes: "部分情况 sometimes"
    case .never: "否 never"
    }
  }
}
