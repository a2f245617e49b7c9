import Foundation
import HummingbirdTLS
import NIOSSL

/// The certificate chain and private key `thanhtra serve --tls-cert FILE --tls-key FILE` answers HTTPS with, read
/// from PEM files and checked — readable, a certificate, a key, the key of that certificate — before the server
/// listens, so that a mistake is a sentence at start and never a handshake failure for the first visitor.
///
/// With TLS the server marks its cookies `Secure` and sends `Strict-Transport-Security`.
public struct ServerTLS: Sendable {
    /// The certificate file as given (its first certificate is the server's, the others its chain).
    public let certificatePath: String
    /// The private key file as given.
    public let keyPath: String
    /// NIOSSL's server configuration over them.
    let configuration: TLSConfiguration

    /// Reads and checks the two PEM files.
    ///
    /// - Throws: ``ServerTLSError`` naming the file and what is wrong with it.
    public init(certificate certificatePath: String, key keyPath: String) throws(ServerTLSError) {
        self.certificatePath = certificatePath
        self.keyPath = keyPath
        let certificateBytes = try Self.read(certificatePath, .certificateUnreadable)
        let keyBytes = try Self.read(keyPath, .keyUnreadable)
        let chain: [NIOSSLCertificate]
        do {
            chain = try NIOSSLCertificate.fromPEMBytes(certificateBytes)
        } catch {
            throw ServerTLSError(kind: .notACertificate, path: certificatePath)
        }
        guard !chain.isEmpty else { throw ServerTLSError(kind: .notACertificate, path: certificatePath) }
        let key: NIOSSLPrivateKey
        do {
            key = try NIOSSLPrivateKey(bytes: keyBytes, format: .pem)
        } catch {
            throw ServerTLSError(kind: .notAKey, path: keyPath)
        }
        let configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        do {
            // The context refuses a key that is not the certificate's (OpenSSL's check of the key against it).
            _ = try NIOSSLContext(configuration: configuration)
        } catch {
            throw ServerTLSError(kind: .keyMismatch, path: keyPath)
        }
        self.configuration = configuration
    }

    private static func read(_ path: String, _ kind: ServerTLSError.Kind) throws(ServerTLSError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            let reason: ServerTLSError.Reason = !exists ? .missing : isFolder.boolValue ? .folder : .notReadable
            throw ServerTLSError(kind: kind, path: path, reason: reason)
        }
        return Array(data)
    }
}

/// Why the certificate or the key of ``ServerTLS`` cannot be used; the CLI words it in both languages.
public struct ServerTLSError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The certificate file cannot be read (``reason``).
        case certificateUnreadable
        /// The key file cannot be read (``reason``).
        case keyUnreadable
        /// The certificate file holds no PEM certificate.
        case notACertificate
        /// The key file holds no PEM private key (or an encrypted one).
        case notAKey
        /// The key is not the certificate's.
        case keyMismatch
    }

    /// Why a file cannot be read.
    public enum Reason: Sendable, Equatable {
        case missing, folder, notReadable
    }

    public var kind: Kind
    /// The file concerned, as given.
    public var path: String
    /// For an unreadable file: why.
    public var reason: Reason?

    public init(kind: Kind, path: String, reason: Reason? = nil) {
        self.kind = kind
        self.path = path
        self.reason = reason
    }
}
