import Casework
import Foundation
import HTTPTypes
import Hummingbird
import Inspectorate
import NIOCore

/// A refusal of the JSON API as its body says it: `{"code": …, "message": …, "details": {…}}`, with the HTTP status
/// that goes with it.
///
/// `code` names the structured error the use case threw, as the CLI receives it: the error's family and its case
/// (`inspectorate.unknownPenaltyCase`, `store.duplicate`, `authority.titleNotHeld`); the rule pack's own refusals keep
/// the pack's codes in `details.problems[].code` (`no_competence`), as `thanhtra case decide` prints them.
/// `message` is the server's sentence for a person (``ProblemWords``), in Vietnamese or English. The statuses are
/// used one way throughout (docs/api.md "Errors"): 400 a body that is not JSON, 401 not signed in, 403 a role or
/// CSRF refusal, 404 no such record or route, 409 the record's state or a number already used, 422 a value or a rule
/// refuses, 429 too many failed sign-ins, 503 busy.
struct APIProblem: Error, Sendable {
    var status: HTTPResponse.Status
    var code: String
    var message: String
    var details: [String: JSONValue] = [:]
    /// Seconds a client should wait (429, 503).
    var retryAfter: Int64?

    /// The body as JSON bytes.
    var body: [String: JSONValue] {
        ["code": .string(code), "message": .string(message), "details": .object(details)]
    }

    /// The response: the body, its status, `Retry-After` when there is one.
    var response: Response {
        var response = APIResponse.json(JSONValue.object(body), status: status)
        if let retryAfter { response.headers[.retryAfter] = "\(retryAfter)" }
        return response
    }

    // MARK: - The API's own refusals

    /// 401: no valid bearer token nor session cookie.
    static func unauthenticated(_ language: Language) -> APIProblem {
        APIProblem(
            status: .unauthorized, code: "auth.required",
            message: language == .vi
                ? "Chưa đăng nhập hoặc phiên đã hết hạn: đăng nhập lại (POST /api/v1/session)."
                : "Not signed in, or the session has expired: sign in again (POST /api/v1/session).")
    }

    /// 403: the account's roles do not allow the route (the route × role table).
    static func forbidden(_ route: ProtectedRoute, _ language: Language) -> APIProblem {
        APIProblem(
            status: .forbidden, code: "auth.forbidden",
            message: language == .vi
                ? "Tài khoản không có vai trò được phép thực hiện thao tác này. Không có gì được ghi lại."
                : "The account has no role allowed to do this. Nothing was recorded.",
            details: [
                "route": .string(route.rawValue),
                "allowedRoles": .array(route.allowedRoles.map(\.rawValue).sorted().map(JSONValue.string)),
            ])
    }

    /// 403: an unsafe request authenticated by the session cookie without the session's CSRF token in `X-CSRF-Token`.
    static func csrf(_ language: Language) -> APIProblem {
        APIProblem(
            status: .forbidden, code: "auth.csrf",
            message: language == .vi
                ? "Thiếu mã chống giả mạo (X-CSRF-Token) của phiên. Không có gì được ghi lại."
                : "The session's anti-forgery token (X-CSRF-Token) is missing or wrong. Nothing was recorded.")
    }

    /// 404: no route, or no record with this number.
    static func notFound(_ language: Language, what: String? = nil) -> APIProblem {
        APIProblem(
            status: .notFound, code: "request.notFound",
            message: language == .vi ? "Không tìm thấy." : "Not found.",
            details: what.map { ["path": .string($0)] } ?? [:])
    }

    /// 400: the body is not JSON.
    static func malformed(_ language: Language) -> APIProblem {
        APIProblem(
            status: .badRequest, code: "request.malformed",
            message: language == .vi
                ? "Nội dung yêu cầu không phải JSON hợp lệ (Content-Type: application/json)."
                : "The request body is not valid JSON (Content-Type: application/json).")
    }

