import GoujiRules
import GoujiText
import LanguageServerProtocol

// The domain and the protocol both have a `Diagnostic` and a `TextEdit`. These names say which is which wherever
// both modules are imported.

/// A finding of gouji's rules.
typealias ReportDiagnostic = GoujiRules.Diagnostic
/// An edit on a report's text, in UTF-8 offsets.
typealias ReportEdit = GoujiText.TextEdit
/// A diagnostic as the client shows it.
typealias LSPDiagnostic = LanguageServerProtocol.Diagnostic
/// An edit as the client applies it, in the negotiated position encoding.
typealias LSPTextEdit = LanguageServerProtocol.TextEdit
