import PostgresNIO
import PostgresStore
import Testing

@Suite(.enabled(if: TestServer.runs, TestServer.skipReason))
struct SchemaTypeTests {
    static let logger = TestServer.logger

    @Test func everyMoneyColumnIsBigint() async throws {
        try await TestServer.withEmptyDatabase { connection in
            try await PostgresMigrator().migrate(connection, logger: Self.logger)

            let money = try await connection.strings(
                """
                SELECT table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns
                WHERE table_schema = current_schema() AND column_name LIKE '%vnd' ORDER BY 1
                """)

            // 14 of the facts (decisionSanction's confiscated value too), 5 of the daily rollups, 4 of the follow-up
            // stock's (followUpStockChange, 2026-12-12-createFollowUpStockRollup), 2 of the fines by violator kind
            // (penaltyDailyFineByKind, 2026-12-11-createPenaltyViolatorRollups)
            #expect(money.count == 25, "\(money)")
            #expect(money.filter { $0.hasPrefix("followupstockchange.") }.count == 4, "\(money)")
            #expect(money.filter { $0.hasPrefix("penaltydailyfinebykind.") }.count == 2, "\(money)")
            #expect(money.allSatisfy { $0.hasSuffix(" bigint") }, "\(money)")
            #expect(money.contains("payment.amountvnd bigint") && money.contains("penaltydecision.totalfinevnd bigint"))
        }
    }

    @Test func aDateThatDoesNotExistAndANegativeAmountAreRefused() async throws {
        try await TestServer.withEmptyDatabase { connection in
            try await PostgresMigrator().migrate(connection, logger: Self.logger)
            try await connection.query(
                """
                INSERT INTO subject (kind, identifier, name, nameFolded, address)
                VALUES ('person', '001', 'Nguyễn Văn A', 'nguyen van a', 'Hà Nội')
                """, logger: Self.logger)
            func insertCase(recordMadeOn: String, number: String) -> String {
                """
                INSERT INTO penaltyCase (subjectId, violatorKind, recordNumber, recordMadeOn, recordPlace, openedOn,
                    decisionDueOn, openedWithPack, state, isComplex, explanationRequested, isMinor, extensionDays)
                VALUES (1, 'person', '\(number)', '\(recordMadeOn)', 'Hà Nội', '2026-12-01', '2026-12-08', 'pack',
                    'open', false, false, false, 0)
                """
            }

            #expect(
                await connection.failure(of: insertCase(recordMadeOn: "2026-02-30", number: "BB-1"))
                    == "date/time field value out of range: \"2026-02-30\"")
            #expect(await connection.failure(of: insertCase(recordMadeOn: "2026-12-01", number: "BB-2")) == nil)
            let negative = await connection.failure(
                of: """
                    INSERT INTO payment (caseId, position, paidOn, amountVND, surchargeVND, receipt)
                    VALUES (1, 0, '2026-12-02', -1, 0, 'R-1')
                    """)
            #expect(negative?.hasPrefix("new row for relation \"payment\" violates check constraint") == true)
            // Dates come back as YYYY-MM-DD whatever the server's DateStyle, since every connection sets ISO.
            #expect(try await connection.strings("SELECT recordMadeOn::text FROM penaltyCase") == ["2026-12-01"])
        }
    }
}
