import LanguageServerProtocol
import Testing

@Suite struct WindowMessageTests {
  @Test func logMessage() throws {
    try expectMessage(
      LogMessageNotification(type: .info, message: "gouji 0.1 ready"),
      method: "window/logMessage",
      params: #"{"type":3,"message":"gouji 0.1 ready"}"#
    )
  }

  @Test func showMessage() throws {
    try expectMessage(
      ShowMessageNotification(type: .error, message: "配置无效"),
      method: "window/showMessage",
      params: #"{"type":1,"message":"配置无效"}"#
    )
  }
}
