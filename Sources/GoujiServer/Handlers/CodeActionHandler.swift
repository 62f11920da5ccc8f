import GoujiAnalysis
import GoujiJSON
import GoujiRules
import GoujiText
import JSONRPC
import LanguageServerProtocol

/// `textDocument/codeAction`: the quick fixes of the diagnostics under or next to the cursor, and the fix-all.
///
/// A diagnostic the client quotes is found in the current analysis by its `data` (code, version, index) when that
/// names the current version; otherwise (no `data`, or an older version) by code and overlapping range. Every
/// diagnostic whose range touches the requested range counts too, quoted or not.
enum CodeActionHandler {
  static func actions(_ request: CodeActionRequest, in context: RequestContext) -> [CodeAction]? {
    let only = request.context.only
    var actions: [CodeAction] = []
    if wants(.quickFix, only: only) {
      let indices = diagnosticIndices(request, in: context)
      actions += indices.flatMap { quickFixes(for: $0, in: context) }
      // One "fix all of this rule" per rule, however many of its findings the range covers (a selection of the
      // whole document would otherwise repeat every edit of the rule once per finding).
      var codes: [String] = []
      for index in indices where !codes.contains(context.analysis.diagnostics[index].code) {
        codes.append(context.analysis.diagnostics[index].code)
      }
      actions += codes.compactMap { fixAllOfRule($0, in: context) }
    }
    if wants(.sourceFixAllGouji, only: only), let fixAll = fixAll(in: context) {
      actions.append(fixAll)
    }
    return actions
  }

  /// Whether actions of `kind` are wanted: all are when the client does not restrict them.
  static func wants(_ kind: CodeActionKind, only: [CodeActionKind]?) -> Bool {
    guard let only else { return true }
    return only.contains { kind.isWithin($0) }
  }

  /// The indices, in the analysis, of the diagnostics the request is about, in text order.
  static func diagnosticIndices(_ request: CodeActionRequest, in context: RequestContext) -> [Int] {
    let diagnostics = context.analysis.diagnostics
    let cursor = context.conversion.textRange(request.range)
    var indices = Set(diagnostics.indices.filter { diagnostics[$0].range.overlaps(cursor) })
    for quoted in request.context.diagnostics where quoted.source == nil || quoted.source == ReportDiagnostic.source {
      indices.formUnion(matches(of: quoted, in: context))
    }
    return indices.sorted()
  }

  /// The diagnostics of the current analysis that a diagnostic the client holds stands for.
  static func matches(of quoted: LSPDiagnostic, in context: RequestContext) -> [Int] {
    let diagnostics = context.analysis.diagnostics
    if let data = DiagnosticData(quoted.data), data.version == context.conversion.version,
      diagnostics.indices.contains(data.index), diagnostics[data.index].code == data.code
    {
      return [data.index]
    }
    guard case .string(let code) = quoted.code else { return [] }
    let range = context.conversion.textRange(quoted.range)
    return diagnostics.indices.filter { diagnostics[$0].code == code && diagnostics[$0].range.overlaps(range) }
  }

  /// One action per fix of the diagnostic at `index`, the first safe fix preferred.
  static func quickFixes(for index: Int, in context: RequestContext) -> [CodeAction] {
    let diagnostic = context.analysis.diagnostics[index]
    let preferred = diagnostic.fixes.firstIndex(where: \.isSafe)
    let quoted = diagnostic.lsp(index: index, in: context.conversion)
    let own = diagnostic.fixes.enumerated().map { fixIndex, fix in
      CodeAction(
        title: fix.displayTitle.text(context.language),
        kind: .quickFix,
        diagnostics: [quoted],
        isPreferred: fixIndex == preferred ? true : nil,
        edit: fix.edits.workspaceEdit(in: context.conversion, documentChanges: context.client.documentChanges)
      )
    }
    return own
  }

  /// Every safe fix of the rule `code` in the file at once, when there are at least two findings to fix. Its edit
  /// is left to `codeAction/resolve` when the client can resolve it.
  static func fixAllOfRule(_ code: String, in context: RequestContext) -> CodeAction? {
    let findings = context.analysis.diagnostics.filter { $0.code == code && $0.fixes.contains(where: \.isSafe) }
    guard findings.count >= 2 else { return nil }
    let title = LocalizedText(
      zh: "修复本文件中全部 \(code) 问题（\(findings.count) 处）", en: "Fix all \(findings.count) \(code) problems in this file"
    )
    let action = CodeAction(title: title.text(context.language), kind: .quickFix, data: lazyData(code, in: context))
    return context.client.resolvesCodeActionEdits ? action : resolved(action, code: code, in: context)
  }

  /// Every safe fix at once (`source.fixAll.gouji`): the text `gouji check --fix` writes, reached in one action
  /// (``AnalysisHost/safeFixEdits(of:)``, computed once per analysis); `nil` when there is no safe fix. Its edit is
  /// left to `codeAction/resolve` when the client can resolve it.
  static func fixAll(in context: RequestContext) -> CodeAction? {
    guard context.analysis.diagnostics.contains(where: { $0.fixes.contains(where: \.isSafe) }) else { return nil }
    let action = CodeAction(
      title: fixAllTitle.text(context.language), kind: .sourceFixAllGouji, data: lazyData(nil, in: context)
    )
    return context.client.resolvesCodeActionEdits ? action : resolved(action, code: nil, in: context)
  }

  /// What `codeAction/resolve` needs to compute a fix-all's edit: the document, its version, the rule (none: all).
  static func lazyData(_ code: String?, in context: RequestContext) -> JSONValue {
    var data: [String: JSONValue] = [
      "uri": .string(context.conversion.uri), "version": .int(context.conversion.version),
    ]
    data["fixAllOfRule"] = code.map(JSONValue.string)
    return .object(data)
  }

  /// `action` with the edit of the fix-all of `code` (every rule when `nil`); without one when nothing is left to fix.
  static func resolved(_ action: CodeAction, code: String?, in context: RequestContext) -> CodeAction? {
    let edits: [ReportEdit]
    if let code {
      let findings = context.analysis.diagnostics.filter { $0.code == code }
      edits = Analyzer.safeEdits(findings).flatMap(\.self)
    } else {
      edits = context.safeFixEdits()
    }
    guard !edits.isEmpty else { return nil }
    var action = action
    action.edit = edits.workspaceEdit(in: context.conversion, documentChanges: context.client.documentChanges)
    return action
  }

  /// `codeAction/resolve`: fills in a fix-all's edit for the version it was offered for. For another version (the
  /// document changed since) the action comes back disabled, never with edits computed on other text.
  static func resolve(_ action: CodeAction, context: (DocumentURI) throws(ResponseError) -> RequestContext)
    throws(ResponseError) -> CodeAction
  {
    guard action.edit == nil, let data = action.data, let uri = data["uri"]?.stringValue else { return action }
    let current = try context(uri)
    guard data["version"]?.intValue == current.conversion.version else {
      var stale = action
      stale.disabled = CodeActionDisabled(reason: "the document changed; ask for the action again")
      return stale
    }
    return resolved(action, code: data["fixAllOfRule"]?.stringValue, in: current) ?? action
  }

  static let fixAllTitle = LocalizedText(zh: "修复所有可安全修复的问题（gouji）", en: "Fix all safely fixable problems (gouji)")
}
