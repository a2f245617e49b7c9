import ArgumentParser
import Foundation
import Casework
import Inspectorate

/// Parsers for `@Option(transform:)`: malformed input becomes a usage error (exit 64) naming the value.
enum Parse {
    static func date(_ text: String) throws -> CalendarDate {
        guard let date = CalendarDate(written: text) else {
            throw ValidationError.said(
                "'\(text)' is not a date; write YYYY-MM-DD or DD/MM/YYYY, e.g. 2026-03-10 or 10/03/2026",
                "'\(text)' không phải là ngày; viết YYYY-MM-DD hoặc DD/MM/YYYY, ví dụ 2026-03-10 hoặc 10/03/2026")
        }
        return date
    }

    /// A subject by its number (`12`, `#12`), its tax code (10 digits, a branch 10-3) or its citizen ID number (12
    /// digits, or 9 for an old CMND).
    static func subject(_ text: String) throws -> SubjectKey {
        let written = text.trimmedOfWhitespace
        let digits = written.hasPrefix("#") ? String(written.dropFirst()) : written
        let isDigits = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
        if isDigits, written.hasPrefix("#") || digits.count < 9, let id = Int64(digits) {
            return .number(Subject.ID(rawValue: id))
        }
        let branch = written.split(separator: "-", omittingEmptySubsequences: false)
        let isTaxCode = branch.count <= 2 && branch[0].count == 10
            && branch.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
            && (branch.count == 1 || branch[1].count == 3)
        guard isTaxCode || (isDigits && (digits.count == 12 || digits.count == 9)) else {
            throw ValidationError.said(
                "'\(text)' is not a subject: give its number (e.g. 12), a tax code (10 digits, a branch 0101234567-001) "
                    + "or a citizen ID number (12 digits, 9 for an old CMND)",
                "'\(text)' không phải là đối tượng: ghi số đối tượng (ví dụ 12), mã số thuế (10 chữ số, chi nhánh "
                    + "0101234567-001) hoặc số định danh cá nhân (12 chữ số, 9 với CMND cũ)")
        }
        return .identifier(written)
    }

    /// The days of a range as every report command takes them: `FROM..TO` in one word or `FROM TO` in two, each
    /// day `YYYY-MM-DD` or `DD/MM/YYYY`, both included; `…` may stand for `..`. Returns the pack's range spec
    /// `YYYY-MM-DD..YYYY-MM-DD`.
    ///
    /// - Throws: `ValidationError` (a usage error) for anything else, with both accepted forms.
    static func rangeSpec(_ words: [String]) throws -> String {
        let say = Wording.current
        let forms = say(
            "write FROM..TO or FROM TO, each YYYY-MM-DD or DD/MM/YYYY, e.g. 2026-01-01..2026-12-31",
            "viết TỪ..ĐẾN hoặc TỪ ĐẾN, mỗi ngày dạng YYYY-MM-DD hoặc DD/MM/YYYY, ví dụ 2026-01-01..2026-12-31")
        var days = words
        if words.count == 1 {
            let word = words[0].replacingOccurrences(of: "…", with: "..")
            guard let range = word.range(of: "..") else {
                throw ValidationError.said(
                    "'\(words[0])' is not a range of days; \(forms)", "'\(words[0])' không phải là khoảng ngày; \(forms)")
            }
            days = [String(word[..<range.lowerBound]), String(word[range.upperBound...])]
        }
        guard days.count == 2 else {
            let given = words.joined(separator: " ")
            throw ValidationError.said(
                "'\(given)' is not a range of days; \(forms)", "'\(given)' không phải là khoảng ngày; \(forms)")
        }
        let from = try date(days[0])
        let to = try date(days[1])
        guard from <= to else {
            throw ValidationError.said(
                "the range \(from)..\(to) ends before it starts; \(forms)",
                "khoảng \(from)..\(to) kết thúc trước khi bắt đầu; \(forms)")
        }
        return "\(from)..\(to)"
    }

    static func money(_ text: String) throws -> VND {
        do {
            return try VND(parsing: text)
        } catch {
            throw ValidationError.said(error.description, error.vietnamese)
        }
    }

