public import Inspectorate
import HummingbirdBcrypt

/// bcrypt through `HummingbirdBcrypt`: the ``Inspectorate/PasswordHasher`` the faces give the account use cases.
public struct BcryptHasher: PasswordHasher {
    /// The cost (log₂ of the rounds): 12 by default; tests use the minimum, 4, to stay fast.
    public var cost: UInt8

    public init(cost: UInt8 = 12) {
        self.cost = cost
    }

    public func hash(_ password: String) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    public func verify(_ password: String, hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }
}
