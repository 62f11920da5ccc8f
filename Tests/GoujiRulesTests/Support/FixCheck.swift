import GoujiAnalysis
import GoujiRules
import GoujiTestSupport
import GoujiText
import Testing

/// A diagnostic's code and Chinese message: what stays comparable when edits move positions.
struct CodeAndMessage: Hashable, CustomStringConvertible {
  var code: String
  var message: String

  init(_ diagnostic: Diagnostic) {
    code = diagnostic.code
    message = diagnostic.message.zh
  }

  init(code: String, message: String) {
    self.code = code
    self.message = message
  }

  var description: String { message.isEmpty ? code : "\(code) \(message)" }
}

/// The diagnostics of `diagnostics` counted by code and message.
func multiset(_ diagnostics: some Sequence<Diagnostic>) -> [CodeAndMessage: Int] {
  diagnostics.reduce(into: [:]) { $0[CodeAndMessage($1), default: 0] += 1 }
}

/// What `after` has beyond `before` (counting repeats).
func added(_ after: [CodeAndMessage: Int], beyond before: [CodeAndMessage: Int]) -> [CodeAndMessage] {
  after.flatMap { key, count in Array(repeating: key, count: max(0, count - (before[key] ?? 0))) }
    .sorted { $0.description < $1.description }
}

/// Applies every fix of every diagnostic of `rule` in the text (markers removed) on its own and checks:
/// - the edits apply (none overlaps another of the same fix);
/// - after re-analysis the finding is gone (one diagnostic fewer with its code and message);
/// - a safe fix makes no diagnostic of any rule appear that was not there before;
/// - the fix's safety is `safe` when given (for every fix of the rule's findings);
/// and that applying all safe fixes twice changes nothing the second time. Returns the fixed texts, in the order of
/// the diagnostics and their fixes.
@discardableResult
func checkFixes(
  _ markedText: String, rule: String, safe: Bool? = nil, sourceLocation: SourceLocation = #_sourceLocation
) -> [String] {
  let text = SourceText(MarkedText(markedText).text)
  let before = Analyzer.analyze(text).diagnostics
  let own = before.filter { $0.code == rule }
  #expect(!own.isEmpty, "\(rule) found nothing to fix", sourceLocation: sourceLocation)
  var fixedTexts: [String] = []
  for diagnostic in own {
    #expect(!diagnostic.fixes.isEmpty, "no fix: \(render(diagnostic, in: text))", sourceLocation: sourceLocation)
    for fix in diagnostic.fixes {
      if let safe {
        #expect(fix.isSafe == safe, "fix «\(fix.title.zh)» safety", sourceLocation: sourceLocation)
      }
      let (fixed, skipped) = text.applyingSimultaneously(fix.edits)
      #expect(skipped.isEmpty, "overlapping edits in «\(fix.title.zh)»", sourceLocation: sourceLocation)
      fixedTexts.append(fixed.string)
      let after = Analyzer.analyze(fixed).diagnostics
      let key = CodeAndMessage(diagnostic)
      let remaining = after.filter { CodeAndMessage($0) == key }.count
      let earlier = before.filter { CodeAndMessage($0) == key }.count
      #expect(
        remaining < earlier, "«\(fix.title.zh)» leaves \(render(diagnostic, in: text))", sourceLocation: sourceLocation
      )
      if fix.isSafe {
        var expected = multiset(before)
        expected[key, default: 0] -= 1
        let new = added(multiset(after), beyond: expected)
        #expect(new.isEmpty, "safe fix «\(fix.title.zh)» brings \(new)", sourceLocation: sourceLocation)
      }
    }
  }
  checkSafeFixesIdempotent(text, sourceLocation: sourceLocation)
  return fixedTexts
}

/// Applying all safe fixes a second time applies nothing and changes nothing.
func checkSafeFixesIdempotent(_ text: SourceText, sourceLocation: SourceLocation = #_sourceLocation) {
  let once = Analyzer.applyingSafeFixes(text)
  let twice = Analyzer.applyingSafeFixes(once.text)
  #expect(twice.applied == 0, "a second fix-all applied \(twice.applied) fixes", sourceLocation: sourceLocation)
  #expect(twice.text == once.text, "a second fix-all changed the text", sourceLocation: sourceLocation)
}
