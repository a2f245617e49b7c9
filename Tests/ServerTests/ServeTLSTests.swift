import Foundation
import Testing

/// `thanhtra serve --tls-cert --tls-key` with the built binary: a throwaway self-signed certificate made by openssl in
/// the test's folder, signing in over HTTPS with curl trusting only that certificate, the cookies `Secure` and
/// `HttpOnly`, `Strict-Transport-Security` sent, plain HTTP to the same port refused; and a key that is not the
/// certificate's, or a missing file, stops `serve` before it listens with the reason in both languages.
@Suite struct ServeTLSTests {
    static let openssl = URL(fileURLWithPath: "/usr/bin/openssl")

    /// A self-signed certificate for 127.0.0.1 and its key, in `folder`.
    static func makeCertificate(in cli: ServeBinaryTests, name: String) throws -> (certificate: String, key: String) {
        let certificate = cli.directory.appendingPathComponent("\(name).crt").path
        let key = cli.directory.appendingPathComponent("\(name).key").path
        let made = try cli.run(
            openssl,
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-addext",
                "subjectAltName=IP:127.0.0.1", "-days", "2", "-keyout", key, "-out", certificate,
            ])
        #expect(made.status == 0, "\(made.stderr)")
        return (certificate, key)
    }

    @Test func serveAnswersHTTPSWithSecureCookiesAndRefusesPlainHTTP() throws {
        let cli = try ServeBinaryTests()
        defer { try? FileManager.default.removeItem(at: cli.directory) }
        let (certificate, key) = try Self.makeCertificate(in: cli, name: "server")
        #expect(try cli.thanhtra("init").status == 0)
        let added = try cli.thanhtra(
            "account", "add", "quantri", "--name", "Quản", "--role", "quan_tri", "--password-stdin",
            input: "mat-khau-1234\n")
        #expect(added.status == 0, "\(added.stderr)")

        let (server, address) = try cli.serve("--tls-cert", certificate, "--tls-key", key)
        defer { if server.isRunning { server.terminate() } }
        #expect(address.hasPrefix("https://127.0.0.1:"), "\(address)")

        // The sign-in page over HTTPS (curl trusts this certificate only), then signing in.
        let page = try cli.curl("--cacert", certificate, "--max-time", "30", "-D", "-", address + "login")
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.stdout.contains("Đăng nhập"))
        #expect(page.stdout.lowercased().contains("strict-transport-security: max-age=31536000"))
        let csrf = try #require(
            page.stdout.range(of: "name=\"csrf\" value=\"").map { String(page.stdout[$0.upperBound...].prefix(64)) })
        let signedIn = try cli.curl(
            "--cacert", certificate, "--max-time", "30", "-o", "/dev/null", "-D", "-", "--data-urlencode", "login=quantri",
            "--data-urlencode", "password=mat-khau-1234", "--data-urlencode", "csrf=\(csrf)", address + "login")
        #expect(signedIn.stdout.hasPrefix("HTTP/1.1 303"), "\(signedIn.stdout)")
        let session = try #require(
            signedIn.stdout.split(separator: "\r\n").first { $0.lowercased().hasPrefix("set-cookie: thanhtra_session=") },
            "\(signedIn.stdout)")
        let attributes = session.lowercased().split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(attributes.contains("secure") && attributes.contains("httponly"), "\(session)")
        let accounts = try cli.curl("--cacert", certificate, "--max-time", "30", address + "accounts")
        #expect(accounts.stdout.contains("quan_tri"), "the session works over HTTPS")

        // Plain HTTP to the same port: no answer (the server speaks TLS only).
        let plain = address.replacingOccurrences(of: "https://", with: "http://")
        let refused = try cli.curl("--max-time", "30", "-o", "/dev/null", "-w", "%{http_code}", plain + "login")
        #expect(refused.status != 0, "curl fails: \(refused.stdout)")
        #expect(refused.stdout == "000")

        server.terminate()
        server.waitUntilExit()
        #expect(server.terminationStatus == 0)
    }

    @Test func aKeyThatIsNotTheCertificatesOrAMissingFileStopsServeBeforeItListens() throws {
        let cli = try ServeBinaryTests()
        defer { try? FileManager.default.removeItem(at: cli.directory) }
        let (certificate, _) = try Self.makeCertificate(in: cli, name: "server")
        let (_, otherKey) = try Self.makeCertificate(in: cli, name: "other")
        #expect(try cli.thanhtra("init").status == 0)

        let mismatched = try cli.thanhtra("serve", "--port", "0", "--tls-cert", certificate, "--tls-key", otherKey)
        #expect(mismatched.status == 1)
        #expect(
            mismatched.stderr.contains(
                "cannot serve HTTPS: the key in \(otherKey) is not the private key of the certificate given with --tls-cert"),
            "\(mismatched.stderr)")
        #expect(!mismatched.stdout.contains("thanhtra serve:"), "it never listened")
        let vietnamese = try cli.thanhtra(
            "serve", "--lang", "vi", "--port", "0", "--tls-cert", certificate, "--tls-key", otherKey)
        #expect(vietnamese.status == 1)
        #expect(
            vietnamese.stderr.contains("không phục vụ HTTPS được: khóa trong \(otherKey) không phải khóa riêng"),
            "\(vietnamese.stderr)")

        let missing = cli.directory.appendingPathComponent("none.crt").path
        let absent = try cli.thanhtra("serve", "--port", "0", "--tls-cert", missing, "--tls-key", otherKey)
        #expect(absent.status == 1)
        #expect(absent.stderr.contains("the certificate file \(missing) does not exist"), "\(absent.stderr)")
        let alone = try cli.thanhtra("serve", "--port", "0", "--tls-cert", certificate)
        #expect(alone.status == 64, "bad usage: \(alone.stderr)")
        #expect(alone.stderr.contains("--tls-cert and --tls-key go together"))
    }
}
