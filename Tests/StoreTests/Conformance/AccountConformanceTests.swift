import Casework
import Testing

/// The ``AccountStore`` port on every store: accounts with their roles (commands with journal entries), sessions and
/// failed sign-ins (working state, no journal entry).
@Suite struct AccountConformanceTests {
    static func accounts(_ store: any InspectorateStore) throws -> any AccountStore {
        try #require(store as? any AccountStore, "the store keeps no accounts")
    }

    static let lan = NewAccount(
        login: "lan.tran", displayName: "Trần Thị Lan", roles: [.inspector, .reporting],
        passwordHash: "$2b$10$abcdefghijklmnopqrstuu")
    static let an = NewAccount(
        login: "an.pham", displayName: "Phạm An", roles: [.administrator], passwordHash: "$2b$10$zyxwvutsrqponmlkjihgfe")
    static let token = String(repeating: "a", count: 64)

    @Test(arguments: StoreFactory.implementing(.accounts, .journal))
    func accountsAreAddedOnceListedByLoginAndJournaled(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let accounts = try Self.accounts(store)
            #expect(try accounts.hasAccounts() == false)
            let added = try accounts.addAccount(Self.lan, context: .test)
            _ = try accounts.addAccount(Self.an, context: .test)
            #expect(added == Account(
                login: "lan.tran", displayName: "Trần Thị Lan", roles: [.inspector, .reporting], isActive: true,
                createdAt: CommandContext.test.timestamp))
            #expect(try accounts.hasAccounts())
            #expect(try accounts.accounts().map(\.login) == ["an.pham", "lan.tran"])
            #expect(try accounts.account(login: "lan.tran") == added)
            #expect(try accounts.account(login: "nobody") == nil)
            #expect(try accounts.passwordHash(login: "an.pham") == Self.an.passwordHash)

            let duplicate = try #require(throws: StoreError.self) { try accounts.addAccount(Self.lan, context: .test) }
            #expect(duplicate.kind == .duplicate)
            #expect(duplicate.message == "an account with the login lan.tran already exists")

            let entries = try store.journal(after: 0, limit: 10)
            #expect(entries.map(\.command) == ["account add", "account add"])
            #expect(entries.first?.payload.contains("\"login\":\"lan.tran\"") == true)
            #expect(entries.first?.payload.contains("abcdefghijkl") == false)  // never the password hash
        }
    }

    @Test(arguments: StoreFactory.implementing(.accounts, .journal))
    func disablingAnAccountOrChangingItsPasswordEndsItsSessions(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let accounts = try Self.accounts(store)
            _ = try accounts.addAccount(Self.lan, context: .test)
            try accounts.createSession(tokenHash: Self.token, login: "lan.tran", createdAt: 1_000, expiresAt: 2_000)
            #expect(try accounts.sessionLogin(tokenHash: Self.token, now: 1_500) == "lan.tran")
            #expect(try accounts.sessionLogin(tokenHash: Self.token, now: 2_000) == nil)  // expired

            try accounts.setAccountActive(login: "lan.tran", isActive: false, context: .test)
            #expect(try accounts.account(login: "lan.tran")?.isActive == false)
            #expect(try accounts.sessionLogin(tokenHash: Self.token, now: 1_500) == nil)
            try accounts.setAccountActive(login: "lan.tran", isActive: true, context: .test)
            try accounts.createSession(tokenHash: Self.token, login: "lan.tran", createdAt: 1_000, expiresAt: 2_000)
            try accounts.setPasswordHash(login: "lan.tran", hash: "$2b$10$newnewnewnewnewnewnewn", context: .test)
            #expect(try accounts.passwordHash(login: "lan.tran") == "$2b$10$newnewnewnewnewnewnewn")
            #expect(try accounts.sessionLogin(tokenHash: Self.token, now: 1_500) == nil)

            let missing = try #require(throws: StoreError.self) {
                try accounts.setAccountActive(login: "nobody", isActive: false, context: .test)
            }
            #expect(missing.kind == .notFound)
            #expect(try store.journal(after: 0, limit: 10).map(\.command) == [
                "account add", "account disable", "account enable", "account password",
            ])
        }
    }

    @Test(arguments: StoreFactory.implementing(.accounts, .journal))
    func sessionsEndAndFailedSignInsAreCountedWithoutJournalEntries(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let accounts = try Self.accounts(store)
            _ = try accounts.addAccount(Self.lan, context: .test)
            let other = String(repeating: "b", count: 64)
            try accounts.createSession(tokenHash: Self.token, login: "lan.tran", createdAt: 1_000, expiresAt: 5_000)
            try accounts.createSession(tokenHash: other, login: "lan.tran", createdAt: 1_000, expiresAt: 1_200)
            // Ending one session also drops the expired ones.
            try accounts.endSession(tokenHash: Self.token, now: 1_300)
            #expect(try accounts.sessionLogin(tokenHash: Self.token, now: 1_300) == nil)
            #expect(try accounts.sessionLogin(tokenHash: other, now: 1_100) == nil)
            let unknown = try #require(throws: StoreError.self) {
                try accounts.createSession(tokenHash: other, login: "nobody", createdAt: 1, expiresAt: 2)
            }
            #expect(unknown.kind == .notFound)

            try accounts.recordLoginFailure(login: "lan.tran", at: 100_000)
            try accounts.recordLoginFailure(login: "lan.tran", at: 100_100)
            try accounts.recordLoginFailure(login: "an.pham", at: 100_100)
            #expect(try accounts.loginFailures(login: "lan.tran", since: 100_050) == 1)
            #expect(try accounts.loginFailures(login: "lan.tran", since: 0) == 2)
            // A failure a day later drops those older than a day.
            try accounts.recordLoginFailure(login: "lan.tran", at: 200_000)
            #expect(try accounts.loginFailures(login: "lan.tran", since: 0) == 1)
            try accounts.clearLoginFailures(login: "lan.tran")
            #expect(try accounts.loginFailures(login: "lan.tran", since: 0) == 0)
            #expect(try store.journal(after: 0, limit: 10).map(\.command) == ["account add"])
        }
    }
}
