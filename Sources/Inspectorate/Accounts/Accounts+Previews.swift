public import Casework

/// What a face shows before it changes an account (the confirmation step of the administration pages): the checks of
/// ``Accounts/addAccount(login:displayName:roles:password:acting:)`` and ``Accounts/disableAccount(login:acting:)``,
/// run without writing anything. The use case itself checks again inside its transaction.
extension Accounts {
    /// The account `addAccount` would create, with every check it makes except the write (the hash is not made).
    ///
    /// - Throws: as ``addAccount(login:displayName:roles:password:acting:)``: ``AccountError`` `.notAllowed`,
    ///   `.firstAccountMustAdminister`, `.passwordTooShort`; ``Casework/InputError`` for a malformed login, an empty
    ///   name or no role; ``Casework/StoreError`` `.duplicate` when an account already has the login (as the store
    ///   refuses it).
    public func previewAddAccount(
        login: String, displayName: String, roles: [AccountRole], password: String, acting: Acting
    ) throws -> NewAccount {
        let draft = try NewAccount(login: login, displayName: displayName, roles: roles, passwordHash: "-").validated()
        if try store.hasAccounts() {
            try requireAdministrator(acting)
        } else if !draft.roles.contains(.administrator) {
            throw AccountError.firstAccountMustAdminister
        }
        try checkPassword(password)
        if try store.account(login: draft.login) != nil {
            throw StoreError(.duplicate, "an account with the login \(draft.login) already exists")
        }
        return draft
    }

    /// The account whose password ``setPassword(login:password:acting:)`` would replace, after the same checks (its
    /// own for any active account, anyone's for an administrator; the password's length); nothing is hashed.
    /// - Throws: as ``setPassword(login:password:acting:)``: ``AccountError`` `.notAllowed`, `.unknownActor`,
    ///   `.unknownAccount`, `.passwordTooShort`.
    public func previewSetPassword(login: String, password: String, acting: Acting) throws -> Account {
        let login = login.lowercased()
        if login != acting.account { try requireAdministrator(acting) } else { try requireActive(acting.account) }
        guard let account = try store.account(login: login) else { throw AccountError.unknownAccount(login) }
        try checkPassword(password)
        return account
    }

    /// The account `disableAccount` would disable, after the same checks.
    /// - Throws: ``AccountError`` `.notAllowed`, `.unknownAccount`, `.cannotDisableSelf`.
    public func previewDisableAccount(login: String, acting: Acting) throws -> Account {
        try requireAdministrator(acting)
        let login = login.lowercased()
        guard let account = try store.account(login: login) else { throw AccountError.unknownAccount(login) }
        guard login != acting.account else { throw AccountError.cannotDisableSelf }
        return account
    }
}
