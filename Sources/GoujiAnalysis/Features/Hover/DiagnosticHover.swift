import GoujiRules
import GoujiText

/// The hover of a diagnostic: the rule's code and name, the message, and the rule's documentation.
enum DiagnosticHover {
  /// The diagnostics at `offset`, narrowest first.
  static func diagnostics(at offset: Int, in diagnostics: some Collection<Diagnostic>) -> [Diagnostic] {
    diagnostics.filter { $0.range.contains(offset) || ($0.range.isEmpty && $0.range.start == offset) }
      .sorted { $0.range.length < $1.range.length }
  }

  static func content(_ diagnostic: Diagnostic, language: Language) -> RichText {
    var text = RichText()
    text.heading("\(diagnostic.code) \(diagnostic.name) · \(diagnostic.severity.name.text(language))")
    guard let metadata = RuleRegistry.rule(diagnostic.code)?.metadata else {
      text.paragraph(.text(diagnostic.message.text(language)))
      return text
    }
    let documentation = metadata.documentation
    text.paragraph(.bold(documentation.summary.text(language)))
    text.paragraph(.text(diagnostic.message.text(language)))
    text.paragraph(.bold(language.pick("为什么", "Why")), .text(language.pick("：", ": ") + documentation.why))
    text.paragraph(.bold(language.pick("修复", "Fix")), .text(language.pick("：", ": ") + documentation.fix))
    text.paragraph(.bold(language.pick("依据", "Basis")), .text(language.pick("：", ": ") + documentation.basis.text))
    text.paragraph(.link(language.pick("规则文档", "Rule documentation"), url: metadata.documentationURL))
    return text
  }
}
