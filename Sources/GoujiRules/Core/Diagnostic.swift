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

/// What a rule reports; the engine adds the rule's code, name and (configured) severity.
package struct Finding: Sendable, Hashable {
  package var message: LocalizedText
  package var range: TextRange
  package var related: [RelatedLocation]
  package var fixes: [Fix]
  /// A severity other than the rule's default for this finding (GJ103 reports a known variant title as
  /// information); a severity the user configures still wins.
  package var severity: Severity?
  /// What the finding is about, as values (``FindingData``), for the features and outputs that read it.
  package var data: FindingData?

  package init(
    message: LocalizedText, range: TextRange, related: [RelatedLocation] = [], fixes: [Fix] = [], severity: Severity? = nil,
    data: FindingData? = nil
  ) {
    self.message = message
    self.range = range
    self.related = related
    self.fixes = fixes
    self.severity = severity
    self.data = data
  }
}

/// A finding of a rule, ready for the command line and the language server (which convert it, each in its own way).
package struct Diagnostic: Sendable, Hashable {
  package var code: String
  package var name: String
  package var severity: Severity
  package var message: LocalizedText
  package var range: TextRange
  package var related: [RelatedLocation]
  package var fixes: [Fix]
  /// The finding's ``Finding/data``.
  package var data: FindingData?
}
