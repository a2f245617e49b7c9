/// An account to create: validated by ``validated()`` before the store sees it.
public struct NewAccount: Sendable, Equatable {
    public var login: String
    public var displayName: String
    public var roles: [AccountRole]
    /// The password's bcrypt hash (never the password itself).
    public var passwordHash: String

    public init(login: String, displayName: String, roles: [AccountRole], passwordHash: String) {
        self.login = login
        self.displayName = displayName
        self.roles = roles
        self.passwordHash = passwordHash
    }

    /// The account with its login lowercased, its name trimmed and its roles sorted without repeats.
    ///
    /// - Throws: ``InputError`` `.invalidValue` naming the field: a login that is not 2–64 of `a-z 0-9 . _ -`
    ///   starting with a letter or digit, an empty display name, no role.
    public func validated() throws -> NewAccount {
        var valid = self
        valid.login = login.trimmedOfWhitespace.lowercased()
        valid.displayName = displayName.trimmedOfWhitespace
        valid.roles = Array(Set(roles)).sorted()
        guard Self.isValidLogin(valid.login) else {
            throw InputError(
                field: "login",
                message: "a login is 2 to 64 of the letters a-z, digits, '.', '_' and '-', starting with a letter or "
                    + "digit; got \"\(login)\"")
        }
        guard !valid.displayName.isEmpty else {
            throw InputError(field: "displayName", message: "the display name is empty")
        }
        guard !valid.roles.isEmpty else {
            throw InputError(field: "roles", message: "an account needs at least one role")
        }
        return valid
    }

    /// Whether `login` is 2–64 of `a-z 0-9 . _ -` starting with a letter or digit.
    public static func isValidLogin(_ login: String) -> Bool {
        let bytes = Array(login.utf8)
        guard (2...64).contains(bytes.count) else { return false }
        func isAlnum(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) }
        guard isAlnum(bytes[0]) else { return false }
        return bytes.allSatisfy { isAlnum($0) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D }
    }
}
