import Casework
import Dispatch
import Foundation
import HTTPTypes
import HummingbirdTesting
import Server
import Testing

/// The server's lanes (`thanhtra serve --write-workers`): a request that changes something runs on the write thread,
/// so it is answered while every read worker is busy, and a read waits only for the read workers.
@Suite struct WorkerLaneTests {
    @Test func aPaymentIsRecordedWhileTheOnlyReadWorkerIsBusy() async throws {
        let bench = try ServerBench(configuration: ServerConfiguration(workers: 1, writeWorkers: 1, pageSize: 50))
        let pool = bench.services.pool
        let before = try bench.journalCount()
        let uri = "/api/v1/cases/\(bench.caseID.rawValue)/payments"
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("theo_doi_thu_nop")
            // Given the only read worker busy until released
            let (release, blocking) = try await WorkerPoolTests.occupy(pool)
            // When a payment is posted, it is recorded and answered
            let paid = try await api.post(uri, ["amountVND": 1_000_000, "paidOn": "2026-11-20", "receipt": "BL-0001"])
            #expect(paid.status == .ok || paid.status == .created, "\(paid.text)")
            #expect(try bench.journalCount() == before + 1)
            #expect(pool.waiting == 0)
            // while a read of the case waits for the read worker
            let read = Task { () -> (status: HTTPResponse.Status, text: String) in
                let answer = try await api.get("/api/v1/cases/\(bench.caseID.rawValue)")
                return (answer.status, answer.text)
            }
            for _ in 0..<1_000 where pool.waiting < 1 { try await Task.sleep(for: .milliseconds(2)) }
            #expect(pool.waiting == 1)
            release.signal()
            try await blocking.value
            let answer = try await read.value
            #expect(answer.status == .ok, "\(answer.text)")
            #expect(answer.text.contains("BL-0001"))
        }
    }
}