    /// `2026-04-10=6000000` or `2026-04-10=6.000.000`.
    static func installment(_ text: String) throws -> Installment {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            throw ValidationError.said(
                "'\(text)' is not an installment; write DUE-DATE=AMOUNT, e.g. 2026-04-10=6000000",
                "'\(text)' không phải là một lần nộp; viết HẠN=SỐ_TIỀN, ví dụ 2026-04-10=6000000")
        }
        return Installment(dueOn: try date(parts[0]), amountVND: try money(parts[1]))
    }

    /// A violation: `CODE` or `CODE,committed=DATE,ended=DATE` / `CODE,committed=DATE,detected=DATE`, plus
    /// `gain=AMOUNT` for illegal gains and `mitigating=A+B`, `aggravating=C` for circumstances of this violation only.
    /// Missing dates come from the command's shared `--committed/--ended/--detected`.
    struct ViolationSpec {
        var code: String
        var committed: CalendarDate?
        var ended: CalendarDate?
        var detected: CalendarDate?
        var gain: VND?
        var mitigating: [String] = []
        var aggravating: [String] = []
    }

    /// `a+b+c` → `["a", "b", "c"]`: circumstance codes of one violation; an empty code is refused.
    private static func circumstanceCodes(_ text: String, key: String, in whole: String) throws -> [String] {
        let codes = text.split(separator: "+", omittingEmptySubsequences: false).map { String($0).trimmedOfWhitespace }
        guard !codes.contains(where: \.isEmpty) else {
            throw ValidationError.said(
                "'\(key)=\(text)' in '\(whole)' has an empty code; join codes with +, e.g. \(key)=tai_pham+co_to_chuc",
                "'\(key)=\(text)' trong '\(whole)' có mã trống; nối các mã bằng +, ví dụ \(key)=tai_pham+co_to_chuc")
        }
        return codes
    }

    static func violation(_ text: String) throws -> ViolationSpec {
        let parts = text.split(separator: ",").map { String($0).trimmedOfWhitespace }
        guard let code = parts.first, !code.isEmpty, !code.contains("=") else {
            throw ValidationError.said(
                "'\(text)' does not start with a violation code", "'\(text)' không bắt đầu bằng mã hành vi vi phạm")
        }
        var spec = ViolationSpec(code: code)
        for part in parts.dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else {
                throw ValidationError.said(
                    "'\(part)' in '\(text)' is not KEY=VALUE", "'\(part)' trong '\(text)' không phải dạng KHÓA=GIÁ_TRỊ")
            }
            switch pair[0] {
            case "committed": spec.committed = try date(pair[1])
            case "ended": spec.ended = try date(pair[1])
            case "detected": spec.detected = try date(pair[1])
            case "gain": spec.gain = try money(pair[1])
            case "mitigating": spec.mitigating += try circumstanceCodes(pair[1], key: pair[0], in: text)
            case "aggravating": spec.aggravating += try circumstanceCodes(pair[1], key: pair[0], in: text)
            default:
                throw ValidationError.said(
                    "unknown key '\(pair[0])' in '\(text)'; use committed=, ended=, detected=, gain=, mitigating=, aggravating=",
                    "không có khóa '\(pair[0])' trong '\(text)'; dùng committed=, ended=, detected=, gain=, mitigating=, aggravating=")
            }
        }
        return spec
    }
}

extension Parse {
    /// Square metres as staff write them: `1200`, `1.200` (thousands), `1200,5` or `1.200,25` (decimal comma, at
    /// most two decimals). Stored exactly as square decimetres.
    static func land(_ text: String) throws -> LandArea {
        do {
            return try LandArea(parsingSquareMetres: text)
        } catch LandArea.ParseError.tooLarge {
            throw ValidationError.said("'\(text)' is too large an area", "diện tích '\(text)' quá lớn")
        } catch {
            throw ValidationError.said(
                "'\(text)' is not an area in m²; write 1200, 1.200 or 1.200,25 (at most two decimals)",
                "'\(text)' không phải là diện tích m²; viết 1200, 1.200 hoặc 1.200,25 (tối đa hai chữ số thập phân)")
        }
    }
}
