extension String {
  /// The text on one line, for quoting in a message: line breaks and TABs removed (a label or value that wraps in
  /// a Word copy, `本年新\n公开数量`), since a diagnostic's message is printed on one line.
  package var singleLine: String {
    filter { !$0.isNewline && $0 != "\t" }
  }
}

extension String {
  /// The text without ASCII spaces: Chinese typography sets numbers and operators in Chinese text without spaces
  /// (`一+二=5+1=6`), where English sets them apart (`一 + 二 = 5 + 1 = 6`).
  package var withoutSpaces: String {
    filter { $0 != " " }
  }
}