    /// 422: a field is missing, of the wrong type, or not a value of its kind (a date that is not YYYY-MM-DD).
    static func invalidField(_ field: String, expected: String, _ language: Language) -> APIProblem {
        APIProblem(
            status: .unprocessableContent, code: "input.invalid",
            message: language == .vi
                ? "Thông tin chưa hợp lệ ở mục “\(field)”: cần \(expected). Không có gì được ghi lại."
                : "The field “\(field)” is not valid: expected \(expected). Nothing was recorded.",
            details: ["field": .string(field), "expected": .string(expected)])
    }

    /// 503: the worker queue is full.
    static func busy(_ language: Language) -> APIProblem {
        APIProblem(
            status: .serviceUnavailable, code: "server.busy",
            message: language == .vi
                ? "Máy chủ đang bận. Vui lòng thử lại; không có gì được ghi lại."
                : "The server is busy. Please try again; nothing was recorded.",
            retryAfter: 1)
    }

    /// 500: anything that is not a refusal (logged; nothing about it reaches the body).
    static func internalError(_ language: Language) -> APIProblem {
        APIProblem(
            status: .internalServerError, code: "server.error",
            message: language == .vi
                ? "Đã có lỗi ở máy chủ; lỗi đã được ghi vào nhật ký máy chủ."
                : "Something went wrong on the server; it was logged.")
    }

    // MARK: - From the structured errors of the use cases

    /// The refusal for `error`, or `nil` when it is not one (a bug, the database gone: a 500 and a log line).
    static func from(_ error: any Error, _ language: Language) -> APIProblem? {
        switch error {
        case let problem as APIProblem: return problem
        case WorkerPoolError.busy: return busy(language)
        case let error as PenaltyCaseError: return penaltyCase(error, language)
        case let error as InspectionError:
            let words = ProblemWords.inspection(error, language)
            var details: [String: JSONValue] = ["reasons": .array(words.reasons.map(JSONValue.string))]
            if let id = error.inspectionID { details["inspectionID"] = .int(id.rawValue) }
            if let hint = words.hint { details["hint"] = .string(hint) }
            return APIProblem(
                status: .unprocessableContent, code: "inspection.refused", message: words.summary, details: details)
        case let error as InputError: return input(error, language)
        case let error as InspectorateError: return inspectorate(error, language)
        case let error as StoreError: return store(error, language)
        case let error as AuthorityError: return authority(error, language)
        case let error as AccountError: return account(error, language)
        case let error as MoneyError:
            return APIProblem(
                status: .unprocessableContent, code: "money.\(caseName(error))",
                message: language == .vi
                    ? "Số tiền vượt quá giới hạn cho phép. Không có gì được ghi lại."
                    : "\(error.description). Nothing was recorded.")
        default: return nil
        }
    }

    /// The name of an enum case, without its associated values: `unknownPenaltyCase`.
    static func caseName(_ value: Any) -> String {
        if let label = Mirror(reflecting: value).children.first?.label { return label }
        let text = String(describing: value)
        return String(text.prefix { $0 != "(" })
    }

    private static func worded(_ error: any Error, _ language: Language) -> (message: String, reasons: [String]) {
        guard let problem = ProblemWords.problem(for: error, language) else { return ("\(error)", []) }
        return (problem.summary, problem.reasons)
    }

    /// The rule pack's refusals (422, each problem with the pack's code), a command the case's state does not allow
    /// (409), or a value the command refuses (422).
    static func penaltyCase(_ error: PenaltyCaseError, _ language: Language) -> APIProblem {
        let words = ProblemWords.penaltyCase(error, language)
        var details: [String: JSONValue] = [:]
        if let id = error.caseID { details["caseID"] = .int(id.rawValue) }
        if let advice = error.advice { details["advice"] = .string(caseName(advice)) }
        if let hint = words.hint { details["hint"] = .string(hint) }
        details["problems"] = .array(
            error.problems.map { problem in
                var item: [String: JSONValue] = ["code": .string(problem.code), "message": .string(problem.message)]
                if let hint = problem.hint { item["hint"] = .string(hint) }
                return .object(item)
            })
        // Without the pack's problems, a refusal that points at the case (or at nothing: "already delivered",
        // "a cancelled case cannot be cancelled", "already settled") is about the case's state; one that names a
        // value to give or to check is about the request.
        let conflict: Bool
        switch error.advice {
        case .seeCase, .decideCaseFirst, nil: conflict = true
        default: conflict = false
        }
        let (status, code): (HTTPResponse.Status, String) =
            if !error.problems.isEmpty {
                (.unprocessableContent, "penaltyCase.refused")
            } else if conflict {
                (.conflict, "penaltyCase.state")
            } else {
                (.unprocessableContent, "penaltyCase.invalid")
            }
        return APIProblem(status: status, code: code, message: words.summary, details: details)
    }

