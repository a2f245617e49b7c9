public import Casework

/// Why an account use case refused, as a value; the CLI and the pages word it.
public enum AccountError: Error, Sendable, Equatable {
    /// The acting account may not do this: it lacks `role` (or it is not the account concerned).
    case notAllowed(acting: String, needs: AccountRole)
    /// The acting name is not an active account of a database that has accounts.
    case unknownActor(String)
    /// No account has this login.
    case unknownAccount(String)
    /// The first account of a database must be able to administer the others.
    case firstAccountMustAdminister
    /// A password must have at least `minimum` characters.
    case passwordTooShort(minimum: Int)
    /// The login and password do not match an active account (which of the two is wrong is not said).
    case badCredentials
    /// Too many failed sign-ins for this login: try again after `retryAfterSeconds`.
    case throttled(retryAfterSeconds: Int64)
    /// An account cannot disable itself (it would lock out the last administrator).
    case cannotDisableSelf
}
