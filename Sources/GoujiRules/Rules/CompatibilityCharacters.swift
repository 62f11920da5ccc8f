import GoujiSyntax
import GoujiText

/// GJ501: Kangxi radicals, CJK compatibility ideographs, full-width digits.
package enum CompatibilityCharacters: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ501", name: "compatibility-characters", severity: .warning, fixAvailability: .always,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "文中有兼容字符（康熙部首、兼容汉字、全角数字）", en: "Compatibility characters in the text"),
      checks: "康熙部首（U+2F00–U+2FDF，如“⼀⼯⾏”）、中日韩部首补充（U+2E80–U+2EFF，如“⻓⻔”）、中日韩兼容汉字，以及数字中的全角数字（“２０２１”）。每行报告一次。",
      why: "这些字符多来自PDF文字提取，看起来与正常汉字相同，但编码不同：检索、复制、统计和无障碍朗读都会出错。",
      wrong: "周⼝市科技局2021年政府信息公开⼯作年度报告",
      right: "周口市科技局2021年政府信息公开工作年度报告",
      fix: "替换为对应的正常字符（安全修复）。每条只修本行；在编辑器中可一次修复本文件的全部同类问题，命令行 --fix 会修复全文。",
      basis: "GB/T 15834 等文字规范；《党政机关公文格式》GB/T 9704（公文用字）。"
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    let text = context.text
    let perLine = (0..<text.lineCount).compactMap { line in edits(in: text.lineContentRange(line), text: text) }
    return perLine.map { edits in
      let range = edits.dropFirst().reduce(edits[0].range) { $0.union($1.range) }
      let sample = edits.prefix(4).map { "\(text[$0.range])→\($0.newText)" }.joined(separator: "、")
      return Finding(
        message: LocalizedText(
          zh: "本行有 \(edits.count) 个兼容字符（\(sample)\(edits.count > 4 ? "…" : "")）",
          en: "\(edits.count) compatibility character\(edits.count == 1 ? "" : "s") on this line (\(sample)\(edits.count > 4 ? "…" : ""))"
        ),
        range: range,
        fixes: [Fix(title: LocalizedText(zh: "替换本行的兼容字符", en: "Replace them on this line"), isSafe: true, edits: edits)]
      )
    }
  }

  /// One edit per compatibility character in `range`; `nil` when there is none.
  private static func edits(in range: TextRange, text: SourceText) -> [TextEdit]? {
    var edits: [TextEdit] = []
    var index = range.start
    while index < range.end {
      let width = SourceText.scalarByteCount(lead: text.bytes[index])
      let scalar = NormalizedText.decodeScalar(text.bytes, at: index, width: width)
      if CharacterFolding.isCompatibilityIdeograph(scalar) || CharacterFolding.isFullWidthDigit(scalar),
        let replacement = CharacterFolding.replacement(for: scalar)
      {
        edits.append(TextEdit(range: TextRange(start: index, end: index + width), newText: replacement))
      }
      index += width
    }
    return edits.isEmpty ? nil : edits
  }
}
