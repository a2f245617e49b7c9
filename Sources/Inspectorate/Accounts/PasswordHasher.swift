/// Makes and checks password hashes (bcrypt in the faces' composition roots, through `HummingbirdBcrypt`): the
/// application layer never sees a hashing library, and never stores or journals a password.
public protocol PasswordHasher: Sendable {
    /// A new salted hash of `password`.
    func hash(_ password: String) -> String
    /// Whether `password` matches `hash`.
    func verify(_ password: String, hash: String) -> Bool
}
