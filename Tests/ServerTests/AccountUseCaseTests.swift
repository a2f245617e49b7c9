import Casework
import Foundation
import Inspectorate
import Server
import Store
import Testing

/// The account use cases over the SQLite store with bcrypt: who may, what the journal records.
@Suite struct AccountUseCaseTests {
    let day = CalendarDate(year: 2026, month: 11, day: 23)!
    func acting(_ login: String) -> Acting { Acting(account: login, today: day, recordedAt: "2026-11-23T10:00:00+07:00") }

    @Test func theFirstAccountMustAdministerAndLaterOnesNeedAnAdministrator() throws {
        let store = try SQLiteStore.makeEmpty()
        let accounts = Accounts(store: store, hasher: BcryptHasher(cost: 4))
        #expect(try accounts.actingAccount("anyone") == nil, "no account: the single-user behaviour")
        #expect(throws: AccountError.firstAccountMustAdminister) {
            try accounts.addAccount(
                login: "an", displayName: "An", roles: [.inspector], password: "0123456789", acting: acting("x"))
        }
        let admin = try accounts.addAccount(
            login: " QuanTri ", displayName: " Trần Thị Quản ", roles: [.administrator, .administrator],
            password: "0123456789", acting: acting("root"))
        #expect(admin == Account(
            login: "quantri", displayName: "Trần Thị Quản", roles: [.administrator], isActive: true,
            createdAt: "2026-11-23T10:00:00+07:00"))
        #expect(throws: AccountError.unknownActor("root")) {
            try accounts.addAccount(
                login: "an", displayName: "An", roles: [.inspector], password: "0123456789", acting: acting("root"))
        }
        _ = try accounts.addAccount(
            login: "an", displayName: "An", roles: [.inspector], password: "0123456789", acting: acting("quantri"))
        #expect(throws: AccountError.notAllowed(acting: "an", needs: .administrator)) {
            try accounts.listAccounts(acting: acting("an"))
        }
        #expect(throws: AccountError.passwordTooShort(minimum: 10)) {
            try accounts.addAccount(
                login: "binh", displayName: "Bình", roles: [.inspector], password: "short", acting: acting("quantri"))
        }
        #expect(throws: StoreError.self) {
            try accounts.addAccount(
                login: "an", displayName: "An 2", roles: [.inspector], password: "0123456789", acting: acting("quantri"))
        }
        #expect(try accounts.listAccounts(acting: acting("quantri")).map(\.login) == ["an", "quantri"])
    }

    @Test func everyAccountChangeIsOneJournalEntryThatHoldsNoPasswordNorHash() throws {
        let store = try SQLiteStore.makeEmpty()
        let accounts = Accounts(store: store, hasher: BcryptHasher(cost: 4))
        _ = try accounts.addAccount(
            login: "quantri", displayName: "Quản trị", roles: [.administrator], password: "mat-khau-1234",
            acting: acting("root"))
        _ = try accounts.addAccount(
            login: "an", displayName: "An", roles: [.inspector, .teamLead], password: "mat-khau-5678",
            acting: acting("quantri"))
        try accounts.setPassword(login: "an", password: "mat-khau-moi-9", acting: acting("an"))
        try accounts.disableAccount(login: "an", acting: acting("quantri"))
        let entries = try store.journal(after: 0, limit: 100)
        #expect(entries.map(\.command) == ["account add", "account add", "account password", "account disable"])
        #expect(entries.map(\.actor) == ["root", "quantri", "an", "quantri"])
        let hash = try #require(try store.passwordHash(login: "an"))
        #expect(hash.hasPrefix("$2"))
        for entry in entries {
            #expect(!entry.payload.contains("mat-khau"))
            #expect(!entry.payload.contains("$2"))
        }
        #expect(try store.verifyJournal() == .intact(entries: 4, head: entries[3].hash))
        #expect(try store.auditJournal().isIntact, "the account tables are sealed by their entries")
        #expect(throws: AccountError.unknownActor("an")) { try accounts.actingAccount("an") }
        #expect(throws: AccountError.badCredentials) {
            try accounts.authenticate(login: "an", password: "mat-khau-moi-9", now: 100)
        }
    }

    @Test func authenticationChecksThePasswordAndSessionsExpire() throws {
        let store = try SQLiteStore.makeEmpty()
        let accounts = Accounts(store: store, hasher: BcryptHasher(cost: 4))
        _ = try accounts.addAccount(
            login: "quantri", displayName: "Quản trị", roles: [.administrator], password: "mat-khau-1234",
            acting: acting("root"))
        #expect(throws: AccountError.badCredentials) {
            try accounts.authenticate(login: "quantri", password: "mat-khau-12345", now: 100)
        }
        #expect(throws: AccountError.badCredentials) {
            try accounts.authenticate(login: "khong-co", password: "mat-khau-1234", now: 100)
        }
        let account = try accounts.authenticate(login: "QuanTri", password: "mat-khau-1234", now: 100)
        #expect(try store.loginFailures(login: "quantri", since: 0) == 0, "a success forgets the failures")
        let session = try accounts.createSession(for: account.login, now: 100)
        #expect(try accounts.resolveSession(session.token, now: 101)?.login == "quantri")
        #expect(try accounts.resolveSession(session.token, now: 100 + accounts.sessionLifetime) == nil)
        #expect(try accounts.resolveSession(session.hash, now: 101) == nil, "the stored hash is not a token")
        // Sessions and failures are working state outside the seals: the journal still vouches for every table, and
        // the next command is not refused for rows changed outside a command.
        #expect(try store.auditJournal().isIntact)
        try accounts.setPassword(login: "quantri", password: "mat-khau-moi-99", acting: acting("quantri"))
        #expect(try accounts.resolveSession(session.token, now: 102) == nil, "a new password ends the sessions")
        #expect(try store.auditJournal().isIntact)
    }
}
