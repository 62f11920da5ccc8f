import GoujiJSON
import LanguageServerProtocol

extension DidOpenTextDocumentNotification {
  /// The params read straight from the parsed message. ``LSPMessage/decode(params:)`` writes the whole value out as
  /// JSON again and parses that (the `Codable` round trip): for a document of 50 MB, two more copies of its text at
  /// once. Anything but the expected shape goes through it, for its errors.
  package static func decodeDirectly(params: JSONValue?) throws(ResponseError) -> Self {
    guard let item = params?["textDocument"], let uri = item["uri"]?.stringValue,
      let languageId = item["languageId"]?.stringValue, let version = item["version"]?.intValue,
      let text = item["text"]?.stringValue
    else { return try decode(params: params) }
    return Self(textDocument: TextDocumentItem(uri: uri, languageId: languageId, version: version, text: text))
  }
}
