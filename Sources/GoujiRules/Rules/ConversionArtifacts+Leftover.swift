import GoujiText

/// GJ503's finding of one leftover, kept as the values its words and fix are made from: the leftover as written and
/// what its fix deletes (the leftover, or its whole line when nothing else is on it). Inline and without an
/// allocation for a short marker (`[image: x]`), where the words and fix made at once took about 400 bytes.
struct ConversionLeftover: Sendable {
  /// The leftover's text.
  var marker: String
  /// What the fix deletes.
  var deletion: TextRange

  var message: LocalizedText { LocalizedText(zh: message(in: .zh), en: message(in: .en)) }

  /// The message in `language` alone (an output prints one language).
  func message(in language: Language) -> String {
    switch language {
    case .zh: "转换遗留的标记“\(marker)”"
    case .en: "Conversion leftover “\(marker)”"
    }
  }

  var fixes: [Fix] {
    [
      Fix(
        title: LocalizedText(zh: "删除“\(marker)”", en: "Delete the leftover"), isSafe: true,
        edits: [TextEdit(range: deletion, newText: "")]
      )
    ]
  }

  func moved(by move: (TextRange) -> TextRange) -> ConversionLeftover {
    ConversionLeftover(marker: marker, deletion: move(deletion))
  }
}
