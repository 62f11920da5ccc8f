import Foundation
import LanguageServerProtocol

/// Conversions between `file:` URIs and paths.
enum FileURI {
  /// The file a `file:` URI names (percent-escapes decoded), or `nil` for other schemes (`untitled:`, ...).
  static func url(_ uri: DocumentURI) -> URL? {
    guard let url = URL(string: uri), url.isFileURL else { return nil }
    return url.standardizedFileURL
  }

  /// The path a `file:` URI names.
  static func path(_ uri: DocumentURI) -> String? {
    url(uri)?.path
  }
}
