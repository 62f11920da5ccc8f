/// The result of `textDocument/semanticTokens/full` and `/range`: tokens packed five integers each
/// (delta line, delta start character, length, token type index, modifier bit set), relative to the previous token.
package struct SemanticTokens: Codable, Hashable, Sendable {
  package var resultId: String?
  package var data: [UInt32]

  package init(resultId: String? = nil, data: [UInt32]) {
    self.resultId = resultId
    self.data = data
  }
}

/// The token types and modifiers that the indices in ``SemanticTokens/data`` refer to.
package struct SemanticTokensLegend: Codable, Hashable, Sendable {
  package var tokenTypes: [String]
  package var tokenModifiers: [String]

  package init(tokenTypes: [String], tokenModifiers: [String]) {
    self.tokenTypes = tokenTypes
    self.tokenModifiers = tokenModifiers
  }
}
