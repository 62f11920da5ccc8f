extension String {
  /// The text on one line, for quoting in a message: line breaks and TABs removed (a label or value that wraps in
  /// a Word copy, `本年新\n公开数量`), since a diagnostic's message is printed on one line.
  package var singleLine: String {
    filter { !$0.isNewline && $0 != "\t" }
  }
}
