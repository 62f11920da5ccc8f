import GoujiText

/// How serious a finding is.
package enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
  case error
  case warning
  case information
  case hint

  private var rank: Int {
    switch self {
    case .error: 0
    case .warning: 1
    case .information: 2
    case .hint: 3
    }
  }

  package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

  /// The one name of the severity in each language, shared by the command line, hovers and rule pages:
  /// 错误/警告/信息/提示, error/warning/information/hint (as LSP names them).
  package var name: LocalizedText {
    switch self {
    case .error: LocalizedText(zh: "错误", en: "error")
    case .warning: LocalizedText(zh: "警告", en: "warning")
    case .information: LocalizedText(zh: "信息", en: "information")
    case .hint: LocalizedText(zh: "提示", en: "hint")
    }
  }
}

/// Another place in the text a diagnostic involves (an addend of a sum, the cited notice, the title year).
package struct RelatedLocation: Sendable, Hashable {
  package var range: TextRange
  package var message: LocalizedText

  package init(range: TextRange, message: LocalizedText) {
    self.range = range
    self.message = message
  }
}

/// A change that resolves a finding: exact edits on the original text.
package struct Fix: Sendable, Hashable {
  package var title: LocalizedText
  /// A safe fix cannot change what the writer meant; only safe fixes are applied by a fix-all.
  package var isSafe: Bool
  package var edits: [TextEdit]

  package init(title: LocalizedText, isSafe: Bool, edits: [TextEdit]) {
    self.title = title
    self.isSafe = isSafe
    self.edits = edits
  }

  /// The title an editor shows: an unsafe fix is marked `（需确认）` / `(review first)`, so that it is never taken
  /// for one that cannot change a figure.
  package var displayTitle: LocalizedText {
    isSafe ? title : LocalizedText(zh: title.zh + "（需确认）", en: title.en + " (review first)")
  }
}

/// A finding of a rule, ready for the command line and the language server (which convert it, each in its own way):
/// the rule's finding with the rule (its place in ``RuleRegistry/all``) and the severity configured for it. What it
/// says is made when asked for (``Finding``), so a list of millions (a long report's leftovers) stays small.
package struct Diagnostic: Sendable, Hashable {
  package var finding: Finding
  /// The rule's index in ``RuleRegistry/all``.
  let rule: UInt16
  package var severity: Severity

  init(rule: UInt16, severity: Severity, finding: Finding) {
    self.finding = finding
    self.rule = rule
    self.severity = severity
  }

  package var code: String { RuleRegistry.codes[Int(rule)] }
  package var name: String { RuleRegistry.names[Int(rule)] }
  package var range: TextRange {
    get { finding.range }
    set { finding.range = newValue }
  }
  package var message: LocalizedText { finding.message }
  /// The finding's message in `language` alone (``Finding/message(in:)``).
  package func message(in language: Language) -> String { finding.message(in: language) }
  package var related: [RelatedLocation] { finding.related }
  package var fixes: [Fix] { finding.fixes }
  /// The finding's ``Finding/firstFixDisplayTitle``.
  package var firstFixDisplayTitle: LocalizedText? { finding.firstFixDisplayTitle }
  /// The finding's ``Finding/data``.
  package var data: FindingData? {
    get { finding.data }
    set { finding.data = newValue }
  }
}
