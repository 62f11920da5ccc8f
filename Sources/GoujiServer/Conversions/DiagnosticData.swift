import GoujiJSON
import LanguageServerProtocol

/// What a published diagnostic carries in `data`, for code actions: which diagnostic of which document version it
/// is (`{"code": "GJ310", "version": 4, "index": 7}`, the index into that version's diagnostics).
///
/// Clients may drop `data`, or quote a diagnostic of an older version; code actions then find the diagnostic again
/// by code and range.
struct DiagnosticData: Hashable {
  var code: String
  var version: Int
  var index: Int

  init(code: String, version: Int, index: Int) {
    self.code = code
    self.version = version
    self.index = index
  }

  /// The data of a diagnostic the client quoted, if it is gouji's and intact.
  init?(_ json: JSONValue?) {
    guard let json, let code = json["code"]?.stringValue, let version = json["version"]?.intValue,
      let index = json["index"]?.intValue
    else { return nil }
    self.init(code: code, version: version, index: index)
  }

  var json: JSONValue {
    ["code": .string(code), "version": .int(version), "index": .int(index)]
  }
}
