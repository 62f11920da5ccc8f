extension String {
  /// The string with a backslash before every character of `special`: the one escaping of Markdown
  /// (``RichText``) and of LSP snippets (``TableCandidates/escapeSnippet(_:)``), each with its own characters.
  func escaping(_ special: String) -> String {
    var result = ""
    for character in self {
      if special.contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