    /// A value typed wrongly (422), naming the field.
    static func input(_ error: InputError, _ language: Language) -> APIProblem {
        let words = ProblemWords.input(error, language)
        var details: [String: JSONValue] = ["field": .string(error.field)]
        if let advice = error.advice { details["advice"] = .string(caseName(advice)) }
        if let hint = words.hint { details["hint"] = .string(hint) }
        if !words.reasons.isEmpty { details["reasons"] = .array(words.reasons.map(JSONValue.string)) }
        return APIProblem(status: .unprocessableContent, code: "input.invalid", message: words.summary, details: details)
    }

    /// The application layer's refusals: an unknown record (404), a cancelled case or a period not ended (409),
    /// anything else (422).
    static func inspectorate(_ error: InspectorateError, _ language: Language) -> APIProblem {
        let words = worded(error, language)
        var details: [String: JSONValue] = [:]
        let status: HTTPResponse.Status
        switch error {
        case .unknownSubject(let id):
            status = .notFound
            details["subjectID"] = .int(id.rawValue)
        case .unknownPenaltyCase(let id):
            status = .notFound
            details["caseID"] = .int(id.rawValue)
        case .unknownInspection(let id):
            status = .notFound
            details["inspectionID"] = .int(id.rawValue)
        case .unknownSubjectIdentifier: status = .notFound
        case .caseCancelled(let id):
            status = .conflict
            details["caseID"] = .int(id.rawValue)
        case .periodNotEnded(_, let period):
            status = .conflict
            details["period"] = .string(period.label)
            details["through"] = .string("\(period.through)")
        case .notADateRange(let text):
            status = .unprocessableContent
            details["spec"] = .string(text)
        case .periodAlreadyFiled(_, let period, let hash):
            status = .conflict
            details["period"] = .string(period.label)
            details["hash"] = .string(hash)
        case .actionNotAllowed(_, let action):
            status = .forbidden
            details["action"] = .string(action.rawValue)
            details["allowedRoles"] = .array(action.allowedRoles.map(\.rawValue).sorted().map(JSONValue.string))
        case .notOnInspectionTeam(_, let id):
            status = .forbidden
            details["inspectionID"] = .int(id.rawValue)
        default: status = .unprocessableContent
        }
        if !words.reasons.isEmpty && status == .unprocessableContent {
            details["reasons"] = .array(words.reasons.map(JSONValue.string))
        }
        return APIProblem(
            status: status, code: "inspectorate.\(caseName(error))", message: words.message, details: details)
    }

