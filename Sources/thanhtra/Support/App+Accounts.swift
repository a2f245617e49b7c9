import Casework
import Inspectorate
import Server

/// The account use cases over the store the composition root opened, with bcrypt from `Server`.
extension App {
    /// The account use cases; the store must keep accounts (the SQLite store does).
    /// - Throws: ``CommandError`` when it does not.
    func openAccounts() throws -> Accounts {
        try Self.accounts(of: openStore())
    }

    static func accounts(of store: any InspectorateStore) throws -> Accounts {
        guard let accounts = store as? any AccountStore else {
            throw CommandError.said(("this database keeps no accounts", "cơ sở dữ liệu này không lưu tài khoản"))
        }
        return Accounts(store: accounts, hasher: BcryptHasher())
    }

    /// When the store has accounts, `--as` (or `USER`) must name an active one; with none, anyone acts as before.
    /// - Throws: ``CommandError`` worded from ``AccountError/unknownActor(_:)``.
    func requireActingAccount(_ store: any InspectorateStore) throws {
        guard let accounts = store as? any AccountStore else { return }
        do {
            _ = try Accounts(store: accounts, hasher: BcryptHasher()).actingAccount(configuration.actor)
        } catch let error as AccountError {
            throw CommandError(accountError: error)
        }
    }
}

extension CommandError {
    /// The CLI's words for an ``AccountError``.
    init(accountError error: AccountError) {
        if let vietnamese = VietnameseErrors.refusal(error) {
            self = vietnamese
            return
        }
        switch error {
        case .notAllowed(let acting, let role):
            self.init(
                message: "\(acting) may not do this: it needs the role \(role.rawValue)",
                hint: "ask an account with that role (quan_tri administers accounts) to do it")
        case .unknownActor(let name):
            self.init(
                message: "\(name) is not an active account of this database",
                hint: "pass --as LOGIN with your own account (`thanhtra account list` shows them)")
        case .unknownAccount(let login):
            self.init(message: "no account has the login \(login)", hint: "`thanhtra account list` shows the accounts")
        case .firstAccountMustAdminister:
            self.init(
                message: "the first account must hold the role quan_tri, so that someone can manage the others",
                hint: "add --role quan_tri")
        case .passwordTooShort(let minimum):
            self.init(message: "the password is too short", hint: "use at least \(minimum) characters")
        case .badCredentials:
            self.init(message: "the login or the password is wrong", hint: nil)
        case .throttled(let seconds):
            self.init(
                message: "too many failed sign-ins for this login", hint: "try again in \(seconds / 60) minutes")
        case .cannotDisableSelf:
            self.init(message: "an account cannot disable itself", hint: "ask another administrator")
        }
    }
}
