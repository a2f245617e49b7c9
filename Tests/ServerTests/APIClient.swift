import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// A client of the JSON API for the tests: signs in for a bearer token and sends JSON.
final class APIClient: @unchecked Sendable {
    // @unchecked Sendable: used by one test task at a time.
    let client: any TestClientProtocol
    var token: String?
    var headers = HTTPFields()

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    /// An answer: its status, headers and JSON body (an object; `[:]` when the body is empty or not an object).
    struct Answer {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var json: [String: Any]
        var text: String

        /// The error code of a refusal.
        var code: String? { json["code"] as? String }
        var details: [String: Any] { json["details"] as? [String: Any] ?? [:] }
    }

    /// Signs in as `login` and keeps the token.
    @discardableResult
    func signIn(_ login: String, password: String = ServerBench.password) async throws -> Answer {
        let answer = try await post("/api/v1/session", ["login": login, "password": password])
        token = answer.json["token"] as? String
        return answer
    }

    func get(_ uri: String) async throws -> Answer {
        try await send(uri, method: .get, body: nil)
    }

    func post(_ uri: String, _ body: [String: any Sendable]) async throws -> Answer {
        try await send(uri, method: .post, body: try JSONSerialization.data(withJSONObject: body))
    }

    func delete(_ uri: String) async throws -> Answer {
        try await send(uri, method: .delete, body: nil)
    }

    func send(_ uri: String, method: HTTPRequest.Method, body: Data?, contentType: String = "application/json")
        async throws -> Answer
    {
        var fields = headers
        if let token { fields[.authorization] = "Bearer \(token)" }
        if body != nil { fields[.contentType] = contentType }
        let response = try await client.execute(
            uri: uri, method: method, headers: fields, body: body.map { ByteBuffer(bytes: $0) })
        let text = String(buffer: response.body)
        let json = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
        return Answer(status: response.status, headers: response.headers, json: json, text: text)
    }
}

extension Dictionary where Key == String, Value == Any {
    /// `self[key]` as an object.
    func object(_ key: String) -> [String: Any]? { self[key] as? [String: Any] }
    /// `self[key]` as a list of objects.
    func objects(_ key: String) -> [[String: Any]] { self[key] as? [[String: Any]] ?? [] }
    /// `self[key]` as a whole number (JSON numbers come back as NSNumber).
    func int(_ key: String) -> Int64? { (self[key] as? NSNumber)?.int64Value }
    func string(_ key: String) -> String? { self[key] as? String }
}