    /// The store's refusals: a record that is not there (404), a number used already or a state that does not allow
    /// the command (409), a value the schema refuses (422), busy (503); `nil` for the others (a damaged file: 500).
    static func store(_ error: StoreError, _ language: Language) -> APIProblem? {
        var details: [String: JSONValue] = [:]
        let status: HTTPResponse.Status
        if let refusal = error.refusal {
            details["refusal"] = .string(caseName(refusal))
            switch refusal {
            case .penaltyCaseNotFound(let id):
                status = .notFound
                details["caseID"] = .int(id.rawValue)
            case .subjectNotFound(let id):
                status = .notFound
                details["subjectID"] = .int(id.rawValue)
            case .inspectionNotFound, .recommendationNotFound: status = .notFound
            case .duplicateRecord(_, let existing), .duplicateReceipt(_, let existing),
                .duplicateDecisionNumber(_, let existing):
                status = .conflict
                details["existingCaseID"] = .int(existing.rawValue)
            case .alreadyDecided(let id, _), .alreadyCancelled(let id), .alreadyDelivered(let id),
                .noDecision(let id, _), .paymentOnCancelledCase(let id), .paymentAboveOwed(let id):
                status = .conflict
                details["caseID"] = .int(id.rawValue)
            default: status = .conflict
            }
        } else if error.kind == .busy {
            var problem = busy(language)
            problem.code = "store.busy"
            return problem
        } else if error.kind == .duplicate {
            status = .conflict
        } else if error.kind == .notFound {
            status = .notFound
        } else if error.kind == .invalid {
            status = .unprocessableContent
        } else {
            return nil
        }
        let message = ProblemWords.store(error, language)?.summary
            ?? (language == .vi ? "Yêu cầu bị từ chối. Không có gì được ghi lại." : "\(error.message). Nothing was recorded.")
        return APIProblem(status: status, code: "store.\(error.kind)", message: message, details: details)
    }

    /// A signature or a change of titles refused (422): the account does not hold the title on the day, say.
    static func authority(_ error: AuthorityError, _ language: Language) -> APIProblem {
        let words = ProblemWords.authority(error, language)
        var details: [String: JSONValue] = [:]
        if case .titleNotHeld(let account, let title, let on, _) = error {
            details = ["account": .string(account), "title": .string(title), "on": .string("\(on)")]
        }
        if let hint = words.hint { details["hint"] = .string(hint) }
        return APIProblem(
            status: .unprocessableContent, code: "authority.\(caseName(error))", message: words.summary,
            details: details)
    }

    /// Sign-in refusals: wrong login or password (401), throttled (429 with `Retry-After`); administration's: no such
    /// account (404), a password too short or a first account without the administrator's role (422), disabling
    /// oneself (409); the others (not allowed, not an active account) 403. The message is the pages' sentence.
    static func account(_ error: AccountError, _ language: Language) -> APIProblem {
        let vi = language == .vi
        switch error {
        case .badCredentials:
            return APIProblem(
                status: .unauthorized, code: "account.badCredentials",
                message: vi ? "Tên đăng nhập hoặc mật khẩu không đúng." : "The login or the password is wrong.")
        case .throttled(let seconds):
            return APIProblem(
                status: .tooManyRequests, code: "account.throttled",
                message: vi
                    ? "Đăng nhập sai quá nhiều lần: thử lại sau \(seconds) giây."
                    : "Too many failed sign-ins: try again in \(seconds) seconds.",
                details: ["retryAfterSeconds": .int(seconds)], retryAfter: seconds)
        default:
            let words = ProblemWords.account(error, language)
            var details: [String: JSONValue] = [:]
            if let hint = words.hint { details["hint"] = .string(hint) }
            let status: HTTPResponse.Status
            switch error {
            case .unknownAccount(let login):
                status = .notFound
                details["login"] = .string(login)
            case .passwordTooShort(let minimum):
                status = .unprocessableContent
                details["minimum"] = .int(Int64(minimum))
            case .firstAccountMustAdminister: status = .unprocessableContent
            case .cannotDisableSelf: status = .conflict
            default: status = .forbidden
            }
            return APIProblem(
                status: status, code: "account.\(caseName(error))", message: words.summary, details: details)
        }
    }
}

/// A JSON value, for bodies whose shape varies (an error's details).
enum JSONValue: Encodable, Sendable, Equatable {
    case string(String)
    case int(Int64)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }
}

/// JSON responses of the API: UTF-8, keys sorted, money as integer đồng, dates as `YYYY-MM-DD` strings (the
/// Casework values encode themselves so).
enum APIResponse {
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A value of the API's own types always encodes; the fallback only avoids a force try.
        let data = (try? encoder.encode(value)) ?? Data(#"{"code":"server.error","message":"","details":{}}"#.utf8)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
