import Casework

/// A sign-in session as the face holds it: the secret token (in a cookie, never stored) and when it expires.
public struct SessionToken: Sendable, Equatable {
    /// 64 hex digits of fresh randomness; the store keeps only ``hash``.
    public var token: String
    /// Unix seconds.
    public var expiresAt: Int64

    /// SHA-256 of the token, as the store keeps it.
    public var hash: String { Self.hash(of: token) }

    /// SHA-256 (hex) of a token.
    public static func hash(of token: String) -> String { SHA256.hex(utf8: token) }

    /// A new token from the system's secure random source.
    static func make(expiresAt: Int64) -> SessionToken {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return SessionToken(token: SHA256.hexString(bytes), expiresAt: expiresAt)
    }
}
