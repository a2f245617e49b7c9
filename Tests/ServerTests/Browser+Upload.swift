import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

extension Browser {
    /// A file posted as a browser posts the import page's form (`multipart/form-data`): the CSRF token of the last
    /// page as the first part unless `csrf` says otherwise (`.some(nil)`: none), then `fields`, then the file;
    /// `csrfLast` puts the token after the file instead; `fileParameters` replaces the file part's `filename="…"` with
    /// what it says, as written on the wire.
    @discardableResult
    func upload(
        _ uri: String, fileName: String, content: String, fields: [String: String] = [:], csrf override: String?? = nil,
        csrfLast: Bool = false, fileParameters: String? = nil
    ) async throws -> TestResponse {
        let boundary = "----thanhtra\(UUID().uuidString.prefix(8))"
        func part(_ name: String, _ value: String) -> String {
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        let token = override ?? csrf
        var body = ""
        if let token, !csrfLast { body += part("csrf", token) }
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) { body += part(name, value) }
        let disposition = fileParameters ?? "filename=\"\(fileName)\""
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; \(disposition)\r\n"
        body += "Content-Type: text/csv\r\n\r\n\(content)\r\n"
        if let token, csrfLast { body += part("csrf", token) }
        body += "--\(boundary)--\r\n"
        var headers = headers()
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        remember(response)
        return response
    }
}
