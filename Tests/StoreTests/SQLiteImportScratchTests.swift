import Casework
import Foundation
import Store
import Testing

@Suite struct SQLiteImportScratchTests {
    @Test func itKeepsTheFirstLineOfEachValueAndRunningTotalsOnDisk() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var scratch: SQLiteImportScratch? = try SQLiteImportScratch(directory: directory.url.path)
        #expect(
            try scratch!.claim([
                ImportKey(space: "receipt", value: "BL-1", line: 2),
                ImportKey(space: "receipt", value: "BL-2", line: 3),
                ImportKey(space: "record", value: "BL-1", line: 3), ImportKey(space: "receipt", value: "BL-1", line: 4),
            ]) == [nil, nil, nil, 2])
        #expect(try scratch!.claim([ImportKey(space: "receipt", value: "BL-2", line: 9)]) == [3])
        try scratch!.add([1: 100, 2: 5], in: "paid")
        try scratch!.add([1: 50], in: "paid")
        #expect(try scratch!.totals(of: [1, 2, 3], in: "paid") == [1: 150, 2: 5])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).count == 1)

        scratch = nil
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.url.path).isEmpty,
            "the file goes with the scratch")
    }
}
